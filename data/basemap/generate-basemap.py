#!/usr/bin/env python3
# generate-basemap.py: regenerate Yuntu's basemap XML from Debian's gmt-dcw
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sources (both Debian packages, both LGPL-3.0-or-later):
#   * gmt-dcw   DCW (Digital Chart of the World) 2.1.x: every country (ISO 3166-1
#               alpha-2) and China's 34 province-level divisions (DCW's "CN.xx"
#               state codes are the ISO 3166-2:CN letter codes: CN.BJ -> CN-BJ).
#   * gmt-gshhg-high  GSHHG full-resolution shorelines, used only for the South
#               China Sea islands that DCW does not hold (Nansha/Spratly and
#               Dongsha/Pratas).  They carry no boundary: kind="island" and
#               internal codes SCS-NS / SCS-DS (not ISO codes).
# Polygons are dumped with `gmt coast -E<code> -M` and `gmt coast -Df -W -M`.
# Boundaries are the source's; nothing is drawn that the source does not hold.
#
# Output (data/basemap/):
#   basemap-world.xml  248 DCW countries, cut at 120 W (the antimeridian of the
#                      world view, Robinson centred on 60 E), finest
#                      tolerance 0.03 deg, 2 decimals
#   basemap-china.xml  34 province-level divisions (CN-xx) and the SCS islands
#                      DCW lacks, finest tolerance 0.004 deg, 3 decimals;
#                      replaces="CN TW": drawn instead of those world regions
#
# Format (namespace https://yuntu.github.io/ns/basemap/1):
#   <basemap xmlns=... name="world" base="0.03" decimals="2" seam="-120"
#            source=... licence=... [replaces="CN TW"]>
#     <attribution>...</attribution>
#     <arc c="c" s="z3a1z">lon lat lon lat ...</arc>     (index = arc id, from 0)
#     <region code="CN-BJ" kind="province|sar|country|island" name="Beijing">
#       <ring arcs="0 -2 5"/>                             (-n-1 = arc n reversed)
#     </region>
#   </basemap>
# Rings are chains of arcs; a border between two regions is one arc that both
# rings use (TopoJSON style), so fills and strokes agree at every level of
# detail and each border is stroked once.
#   c: c coast, b international border, p provincial border, s seam (the cut
#      at the map edge, never stroked)
#   s: one character per vertex, its Douglas-Peucker significance level q:
#      '0'-'9','a'-'y' = 0..34: the vertex matters down to base * 2^q degrees;
#      'z' = always kept (arc ends, and three corners of every closed ring).
#      To draw with tolerance t degrees keep vertices with base * 2^q >= t,
#      i.e. q >= ceil(log2(t / base)).  Vertices under `base` are not stored.
#   Coordinates: WGS84 decimal degrees, fixed decimals; world longitudes lie in
#   [seam, seam + 360).
#
# Method: dump every polygon; cut world rings at the seam; find each border by
# proximity (DCW quantises every polygon to its own grid, so neighbours differ
# by up to ~300 m and share no vertices); let the higher-numbered neighbour
# borrow the lower one's run of vertices so both use one arc; thin every arc
# with `gmt simplify` at base/3, then rank the remaining vertices with
# Douglas-Peucker.  Where the two sides of a border could not be matched (river
# borders, enclaves, junctions: 45 % of the world file's border vertices, 21 %
# of the China file's provincial ones) each side keeps its own arc and that
# stretch of border is stroked twice, the two lines within a few hundred metres.
#
# Regenerate:  python3 data/basemap/generate-basemap.py [--cache DIR]
# Needs gmt, gmt-dcw, gmt-gshhg-high; Python standard library only.
import argparse
import concurrent.futures
import math
import os
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import quoteattr, escape

DCW = '/usr/share/gmt-dcw'
NS = 'https://yuntu.github.io/ns/basemap/1'
SIG_CHARS = '0123456789abcdefghijklmnopqrstuvwxy'
ALWAYS = 'z'
WORLD_BASE = 0.03     # finest tolerance, degrees (about 3 km)
CHINA_BASE = 0.004    # about 400 m
ATTRIBUTION = ('Boundaries: DCW (Digital Chart of the World) via GMT, LGPL-3.0+; '
               'South China Sea islands: GSHHG, LGPL-3.0+. Boundaries are '
               'illustrative and imply no position on any territorial claim.')
