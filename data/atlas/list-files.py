#!/usr/bin/env python3
"""Keep the two lists of bundled atlas files in step with data/atlas/*.xml.

Usage: list-files.py [--check]

The atlas files are named in data/meson.build (installed, checked) and in
resources/yuntu-engine.gresource.xml (compiled into the program). This rewrites
both from the directory; --check only reports a difference (exit status 1).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def rewrite(path, pattern, make):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if re.search(pattern, l)]
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".xml"))
    new = lines[:idx[0]] + [make(n) for n in names] + lines[idx[-1] + 1:]
    return text, "\n".join(new)


def main():
    check = "--check" in sys.argv
    jobs = [
        (os.path.join(ROOT, "data", "meson.build"), r"^  'atlas/[^']+\.xml',$",
         lambda n: "  'atlas/%s'," % n),
        (os.path.join(ROOT, "resources", "yuntu-engine.gresource.xml"), r'alias="data/atlas/',
         lambda n: '    <file compressed="true" alias="data/atlas/%s">atlas/%s</file>' % (n, n)),
    ]
    stale = False
    for path, pattern, make in jobs:
        old, new = rewrite(path, pattern, make)
        if old != new:
            stale = True
            if check:
                print("%s does not list exactly data/atlas/*.xml" % os.path.relpath(path, ROOT))
            else:
                with open(path + ".part", "w", encoding="utf-8") as f:
                    f.write(new)
                os.replace(path + ".part", path)
    return 1 if (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
