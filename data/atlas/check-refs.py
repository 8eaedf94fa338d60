#!/usr/bin/env python3
"""Check the meaning of Yuntu atlas XML files (what RELAX NG cannot express).

Usage: check-refs.py [FILE_OR_DIR ...]    (default: the directory of this script)

Checks, across all files together:
  * no DOCTYPE; root element atlas in the atlas namespace with version="1"
  * ids unique across all record kinds and files
  * every reference resolves, to a record of the right kind
    (source, sources, company, region, parent, subject, from, to, measure,
     initiative, conflict, hq-region, via)
  * memberships end no earlier than they start and do not overlap per region
    and initiative; "spans" links go from a hub or cluster to a region
  * cluster parents are hubs; conflict targets point back or exist as facts
  * coordinates are finite and in range, and carry a resolvable source
  * every bilingual text element comes as one zh and one en sibling
    (company names: exactly one un-roled name per language)
  * value present iff unit present; quotes shorter than 25 words
  * dates are valid calendar dates; text elements at most 64 KiB (UTF-8)
Prints one line per problem (file:line: message) and a summary; exit status 1 on problems.
Standard library only.
"""
import datetime
import math
import os
import re
import sys
import xml.sax
from collections import Counter, defaultdict

NS = "https://yuntu.github.io/ns/atlas/1"
XML_NS = "http://www.w3.org/XML/1998/namespace"
PAIRED = {"name", "description", "note", "publisher", "title", "text", "role"}
RECORDS = {"source", "measure", "initiative", "region", "company", "person", "site", "corridor", "membership", "link", "fact"}
DATE_ATTRS = {"date", "announced", "opened", "closed", "start", "end"}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MAX_TEXT = 64 * 1024


class Node:
    __slots__ = ("tag", "attrs", "children", "text", "line", "file")

    def __init__(self, tag, attrs, line, file):
        self.tag, self.attrs, self.children, self.text, self.line, self.file = tag, attrs, [], "", line, file


class Builder(xml.sax.handler.ContentHandler):
    def __init__(self, file):
        super().__init__()
        self.file, self.stack, self.root, self.loc = file, [], None, None
        self.foreign = []

    def setDocumentLocator(self, locator):
        self.loc = locator

    def startElementNS(self, name, qname, attrs):
        uri, local = name
        line = self.loc.getLineNumber() if self.loc else 0
        if uri != NS:
            self.foreign.append((line, "element {%s}%s is not in the atlas namespace" % (uri, local)))
        a = {}
        for (auri, alocal), v in attrs.items():
            if auri == XML_NS:
                a["xml:" + alocal] = v
            elif auri:
                a["{%s}%s" % (auri, alocal)] = v
            else:
                a[alocal] = v
        node = Node(local, a, line, self.file)
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def endElementNS(self, name, qname):
        self.stack.pop()

    def characters(self, content):
        if self.stack:
            self.stack[-1].text += content


class NoDTD(xml.sax.handler.DTDHandler, xml.sax.handler.EntityResolver):
    def resolveEntity(self, publicId, systemId):
        raise xml.sax.SAXException("external entity refused: %s" % systemId)


def parse(path, problems):
    with open(path, "rb") as f:
        raw = f.read()
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
        problems.append((path, 1, "DOCTYPE / ENTITY declarations are not allowed"))
        return None
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    parser.setFeature(xml.sax.handler.feature_external_pes, False)
    b = Builder(path)
    parser.setContentHandler(b)
    parser.setEntityResolver(NoDTD())
    try:
        import io
        parser.parse(io.BytesIO(raw))
    except xml.sax.SAXException as e:
        problems.append((path, 0, "not well-formed: %s" % e))
        return None
    for line, msg in b.foreign:
        problems.append((path, line, msg))
    r = b.root
    if r is None or r.tag != "atlas" or r.attrs.get("version") != "1":
        problems.append((path, 1, "root must be <atlas version=\"1\"> in %s" % NS))
        return None
    return r