SCS_BOXES = {  # islands DCW lacks: (name, code, lon0, lon1, lat0, lat1)
    'spratly': ('Nansha Qundao (Spratly Islands)', 'SCS-NS', 109.5, 117.8, 4.0, 12.2),
    'pratas': ('Dongsha Qundao (Pratas)', 'SCS-DS', 116.0, 117.2, 20.3, 21.2),
}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def dump(cache, key, args):
    path = os.path.join(cache, key + '.txt')
    if not os.path.exists(path):
        out = subprocess.run(['gmt', 'coast', '-M'] + args, check=True,
                             capture_output=True, text=True).stdout
        with open(path + '.tmp', 'w') as f:
            f.write(out)
        os.replace(path + '.tmp', path)
    return path


def read_rings(path):
    rings, cur = [], None
    with open(path) as f:
        for line in f:
            if line[0] == '>':
                cur = []
                rings.append(cur)
            elif cur is not None:
                p = line.split()
                cur.append((float(p[0]), float(p[1])))
    out = []
    for r in rings:
        if len(r) > 1 and r[0] == r[-1]:
            r = r[:-1]
        if len(r) >= 3:
            out.append(r)
    return out


def read_list(name, field_count):
    rows = []
    with open(os.path.join(DCW, name), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            p = line.split(None, field_count - 1)
            rows.append([x.strip() for x in p])
    return rows


# --- seam: cut rings at lon = seam so the world view never smears across -----
def unwrap(ring):
    out, off, prev = [], 0.0, ring[0][0]
    for x, y in ring:
        if x - prev > 180:
            off -= 360
        elif x - prev < -180:
            off += 360
        prev = x
        out.append((x + off, y))
    return out


def clip_half(ring, x0, keep_right):
    out = []
    n = len(ring)
    for i in range(n):
        a, b = ring[i - 1], ring[i]
        ina = (a[0] >= x0) if keep_right else (a[0] <= x0)
        inb = (b[0] >= x0) if keep_right else (b[0] <= x0)
        if ina != inb:
            t = (x0 - a[0]) / (b[0] - a[0])
            out.append((x0, a[1] + t * (b[1] - a[1])))
        if inb:
            out.append(b)
    return out


def cut_at_seam(ring, seam):
    ring = unwrap(ring)
    xs = [p[0] for p in ring]
    k0 = math.floor((min(xs) - seam) / 360)
    k1 = math.floor((max(xs) - seam) / 360)
    if k0 == k1:
        return [[(x - 360 * k0, y) for x, y in ring]]
    pieces = []
    for k in range(k0, k1 + 1):
        lo, hi = seam + 360 * k, seam + 360 * (k + 1)
        part = clip_half(clip_half(ring, lo, True), hi, False)
        if len(part) >= 3:
            pieces.append([(x - 360 * k, y) for x, y in part])
    return pieces


# --- topology -----------------------------------------------------------------
# DCW quantises each polygon to its own grid, so the two sides of a border
# differ by up to half a grid step (about 300 m for Russia) and do not share
# vertices.  Each border is therefore found by proximity, split into runs (one
# per neighbour), and the higher-numbered region borrows its neighbour's run,
# reversed: afterwards both rings hold the same vertices and the border
# becomes one shared arc.
class Vertices:
    def __init__(self):
        self.ids = {}
        self.xy = []

    def add(self, x, y):
        v = self.ids.get((x, y))
        if v is None:
            v = self.ids[(x, y)] = len(self.xy)
            self.xy.append((x, y))
        return v


def near_index(region_rings, cell):
    """Cells touched by each region's outline; long edges are walked in half
    cells because a straight border may have vertices a degree apart."""
    idx = {}
    for rid, rings in enumerate(region_rings):
        for ring in rings:
            for i, (x, y) in enumerate(ring):
                px, py = ring[i - 1]
                steps = max(1, int(max(abs(x - px), abs(y - py)) / (cell / 2)))
                for k in range(steps):
                    t = k / steps
                    key = (int(math.floor((px + t * (x - px)) / cell)),
                           int(math.floor((py + t * (y - py)) / cell)))
                    s = idx.get(key)
                    if s is None:
                        idx[key] = {rid}
                    elif rid not in s:
                        s.add(rid)
    return idx


def near_regions(idx, cell, x, y, own):
    cx, cy = int(math.floor(x / cell)), int(math.floor(y / cell))
    found = set()
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            s = idx.get((cx + dx, cy + dy))
            if s:
                found |= s
    found.discard(own)
    return found


def split_runs(ids, lab):
    """[(label, [vertex ids])], consecutive runs sharing their end vertex."""
    n = len(ids)
    cuts = [i for i in range(n) if lab[i - 1] != lab[i]]
    if not cuts:
        return [(lab[0], ids + [ids[0]])]
    runs = []
    for j, c in enumerate(cuts):
        e = cuts[(j + 1) % len(cuts)]
        runs.append((lab[c], [ids[(c + k) % n] for k in range(((e - c) % n or n) + 1)]))
    return runs


class Topology:
    def __init__(self, match_tol):
        self.vx = Vertices()
        self.match_tol = match_tol
        self.rings = []        # (region, [vertex ids])
        self.arcs = []         # [vertex ids]
        self.arc_class = []
        self.arc_key = {}
        self.pinned = set()   # vertices every level keeps

    def add_ring(self, region, pts):
        ids = []
        for x, y in pts:
            v = self.vx.add(x, y)
            if not ids or ids[-1] != v:
                ids.append(v)
        while len(ids) > 1 and ids[0] == ids[-1]:
            ids.pop()
        if len(set(ids)) >= 3:
            self.rings.append((region, ids))

    def labels(self, classify):
        xy = self.vx.xy
        out = []
        for region, ids in self.rings:
            n = len(ids)
            out.append([classify(region, xy[ids[i]], xy[ids[(i + 1) % n]]) for i in range(n)])
        return out

    def dist(self, a, b):
        (ax, ay), (bx, by) = self.vx.xy[a], self.vx.xy[b]
        return max(abs(ax - bx), abs(ay - by))

    def borrow(self, region, label, run, done):
        """The neighbour's matching run, reversed, or None."""
        best, bd = None, self.match_tol
        for cand in done.get(label, ()):
            if run[0] == run[-1] or cand[0] == cand[-1]:
                if (run[0] == run[-1]) != (cand[0] == cand[-1]):
                    continue
                d = min(self.dist(run[0], v) for v in cand)
            else:
                d = max(self.dist(run[0], cand[-1]), self.dist(run[-1], cand[0]))
            if d < bd:
                best, bd = cand, d
        if best is None:
            return None
        if run[0] == run[-1]:
            return list(reversed(best))
        return list(reversed(best))

    def build_arcs(self, labels):
        done = {}                     # label -> runs of lower regions
        order = sorted(range(len(self.rings)), key=lambda i: self.rings[i][0])
        out = [None] * len(self.rings)
        for i in order:
            region, ids = self.rings[i]
            runs = split_runs(ids, labels[i])
            borrowed = set()
            for k, (label, run) in enumerate(runs):
                if label[0] == 'b' and label[1] != region:
                    got = self.borrow(region, label, run, done)
                    if got is not None:
                        runs[k] = (label, got)
                        borrowed.add(k)
                        self.join_neighbours(runs, k, borrowed)
            for label, run in runs:
                if label[0] == 'b':
                    done.setdefault(label, []).append(run)
            out[i] = (region, [self.intern_run(label, run) for label, run in runs])
        return out

    @staticmethod
    def join_neighbours(runs, k, borrowed):
        """Move the ends of the adjacent own runs onto the borrowed run; a
        borrowed run is never changed, or it would no longer match."""
        n = len(runs)
        if n == 1:
            return
        run = runs[k][1]
        if (k - 1) % n not in borrowed:
            runs[k - 1][1][-1] = run[0]
        if (k + 1) % n not in borrowed:
            runs[(k + 1) % n][1][0] = run[-1]

    def intern_run(self, label, run):
        if run[0] == run[-1]:
            return self.intern_closed(run[:-1], label)
        return self.intern_arc(run, label)

    def split_closed(self, ids):
        xy = self.vx.xy
        i0 = min(range(len(ids)), key=lambda i: ids[i])
        x0, y0 = xy[ids[i0]]
        i1 = max(range(len(ids)), key=lambda i: (xy[ids[i]][0] - x0) ** 2 + (xy[ids[i]][1] - y0) ** 2)
        x1, y1 = xy[ids[i1]]

        def dist(i):
            x, y = xy[ids[i]]
            return abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0))
        i2 = max(range(len(ids)), key=dist)
        return sorted({i0, i1, i2})

    def intern_closed(self, ids, label):
        """Both sides of an enclave must yield the same arc: start at the
        vertex that is always kept first, walk the canonical direction."""
        keep = self.split_closed(ids)
        seq = ids[keep[0]:] + ids[:keep[0]] + [ids[keep[0]]]
        self.pinned.update(ids[i] for i in keep)
        return self.intern_arc(seq, label)

    def intern_arc(self, seq, label):
        rev = seq[0] > seq[-1] or (seq[0] == seq[-1] and len(seq) > 2 and seq[1] > seq[-2])
        key = tuple(reversed(seq)) if rev else tuple(seq)
        aid = self.arc_key.get(key)
        if aid is None:
            aid = len(self.arcs)
            self.arc_key[key] = aid
            self.arcs.append(list(key))
            self.arc_class.append(label)
        return -aid - 1 if rev else aid


