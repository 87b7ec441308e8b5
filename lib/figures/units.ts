// What follows (or precedes) an amount and decides its kind: %, a currency, a unit of time,
// or a physical measure (not one of the six kinds, so not a figure).
import { isPunct, isWord, isLang, getToken, type Env } from "./env";
import { buildTrie, matchTrie } from "./phrases";

export type TimeUnit = "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century";

const PERCENT = buildTrie<true>(
  ["%", "pour cent", "pourcent", "pour-cent", "per cent", "percent", "pc"].map((p) => [p, true] as const),
);

const CURRENCY_WORDS: [string, string][] = [
  ["euro", "EUR"],
  ["euros", "EUR"],
  ["€", "EUR"],
  ["eur", "EUR"],
  ["dollar", "USD"],
  ["dollars", "USD"],
  ["dollars americains", "USD"],
  ["dollars us", "USD"],
  ["us dollars", "USD"],
  ["$", "USD"],
  ["usd", "USD"],
  ["rouble", "RUB"],
  ["roubles", "RUB"],
  ["ruble", "RUB"],
  ["rubles", "RUB"],
  ["roubles russes", "RUB"],
  ["rub", "RUB"],
  ["dram", "AMD"],
  ["drams", "AMD"],
  ["drams armeniens", "AMD"],
  ["amd", "AMD"],
  ["manat", "AZN"],
  ["manats", "AZN"],
  ["manats azerbaidjanais", "AZN"],
  ["azn", "AZN"],
  ["livre sterling", "GBP"],
  ["livres sterling", "GBP"],
  ["pound", "GBP"],
  ["pounds", "GBP"],
  ["pounds sterling", "GBP"],
  ["£", "GBP"],
  ["gbp", "GBP"],
];
const CURRENCY_SUFFIX = buildTrie<string>([
  ...CURRENCY_WORDS,
  ...CURRENCY_WORDS.filter(([w]) => /^[a-z]/.test(w)).flatMap(([w, c]): [string, string][] => [
    [`de ${w}`, c],
    [`d'${w}`, c],
    [`of ${w}`, c],
  ]),
]);

const CURRENCY_PREFIX = buildTrie<string>([
  ["$", "USD"],
  ["us$", "USD"],
  ["us $", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["usd", "USD"],
  ["eur", "EUR"],
  ["gbp", "GBP"],
  ["rub", "RUB"],
  ["amd", "AMD"],
  ["azn", "AZN"],
]);

const TIME_UNITS = buildTrie<{ unit: TimeUnit; lang: "fr" | "en" | "both" }>([
  ...["minute", "minutes"].map((w) => [w, { unit: "minute", lang: "both" }] as const),
  ...["heure", "heures"].map((w) => [w, { unit: "hour", lang: "fr" }] as const),
  ...["hour", "hours"].map((w) => [w, { unit: "hour", lang: "en" }] as const),
  ...["jour", "jours", "journee", "journees"].map((w) => [w, { unit: "day", lang: "fr" }] as const),
  ...["day", "days"].map((w) => [w, { unit: "day", lang: "en" }] as const),
  ...["semaine", "semaines"].map((w) => [w, { unit: "week", lang: "fr" }] as const),
  ...["week", "weeks"].map((w) => [w, { unit: "week", lang: "en" }] as const),
  ["mois", { unit: "month", lang: "fr" }],
  ...["month", "months"].map((w) => [w, { unit: "month", lang: "en" }] as const),
  ...["an", "ans", "annee", "annees"].map((w) => [w, { unit: "year", lang: "fr" }] as const),
  ...["year", "years"].map((w) => [w, { unit: "year", lang: "en" }] as const),
  ...["decennie", "decennies"].map((w) => [w, { unit: "decade", lang: "fr" }] as const),
  ...["decade", "decades"].map((w) => [w, { unit: "decade", lang: "en" }] as const),
  ...["siecle", "siecles"].map((w) => [w, { unit: "century", lang: "fr" }] as const),
  ...["century", "centuries"].map((w) => [w, { unit: "century", lang: "en" }] as const),
]);

const MEASURES = buildTrie<true>(
  [
    "km",
    "kms",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "mile",
    "miles",
    "m",
    "metre",
    "metres",
    "meter",
    "meters",
    "km2",
    "km²",
    "m2",
    "m²",
    "hectare",
    "hectares",
    "ha",
    "acre",
    "acres",
    "kg",
    "kilo",
    "kilos",
    "kilogramme",
    "kilogrammes",
    "tonne",
    "tonnes",
    "ton",
    "tons",
    "°",
    "°c",
    "° c",
    "degre",
    "degres",
    "degree",
    "degrees",
    "litre",
    "litres",
    "liter",
    "liters",
    "cm",
    "mm",
    "mw",
    "gw",
    "kwh",
    "mph",
    "km/h",
    "km / h",
    "pieds",
    "feet",
    "ft",
    "baril",
    "barils",
    "barrel",
    "barrels",
    "megatonne",
    "megatonnes",
    "kt",
    "noeuds",
    "knots",
    "square kilometres",
    "square kilometers",
    "square kilometre",
    "square kilometer",
    "square miles",
    "square mile",
    "square metres",
    "square meters",
    "sq km",
    "sq mi",
  ].map((w) => [w, true] as const),
);

export function readPercent(env: Env, j: number): number | null {
  return matchTrie(PERCENT, env.tokens, j, env.limit)?.end ?? null;
}

export function readCurrencySuffix(env: Env, j: number): { end: number; code: string } | null {
  const m = matchTrie(CURRENCY_SUFFIX, env.tokens, j, env.limit);
  if (!m) return null;
  // "300 livres" are books; "$" after a number is the French way of writing dollars.
  return { end: m.end, code: m.value };
}

export function readCurrencyPrefix(env: Env, j: number): { end: number; code: string } | null {
  const t = getToken(env, j);
  if (!t) return null;
  const m = matchTrie(CURRENCY_PREFIX, env.tokens, j, env.limit);
  if (!m) return null;
  const next = env.tokens[m.end];
  // Codes must be upper case and followed by a number ("USD 5 million").
  if (!next || next.kind !== 1) return null;
  if (t.kind === 0 && t.end - t.start === 3 && env.text.slice(t.start, t.end) !== t.norm.toUpperCase()) return null;
  return { end: m.end, code: m.value };
}

export function readTimeUnit(env: Env, j: number): { end: number; unit: TimeUnit } | null {
  const m = matchTrie(TIME_UNITS, env.tokens, j, env.limit);
  if (!m) return null;
  if (m.value.lang !== "both" && !isLang(env, m.value.lang)) return null;
  return { end: m.end, unit: m.value.unit };
}

/** A physical measure right after the amount: "30 km", "4 400 km²", "-5 °C". */
export function readMeasure(env: Env, j: number): number | null {
  const t = env.tokens[j];
  if (!t) return null;
  const m = matchTrie(MEASURES, env.tokens, j, env.tokens.length);
  if (!m) return null;
  // A lone "m" is only metres when glued or followed by nothing word-like ("30 m de haut").
  if (
    t.norm === "m" &&
    !isPunct(env.tokens[j + 1]) &&
    !isWord(env.tokens[j + 1], "de", "d", "of", "high", "long", "wide")
  )
    return null;
  return m.end;
}

export const CURRENCY_PREFIX_STARTS: ReadonlySet<string> = new Set(CURRENCY_PREFIX.next.keys());
