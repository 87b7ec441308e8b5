// Expected readings for the news-sentence set, written the way a fact-checker reads a figure:
// "[180, 220]", "(6700, ∞)", "[0, 100)", "[2022-09-01, 2022-09-30]", "[42]".
// Kept apart from the reader's own types on purpose: the set was written before the reader
// changed, and it must be able to expect kinds the reader did not know yet ("quantity").

export type SentenceLang = "fr" | "en" | "de";

export type Expected = {
  kind: "count" | "date" | "date_range" | "duration" | "percentage" | "money" | "quantity";
  lower: number | null;
  lowerInclusive: boolean;
  upper: number | null;
  upperInclusive: boolean;
  /** "%" for percentages, ISO 4217 for money, the SI unit for quantities ("m", "m2", "kg", "m3"). */
  unit: string | null;
  /** Durations only: the rounding step in days, or null when as precise as written. */
  granularity?: number | null;
};

/** A figure in a sentence, with what it must read as. */
export type SentenceCase = {
  lang: SentenceLang;
  publishedAt: string;
  text: string;
  /** The figure as an editor would tag it; it occurs in `text`. */
  figure: string;
  expect: Expected[];
  /** Which failure class of issue #10 (or "ordinary") the sentence exercises. */
  group: string;
};

/** Something in a sentence that looks numeric and is not a figure an editor would check. */
export type NonFigureCase = {
  lang: SentenceLang;
  publishedAt: string;
  text: string;
  notFigure: string;
  group: string;
};

const DAY_MS = 86_400_000;

function parseEnd(raw: string, isDate: boolean): number | null {
  const s = raw.trim();
  if (s === "∞" || s === "+∞" || s === "-∞") return null;
  if (isDate) {
    const t = Date.parse(`${s}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(t)) throw new Error(`bad date: ${raw}`);
    return Math.round(t / DAY_MS);
  }
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`bad interval end: ${raw}`);
  return n;
}

function bounds(notation: string, isDate = false): Omit<Expected, "kind" | "unit"> {
  const open = notation[0];
  const close = notation[notation.length - 1];
  if ((open !== "[" && open !== "(") || (close !== "]" && close !== ")")) throw new Error(`bad interval: ${notation}`);
  const parts = notation.slice(1, -1).split(",");
  const lower = parseEnd(parts[0] ?? "", isDate);
  const upper = parts.length > 1 ? parseEnd(parts[1] ?? "", isDate) : lower;
  return { lower, lowerInclusive: open === "[", upper, upperInclusive: close === "]" };
}

export const count = (iv: string): Expected => ({ kind: "count", ...bounds(iv), unit: null });
export const pct = (iv: string): Expected => ({ kind: "percentage", ...bounds(iv), unit: "%" });
export const money = (iv: string, unit: string): Expected => ({ kind: "money", ...bounds(iv), unit });
export const qty = (iv: string, unit: string): Expected => ({ kind: "quantity", ...bounds(iv), unit });
export const date = (iv: string): Expected => ({ kind: "date", ...bounds(iv, true), unit: null });
export const period = (iv: string): Expected => ({ kind: "date_range", ...bounds(iv, true), unit: null });
/** A duration in days; `granularity` in days when the figure is a round one ("six semaines": 7). */
export const dur = (iv: string, granularity: number | null = null): Expected => ({
  kind: "duration",
  ...bounds(iv),
  unit: "day",
  granularity,
});

// Rounding steps of round durations, in days.
export const WEEK = 7;
export const MONTH = 30.4375; // 365.25 / 12
export const YEAR = 365.25;
export const HALF_YEAR = 182.625;
export const HOUR = 0.041667; // 1/24, to six decimals like every stored value