# --- simplification -------------------------------------------------------------
def gmt_thin(arcs_xy, tol_deg):
    """Fast first pass in C (gmt simplify keeps both ends of every segment).
    The arc index rides along as a third column: gmt drops degenerate arcs
    and segment headers, so those arcs keep their input points."""
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False) as f:
        for i, pts in enumerate(arcs_xy):
            if pts is not None and len(pts) > 2:
                f.write('>\n')
                f.write(''.join('%.9f %.9f %d\n' % (x, y, i) for x, y in pts))
        name = f.name
    out = subprocess.run(['gmt', 'simplify', name, '-T%gd' % tol_deg],
                         check=True, capture_output=True, text=True).stdout
    os.unlink(name)
    res = list(arcs_xy)
    cur, idx = None, -1
    for line in out.splitlines() + ['>']:
        if line.startswith('>'):
            if cur is not None and idx >= 0:
                res[idx] = cur
            cur, idx = [], -1
        elif line.strip():
            p = line.split()
            cur.append((float(p[0]), float(p[1])))
            idx = int(p[2])
    return res


def significance(pts):
    """Effective Douglas-Peucker tolerance of every vertex (degrees, longitude
    scaled by cos(latitude) so shapes are judged as seen on the ground)."""
    n = len(pts)
    sig = [0.0] * n
    sig[0] = sig[-1] = math.inf
    if n <= 2:
        return sig
    k = math.cos(math.radians(sum(p[1] for p in pts) / n))
    q = [(x * k, y) for x, y in pts]
    stack = [(0, n - 1, math.inf)]
    while stack:
        a, b, cap = stack.pop()
        if b - a < 2:
            continue
        ax, ay = q[a]
        bx, by = q[b]
        dx, dy = bx - ax, by - ay
        ln = math.hypot(dx, dy)
        best, bi = -1.0, a + 1
        for i in range(a + 1, b):
            px, py = q[i]
            if ln > 0:
                d = abs(dx * (ay - py) - (ax - px) * dy) / ln
            else:
                d = math.hypot(px - ax, py - ay)
            if d > best:
                best, bi = d, i
        best = min(best, cap)   # a child never outranks its parent
        sig[bi] = best
        stack.append((a, bi, best))
        stack.append((bi, b, best))
    return sig