def valid_date(s):
    m = DATE_RE.match(s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        datetime.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return False
    return True


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    targets = argv[1:] or [here]
    files = []
    for t in targets:
        if os.path.isdir(t):
            files += sorted(os.path.join(t, f) for f in os.listdir(t) if f.endswith(".xml"))
        else:
            files.append(t)
    problems = []
    records = []          # (kind, node)
    for path in files:
        root = parse(path, problems)
        if root is None:
            continue
        for section in root.children:
            for rec in section.children:
                records.append((rec.tag, rec))

    def err(node, msg):
        problems.append((node.file, node.line, msg))

    # ---- ids
    ids = {}
    for kind, n in records:
        i = n.attrs.get("id")
        if i is None:
            if kind != "link":
                err(n, "%s without id" % kind)
            continue
        if i in ids:
            prev = ids[i][1]
            err(n, "duplicate id %r (first at %s:%d)" % (i, prev.file, prev.line))
        else:
            ids[i] = (kind, n)

    def kind_of(i):
        return ids[i][0] if i in ids else None

    def ref(node, attr, value, kinds=None):
        if value not in ids:
            err(node, "%s=%r does not resolve" % (attr, value))
        elif kinds and kind_of(value) not in kinds:
            err(node, "%s=%r is a %s, expected %s" % (attr, value, kind_of(value), "/".join(sorted(kinds))))

    def walk(n):
        yield n
        for c in n.children:
            yield from walk(c)

    spans = {}
    for kind, n in records:
        a = n.attrs
        # ---- references by attribute
        for attr, kinds in (("company", {"company"}), ("region", {"region"}), ("hq-region", {"region"}),
                            ("measure", {"measure"}), ("initiative", {"initiative"}), ("conflict", {"fact"})):
            if attr in a:
                ref(n, attr, a[attr], kinds)
        if "parent" in a:
            want = {"region": {"region"}, "company": {"company"}, "site": {"site"}}.get(kind)
            ref(n, "parent", a["parent"], want)
            if a["parent"] == a.get("id"):
                err(n, "record is its own parent")
        for attr in ("subject", "from", "to"):
            if attr in a:
                ref(n, attr, a[attr])
        if "sources" in a:
            for s in a["sources"].split():
                ref(n, "sources", s, {"source"})
            if not a["sources"].split():
                err(n, "empty sources list")
        if kind in ("person", "site", "corridor", "membership", "link", "fact") and "sources" not in a:
            err(n, "%s needs sources" % kind)
        # ---- structural meaning
        if kind == "site" and a.get("kind") == "cluster":
            if kind_of(a.get("parent")) != "site" or ids[a["parent"]][1].attrs.get("kind") != "hub":
                err(n, "cluster %r must have a hub as parent" % a.get("id"))
        if kind == "fact":
            if ("value" in a) != ("unit" in a):
                err(n, "value and unit must come together")
            if "value" in a:
                try:
                    v = float(a["value"])
                    if not math.isfinite(v):
                        raise ValueError
                except ValueError:
                    err(n, "value %r is not a finite number" % a["value"])
            if "year-end" in a and "date" in a and a["year-end"] < a["date"][:4]:
                err(n, "year-end before date")
            c = a.get("conflict")
            if c and c == a.get("id"):
                err(n, "fact conflicts with itself")
        if kind == "corridor":
            for c in n.children:
                if c.tag == "via":
                    v = c.text.split()
                    if len(v) < 2:
                        err(c, "via needs at least two places")
                    for r in v:
                        ref(c, "via", r, {"region", "site"})
        if kind == "membership":
            if "end" in a and valid_date(a["end"]) and valid_date(a["start"]) and a["end"] < a["start"]:
                err(n, "membership ends (%s) before it starts (%s)" % (a["end"], a["start"]))
            spans.setdefault((a.get("region"), a.get("initiative")), []).append(n)
        if kind == "link" and a.get("kind") == "spans":
            ref(n, "from", a.get("from"), {"site"})
            ref(n, "to", a.get("to"), {"region"})
            if kind_of(a.get("from")) == "site" and ids[a["from"]][1].attrs.get("kind") not in ("hub", "cluster"):
                err(n, "only a hub or cluster spans regions")
        # ---- dates, coordinates, texts (record and its children)
        for node in walk(n):
            for attr, val in node.attrs.items():
                if attr in DATE_ATTRS and not valid_date(val):
                    err(node, "%s=%r is not a valid date" % (attr, val))
            if node.tag == "location":
                try:
                    lat, lon = float(node.attrs["lat"]), float(node.attrs["lon"])
                    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
                        raise ValueError
                except (KeyError, ValueError):
                    err(node, "coordinates out of range or not numeric")
                if "source" not in node.attrs:
                    err(node, "location without source")
                else:
                    ref(node, "source", node.attrs["source"], {"source"})
            elif node is not n and "source" in node.attrs:
                ref(node, "source", node.attrs["source"], {"source"})
            if node is not n and node.tag in PAIRED | {"quote"}:
                if not node.text.strip():
                    err(node, "empty <%s>" % node.tag)
                if len(node.text.encode("utf-8")) > MAX_TEXT:
                    err(node, "<%s> longer than 64 KiB" % node.tag)
            if node.tag == "quote" and len(node.text.split()) >= 25:
                err(node, "quote has %d words (must be < 25)" % len(node.text.split()))
        # ---- both languages
        groups = defaultdict(Counter)
        for c in n.children:
            if c.tag in PAIRED:
                if kind == "company" and c.tag == "name" and "role" in c.attrs:
                    continue
                groups[c.tag][c.attrs.get("xml:lang")] += 1
        required = {"source": ("publisher", "title"), "measure": ("name",), "initiative": ("name",),
                    "region": ("name",), "company": ("name",), "person": ("name", "role"),
                    "site": ("name",), "corridor": ("name",), "fact": ("text",)}.get(kind, ())
        for tag in set(groups) | set(required):
            cnt = groups.get(tag, Counter())
            if cnt.get("zh", 0) != 1 or cnt.get("en", 0) != 1 or set(cnt) - {"zh", "en"}:
                err(n, "<%s> must appear once with xml:lang=\"zh\" and once with xml:lang=\"en\" (found %s)"
                    % (tag, dict(cnt)))

    for key, ms in spans.items():
        ms.sort(key=lambda m: m.attrs.get("start", ""))
        for prev, nxt in zip(ms, ms[1:]):
            if prev.attrs.get("end", "9999") > nxt.attrs.get("start", ""):
                err(nxt, "membership overlaps the one at line %d for %s in %s" % (prev.line, key[0], key[1]))

    for f, line, msg in problems:
        print("%s:%d: %s" % (os.path.relpath(f), line, msg))
    counts = Counter(k for k, _ in records)
    located = sum(1 for k, n in records if k == "site" and any(c.tag == "location" for c in n.children))
    print("%d files; %s; %d sites with a location; %d problem(s)" % (
        len(files), ", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)), located, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
