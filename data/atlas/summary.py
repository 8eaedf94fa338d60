#!/usr/bin/env python3
"""Print what the bundled atlas holds, as the Markdown README's data section shows it.

Usage: summary.py [DIR]    (default: the directory of this script)

Counts records by kind, sites by kind, cloud regions by provider and by country or
province, sources by grade, Belt and Road members as of the latest year, and the
share of sites with a map point. Standard library only.
"""
import collections
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = "{https://yuntu.github.io/ns/atlas/1}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def name_of(el, lang="en"):
    for n in el.findall(NS + "name"):
        if n.get(XML_LANG) == lang and n.get("role") is None:
            return n.text
    return el.get("id")


def main(argv):
    d = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    recs = collections.defaultdict(list)
    for f in sorted(glob.glob(os.path.join(d, "*.xml"))):
        for section in ET.parse(f).getroot():
            for rec in section:
                recs[rec.tag[len(NS):]].append(rec)
    companies = {c.get("id"): c for c in recs["company"]}
    regions = {r.get("id"): r for r in recs["region"]}
    operator = {}
    for l in recs["link"]:
        if l.get("kind") == "operator":
            operator.setdefault(l.get("to"), l.get("from"))
    sites = recs["site"]
    located = sum(1 for s in sites if s.find(NS + "location") is not None)

    print("| records | count |\n|---|---|")
    for k in ("source", "region", "company", "person", "site", "fact", "link", "membership", "corridor",
              "measure", "initiative"):
        print("| %s | %d |" % (k, len(recs[k])))
    print("\n| site kind | count | with a point |\n|---|---|---|")
    by_kind = collections.Counter(s.get("kind") for s in sites)
    for k, n in by_kind.most_common():
        pts = sum(1 for s in sites if s.get("kind") == k and s.find(NS + "location") is not None)
        print("| %s | %d | %d |" % (k, n, pts))
    print("| **all** | **%d** | **%d (%.0f %%)** |" % (len(sites), located, 100.0 * located / max(len(sites), 1)))

    print("\n| cloud regions by provider | in China | abroad | closed |\n|---|---|---|---|")
    prov = collections.defaultdict(lambda: [0, 0, 0])
    for s in sites:
        if s.get("kind") != "cloud-region":
            continue
        c = operator.get(s.get("id"))
        label = name_of(companies[c]) if c in companies else "(no operator)"
        china = s.get("region") == "CN" or regions[s.get("region")].get("parent") == "CN"
        prov[label][0 if china else 1] += 1
        prov[label][2] += 1 if s.get("closed") else 0
    for label, (a, b, c) in sorted(prov.items(), key=lambda kv: -sum(kv[1][:2])):
        print("| %s | %d | %d | %d |" % (label, a, b, c))

    print("\n| sites by country (outside China) | count |\n|---|---|")
    abroad = collections.Counter(name_of(regions[s.get("region")]) for s in sites
                                 if regions[s.get("region")].get("kind") == "country" and s.get("region") != "CN")
    print("\n".join("| %s | %d |" % kv for kv in abroad.most_common(15)))
    print("| … %d countries in all | %d |" % (len(abroad), sum(abroad.values())))

    grades = collections.Counter(s.get("grade") for s in recs["source"])
    print("\nsources by grade: " + ", ".join("%s %d" % (g, grades[g]) for g in "ABC"))
    ms = [m for m in recs["membership"] if m.get("initiative") == "bri"]
    print("Belt and Road memberships: %d (%d ended, %d dated only as signed by a date)"
          % (len(ms), sum(1 for m in ms if m.get("end")), sum(1 for m in ms if m.get("start-basis") == "by")))
    kinds = collections.Counter(c.get("kind") for c in recs["corridor"])
    print("corridors: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