def sig_char(s, base):
    if s == math.inf:
        return ALWAYS
    q = int(math.floor(math.log2(s / base)))
    return SIG_CHARS[max(0, min(q, len(SIG_CHARS) - 1))]


# --- building the two files -------------------------------------------------------
def classifier(own_idx, other_idx, cell, seam):
    def classify(region, pa, pb):
        if seam is not None and pa[0] == pb[0] and pa[0] in (seam, seam + 360):
            return ('s',)
        near = near_regions(own_idx, cell, pa[0], pa[1], region) & \
            near_regions(own_idx, cell, pb[0], pb[1], region)
        if near:
            other = min(near)
            return ('b', min(region, other), max(region, other))
        if other_idx is not None and \
           near_regions(other_idx, cell, pa[0], pa[1], -1) and \
           near_regions(other_idx, cell, pb[0], pb[1], -1):
            return ('o', region)
        return ('c',)
    return classify


def simplify_arcs(topo, base):
    xy = topo.vx.xy
    pinned = {xy[v] for v in topo.pinned}
    thin = gmt_thin(split_pinned(topo, xy), base / 3)
    return join_pinned(topo, thin, pinned)


def split_pinned(topo, xy):
    """Closed arcs are thinned as three open pieces between pinned vertices
    so that every level keeps a triangle."""
    pieces = []
    for arc in topo.arcs:
        cut = [i for i, v in enumerate(arc) if v in topo.pinned] if arc[0] == arc[-1] else []
        cut = sorted(set([0] + cut + [len(arc) - 1]))
        for a, b in zip(cut, cut[1:]):
            pieces.append([xy[v] for v in arc[a:b + 1]])
        pieces.append(None)     # end of arc
    return pieces


