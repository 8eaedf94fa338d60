#!/usr/bin/env python3
# gen-atlas.py N OUT.xml: a synthetic atlas of N sites, valid per the
# vocabulary (resources/yuntu-atlas.rng), for the loader benchmark.
# Each site has both names, a location, two sources and an operator link;
# every tenth site has a fact.  Deterministic: the same N gives the same bytes.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import random
import sys

KINDS = ["hub", "cluster", "cloud-region", "park", "data-centre", "project"]
PROVINCES = ["BJ", "SH", "GD", "GZ", "NM", "HE", "ZJ", "SC", "NX", "GS", "CQ", "JS"]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen-atlas.py N OUT.xml")
    n = int(sys.argv[1])
    rnd = random.Random(42)
    out = open(sys.argv[2], "w", encoding="utf-8")
    w = out.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w('<atlas xmlns="https://yuntu.github.io/ns/atlas/1" version="1">\n  <sources>\n')
    for s in range(20):
        w(f'    <source id="S{s}" kind="web" grade="B" date="2024-01-0{s % 9 + 1}" url="https://example.org/{s}">\n'
          f'      <publisher xml:lang="en">Publisher {s}</publisher><publisher xml:lang="zh" basis="translated">出版者{s}</publisher>\n'
          f'      <title xml:lang="en">Report {s}</title><title xml:lang="zh" basis="translated">报告{s}</title>\n'
          '    </source>\n')
    w('  </sources>\n  <measures>\n    <measure id="m-invest"><name xml:lang="en">Investment</name>'
      '<name xml:lang="zh">投资</name></measure>\n  </measures>\n  <regions>\n'
      '    <region id="CN" kind="country" iso="CN"><name xml:lang="en">China</name>'
      '<name xml:lang="zh">中国</name></region>\n')
    for p in PROVINCES:
        w(f'    <region id="CN-{p}" kind="province" iso="CN-{p}" parent="CN">'
          f'<name xml:lang="en">Province {p}</name><name xml:lang="zh">省{p}</name></region>\n')
    w('  </regions>\n  <companies>\n')
    for c in range(50):
        w(f'    <company id="co{c}" kind="cloud" hq-region="CN-BJ" sources="S{c % 20}">'
          f'<name xml:lang="en">Company {c}</name><name xml:lang="zh">公司{c}</name></company>\n')
    w('  </companies>\n  <sites>\n')
    for i in range(n):
        lat = rnd.uniform(18, 50)
        lon = rnd.uniform(75, 134)
        year = 2010 + i % 15
        w(f'    <site id="s{i}" kind="{KINDS[i % len(KINDS)]}" region="CN-{PROVINCES[i % len(PROVINCES)]}"'
          f' announced="{year}-{i % 12 + 1:02d}" sources="S{i % 20} S{(i + 7) % 20}">\n'
          f'      <name xml:lang="en">Data centre {i}</name><name xml:lang="zh">数据中心{i}号</name>\n'
          f'      <location lat="{lat:.4f}" lon="{lon:.4f}" precision="city" source="S{i % 20}"/>\n'
          '    </site>\n')
    w('  </sites>\n  <links>\n')
    for i in range(n):
        w(f'    <link kind="operator" from="co{i % 50}" to="s{i}" sources="S{i % 20}"/>\n')
    w('  </links>\n  <facts>\n')
    for i in range(0, n, 10):
        w(f'    <fact id="f{i}" subject="s{i}" measure="m-invest" sources="S{i % 20}" value="{i * 1000}"'
          f' unit="CNY" date="2023" qualifier="about">\n'
          f'      <text xml:lang="en">Site {i} drew investment.</text>'
          f'<text xml:lang="zh" basis="translated">站点{i}获得投资。</text>\n    </fact>\n')
    w('  </facts>\n</atlas>\n')
    out.close()


if __name__ == "__main__":
    main()
