// Which franc a story's "francs" are. Several countries count in francs (Switzerland today, the
// CFA zones of West and Central Africa, the Congo, Rwanda…; France, Belgium and Luxembourg before
// the euro), so a bare "1,2 milliard de francs" is money whose code the story tells: its own words
// when they say ("francs suisses", "Swiss francs", "CHF", "francs CFA", "francs belges": the
// lexicons), else the other sums of the article in a franc of a known code, else the places it
// names. Nothing telling, the sum stays money of an unknown currency (unit null). A bare amount right
// after a sum ("estime le coût à 1,2 milliard de francs ; le comité l'évalue à 800 millions") is a
// sum in the same currency.
import type { ExtractedFigure } from "./types";

/** The code a lexicon gives a bare franc, and a franc of the CFA zones (West or Central Africa). */
export const BARE_FRANC = "franc";
export const CFA_FRANC = "franc CFA";

/** Codes of francs, to tell which of the article's other sums say which franc it uses. */
const FRANC_CODES: ReadonlySet<string> = new Set(["CHF", "XOF", "XAF", "CDF", "RWF", "BIF", "GNF", "DJF", "KMF"]);
/** Francs replaced by the euro: a story's sum in them says its francs are historical ones too. */
const OLD_FRANCS: ReadonlySet<string> = new Set(["FRF", "BEF", "LUF"]);

/**
 * Places (countries, capitals, large cities; folded, in French and English) that tell which franc a
 * story counts in. General knowledge of where francs are the currency today; the countries that
 * left the franc for the euro tell nothing (a French story's "francs" may be Swiss or historical).
 */
const PLACES: [code: string, words: string[]][] = [
  [
    "CHF",
    [
      "suisse",
      "suisses",
      "swiss",
      "switzerland",
      "helvetique",
      "confederation helvetique",
      "conseil federal",
      "federal council",
      "liechtenstein",
      "geneve",
      "geneva",
      "zurich",
      "berne",
      "bern",
      "lausanne",
      "bale",
      "basel",
      "lucerne",
      "lugano",
      "tessin",
      "ticino",
      "valais",
      "vaud",
      "neuchatel",
    ],
  ],
  [
    "XOF",
    [
      "senegal",
      "cote d'ivoire",
      "ivory coast",
      "mali",
      "burkina faso",
      "niger",
      "togo",
      "benin",
      "guinee-bissau",
      "guinea-bissau",
      "dakar",
      "abidjan",
      "bamako",
      "ouagadougou",
      "niamey",
      "lome",
      "cotonou",
      "uemoa",
      "bceao",
    ],
  ],
  [
    "XAF",
    [
      "cameroun",
      "cameroon",
      "gabon",
      "tchad",
      "chad",
      "centrafrique",
      "central african republic",
      "guinee equatoriale",
      "equatorial guinea",
      "yaounde",
      "douala",
      "libreville",
      "n'djamena",
      "bangui",
      "malabo",
      "brazzaville",
      "cemac",
      "beac",
    ],
  ],
  ["CDF", ["kinshasa", "rdc", "rd congo", "republique democratique du congo", "democratic republic of the congo"]],
  ["RWF", ["rwanda", "kigali"]],
  ["BIF", ["burundi", "bujumbura", "gitega"]],
  ["GNF", ["conakry"]],
  ["DJF", ["djibouti"]],
  ["KMF", ["comores", "comoros", "moroni"]],
];

const foldText = (text: string): string =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘]/gu, "'");

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PLACE_PATTERNS = PLACES.map(
  ([code, words]) =>
    [code, new RegExp(`(?<![\\p{L}\\p{N}'-])(?:${words.map(escape).join("|")})(?![\\p{L}\\p{N}-])`, "gu")] as const,
);

/** The franc a text's places point to, when one country's francs win clearly; the CFA zone: West or Central. */
function francOfPlaces(text: string, cfaOnly: boolean): string | null {
  const folded = foldText(text);
  const counts: [string, number][] = [];
  for (const [code, re] of PLACE_PATTERNS) {
    if (cfaOnly && code !== "XOF" && code !== "XAF") continue;
    const n = [...folded.matchAll(re)].length;
    if (n > 0) counts.push([code, n]);
  }
  counts.sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  if (!first || (second && second[1] * 2 > first[1])) return null;
  return first[0];
}

/** The code of an article's bare francs: the codes of its other franc sums, else its places. */
function francOf(text: string, figures: ExtractedFigure[], cfa: boolean): string | null {
  const stated = new Set(
    figures
      .map((f) => (f.value.kind === "money" ? f.value.unit : null))
      .filter((u): u is string => !!u && (cfa ? u === "XOF" || u === "XAF" : FRANC_CODES.has(u) || OLD_FRANCS.has(u))),
  );
  if (stated.size === 1) return [...stated][0] as string;
  if (stated.size > 1) return null;
  return francOfPlaces(text, cfa);
}

const isTime = (f: ExtractedFigure) =>
  f.value.kind === "date" || f.value.kind === "date_range" || f.value.kind === "duration";
const isBare = (f: ExtractedFigure) =>
  f.value.kind === "count" &&
  f.value.counted === null &&
  f.value.countedKey === null &&
  f.value.precision === undefined;

/**
 * Gives a text's francs their code (or none: unit null) and bare amounts that follow a sum their
 * currency: in the same sentence, or opening the next one when scaled ("800 millions"). In place.
 */
export function settleCurrencies(text: string, figures: ExtractedFigure[]): void {
  let bare: string | null | undefined;
  let cfa: string | null | undefined;
  for (const f of figures) {
    if (f.value.kind !== "money") continue;
    if (f.value.unit === BARE_FRANC) f.value.unit = bare === undefined ? (bare = francOf(text, figures, false)) : bare;
    else if (f.value.unit === CFA_FRANC) f.value.unit = cfa === undefined ? (cfa = francOf(text, figures, true)) : cfa;
  }
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i] as ExtractedFigure;
    if (!isBare(f)) continue;
    // The amount before it, past dates and durations ("1,2 milliard de francs sur dix ans ; … 800 millions").
    let k = i - 1;
    while (k > 0 && isTime(figures[k] as ExtractedFigure)) k--;
    const prev = figures[k] as ExtractedFigure;
    if (prev.value.kind !== "money" || prev.value.unit === null) continue;
    const between = text.slice(prev.end, f.start);
    const sameSentence = prev.sentenceStart === f.sentenceStart;
    // Opening the next sentence, only a large sum ("Le comité l'évalue à 800 millions."), close by.
    const scaled = (f.value.lower ?? 0) >= 1e5 && between.length <= 200;
    if (!sameSentence && !scaled) continue;
    f.value = { ...f.value, kind: "money", unit: prev.value.unit };
  }
}