def join_pinned(topo, thin, pinned):
    pts_out, sig_out, cur, sig = [], [], [], []
    for piece in thin:
        if piece is None:
            pts_out.append(cur)
            sig_out.append(sig)
            cur, sig = [], []
            continue
        s = significance(piece)
        if cur:
            piece, s = piece[1:], s[1:]
        cur += piece
        sig += s
    return pts_out, sig_out


def ring_extent(arc_pts, refs):
    xs, ys = [], []
    for r in refs:
        pts = arc_pts[r if r >= 0 else -r - 1]
        xs += [p[0] for p in pts]
        ys += [p[1] for p in pts]
    k = math.cos(math.radians((min(ys) + max(ys)) / 2))
    return max((max(xs) - min(xs)) * k, max(ys) - min(ys))


def write_xml(path, name, meta, regions, rings, arc_pts, sigs, classes, base, decimals, keep):
    used, live = {}, []
    extent = [ring_extent(arc_pts, refs) for _, refs in rings]
    largest = {}
    for i, (ring_region, _) in enumerate(rings):
        if extent[i] > extent[largest.get(ring_region, i)]:
            largest[ring_region] = i
        largest.setdefault(ring_region, i)
    for i, (ring_region, refs) in enumerate(rings):
        # rings under two finest tolerances vanish, but no region loses all
        if not keep(ring_region) and extent[i] < 2 * base and largest[ring_region] != i:
            continue
        live.append((ring_region, refs))
        for r in refs:
            a = r if r >= 0 else -r - 1
            if a not in used:
                used[a] = len(used)
    order = sorted(used, key=used.get)
    fmt = '%%.%df %%.%df' % (decimals, decimals)
    nverts = 0
    with open(path + '.tmp', 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write('<!-- Generated by generate-basemap.py; do not edit. -->\n')
        attrs = ''.join(' %s=%s' % (k, quoteattr(str(v))) for k, v in meta.items())
        f.write('<basemap xmlns="%s" name="%s" base="%g" decimals="%d"%s>\n'
                % (NS, name, base, decimals, attrs))
        f.write('<attribution>%s</attribution>\n' % escape(ATTRIBUTION))
        for a in order:
            text, sc, last = [], [], None
            pts, sig = arc_pts[a], sigs[a]
            for i, (p, s) in enumerate(zip(pts, sig)):
                if s < base and i not in (0, len(pts) - 1):
                    continue
                t = fmt % p
                if t == last and i != len(pts) - 1:
                    continue
                if t == last:           # keep the end, drop the previous copy
                    text.pop()
                    sc.pop()
                text.append(t)
                sc.append(sig_char(s, base))
                last = t
            nverts += len(text)
            f.write('<arc c="%s" s="%s">%s</arc>\n' % (classes[a], ''.join(sc), ' '.join(text)))
        by_region = {}
        for ring_region, refs in live:
            by_region.setdefault(ring_region, []).append(refs)
        for rid, (code, kind, rname) in enumerate(regions):
            f.write('<region code=%s kind="%s" name=%s>' % (quoteattr(code), kind, quoteattr(rname)))
            for refs in by_region.get(rid, []):
                f.write('<ring arcs="%s"/>' % ' '.join(
                    str(used[r]) if r >= 0 else str(-used[-r - 1] - 1) for r in refs))
            f.write('</region>\n')
        f.write('</basemap>\n')
    os.replace(path + '.tmp', path)
    log('%s: %d regions, %d rings, %d arcs, %d vertices, %d bytes'
        % (os.path.basename(path), len(regions), len(live), len(order), nverts,
           os.path.getsize(path)))


def build(region_rings, cell, seam, other_rings, border_class):
    t0 = time.time()
    topo = Topology(4 * cell)
    for rid, rings in enumerate(region_rings):
        for ring in rings:
            topo.add_ring(rid, ring)
    own_idx = near_index(region_rings, cell)
    other_idx = near_index(other_rings, cell) if other_rings else None
    labels = topo.labels(classifier(own_idx, other_idx, cell, seam))
    log('  labelled %d vertices in %.1fs' % (len(topo.vx.xy), time.time() - t0))
    rings = topo.build_arcs(labels)
    to_class = {'b': border_class, 'o': 'b', 'c': 'c', 's': 's'}
    classes = [to_class[lab[0]] for lab in topo.arc_class]
    log('  %d arcs in %.1fs' % (len(topo.arcs), time.time() - t0))
    return topo, rings, classes


def dump_all(cache, jobs):
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        futs = {key: ex.submit(dump, cache, key, args) for key, args in jobs_list()}
        return {k: f.result() for k, f in futs.items()}


def jobs_list():
    for cont, code, name in read_list('dcw-countries.txt', 3):
        yield 'w_' + code, ['-E' + code]
    for country, code, name in read_list('dcw-states.txt', 3):
        if country == 'CN':
            yield 's_' + code, ['-ECN.' + code]
    yield 'gshhg_scs', ['-R105/125/2/23', '-Df', '-W', '-A0/1/1']


def sar_kind(code):
    return 'sar' if code in ('HK', 'MO') else 'province'


def scs_islands(files, china_rings, world_rings):
    """GSHHG islands in the SCS boxes that no DCW polygon holds."""
    dcw = near_index(china_rings + world_rings, 0.02)
    groups = {k: [] for k in SCS_BOXES}
    for ring in read_rings(files['gshhg_scs']):
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        if any(near_regions(dcw, 0.02, x, y, -1) for x, y in ring):
            continue
        for key, (_, _, x0, x1, y0, y1) in SCS_BOXES.items():
            if x0 <= cx <= x1 and y0 <= cy <= y1:
                groups[key].append(ring)
    return groups


def main():
    ap = argparse.ArgumentParser(description='Regenerate data/basemap/*.xml from gmt-dcw.')
    ap.add_argument('--cache', help='keep gmt dumps here (default: a temporary directory)')
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    opt = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = opt.cache or tmp
        os.makedirs(cache, exist_ok=True)
        os.makedirs(opt.out, exist_ok=True)
        t0 = time.time()
        files = dump_all(cache, opt.jobs)
        log('dumped in %.1fs' % (time.time() - t0))
        version = subprocess.run(['gmt', '--version'], capture_output=True, text=True).stdout.strip()
        meta = {'source': 'DCW via GMT %s' % version, 'licence': 'LGPL-3.0-or-later'}

        seam = -120.0
        countries = read_list('dcw-countries.txt', 3)
        regions = [(code, 'country', name) for _, code, name in countries]
        world = []
        for _, code, _ in countries:
            world.append([p for r in read_rings(files['w_' + code]) for p in cut_at_seam(r, seam)])
        states = [s for s in read_list('dcw-states.txt', 3) if s[0] == 'CN']
        china = [read_rings(files['s_' + code]) for _, code, _ in states]
        neighbours = [rings for (code, _, _), rings in zip(regions, world) if code not in ('CN', 'TW')]

        log('world')
        topo, rings, classes = build(world, 0.005, seam, None, 'b')
        pts, sigs = simplify_arcs(topo, WORLD_BASE)
        write_xml(os.path.join(opt.out, 'basemap-world.xml'), 'world', dict(meta, seam='%g' % seam),
                  regions, rings, pts, sigs, classes, WORLD_BASE, 2, lambda r: False)

        log('china')
        groups = scs_islands(files, china, world)
        cregions = [('CN-' + code, sar_kind(code), name) for _, code, name in states]
        crings = list(china)
        for key, (name, code, *_) in SCS_BOXES.items():
            log('  SCS %s: %d GSHHG islands' % (key, len(groups[key])))
            cregions.append((code, 'island', name))
            crings.append(groups[key])
        n_prov = len(states)
        topo, rings, classes = build(crings, 0.002, None, neighbours, 'p')
        pts, sigs = simplify_arcs(topo, CHINA_BASE)
        write_xml(os.path.join(opt.out, 'basemap-china.xml'), 'china',
                  dict(meta, source=meta['source'] + '; GSHHG 2.3.7 (SCS islands)', replaces='CN TW'),
                  cregions, rings, pts, sigs, classes, CHINA_BASE, 3, lambda r: r >= n_prov)
        log('done in %.1fs' % (time.time() - t0))


if __name__ == '__main__':
    main()
