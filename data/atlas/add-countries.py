#!/usr/bin/env python3
"""Add every ISO 3166-1 country that regions.xml lacks, named from Debian iso-codes.

Usage: python3 data/atlas/add-countries.py    (needs Debian's iso-codes package)

English: iso-codes' common name where it has one ("South Korea"), else its name.
Chinese: the zh_CN translation of that name from iso-codes' own catalogue. Taiwan,
Hong Kong and Macao are regions of China in this atlas (CN-TW, CN-HK, CN-MO),
so they are not added as countries. Existing records are left as they are.
"""
import gettext
import json
import os
import re
import sys

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
SKIP = {"CN", "TW", "HK", "MO"}


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "regions.xml")
    xml = open(path, encoding="utf-8").read()
    have = set(re.findall(r'<region id="[^"]+" kind="country" iso="([A-Z]{2})"', xml))
    zh = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=["zh_CN"])
    added = []
    for c in json.load(open(ISO, encoding="utf-8"))["3166-1"]:
        code = c["alpha_2"]
        if code in have or code in SKIP:
            continue
        en = c.get("common_name", c["name"])
        cn = zh.gettext(en)
        if cn == en:
            cn = zh.gettext(c["name"])
        if cn == c["name"] or cn == en:
            print("no Chinese name in iso-codes for %s (%s); not added" % (code, en), file=sys.stderr)
            continue
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
        added.append('    <region id="%s" kind="country" iso="%s">\n'
                     '      <name xml:lang="en" source="iso-codes">%s</name>\n'
                     '      <name xml:lang="zh" source="iso-codes">%s</name>\n'
                     '    </region>\n' % (code, code, esc(en), esc(cn)))
    xml = xml.replace("  </regions>", "".join(added) + "  </regions>", 1)
    with open(path + ".part", "w", encoding="utf-8") as f:
        f.write(xml)
    os.replace(path + ".part", path)
    print("%d countries added" % len(added))


if __name__ == "__main__":
    main()
