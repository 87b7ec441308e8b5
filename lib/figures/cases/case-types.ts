// Builders for the case table: an interval is written the way a fact-checker reads it,
// "[180, 220]", "(6700, ∞)", "[0, 100)", "[2022-09-01, 2022-09-30]", "[42]".
import { toEpochDay } from "../calendar";
import type { DatePrecision, FigureValue } from "../types";
import type { Locale } from "@/lib/i18n/locales";

export type Category = "counts" | "dates" | "durations" | "percentages" | "money" | "quantities";

export type FigureCase = {
  lang: Locale;
  publishedAt: string;
  text: string;
  /** The figure as an editor would tag it; it must occur in `text`. */
  figure: string;
  expect: FigureValue[];
  source?: string;
};

/** Something in `text` that looks numeric but is not a figure. */
export type NegativeCase = {
  lang: Locale;
  publishedAt: string;
  text: string;
  notFigure: string;
  category: Category;
  source?: string;
};

type Bounds = Pick<FigureValue, "lower" | "lowerInclusive" | "upper" | "upperInclusive">;

/** `g`: the rounding step of a round duration ("six semaines": 7 days). */
type Opts = { approx?: boolean; q?: string; counted?: string; key?: string; g?: number };

function parseIntervalEnd(raw: string, isDate: boolean): number | null {
  const s = raw.trim();
  if (s === "∞" || s === "-∞" || s === "+∞") return null;
  if (isDate) return toEpochDay(s);
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`bad interval end: ${raw}`);
  return n;
}

export function parseInterval(notation: string, isDate = false): Bounds {
  const open = notation[0];
  const close = notation[notation.length - 1];
  if ((open !== "[" && open !== "(") || (close !== "]" && close !== ")")) {
    throw new Error(`bad interval: ${notation}`);
  }
  const parts = notation.slice(1, -1).split(",");
  const lower = parseIntervalEnd(parts[0] ?? "", isDate);
  const upper = parts.length > 1 ? parseIntervalEnd(parts[1] ?? "", isDate) : lower;
  return { lower, lowerInclusive: open === "[", upper, upperInclusive: close === "]" };
}

function makeValue(kind: FigureValue["kind"], b: Bounds, unit: string | null, o: Opts): FigureValue {
  return {
    kind,
    ...b,
    approximate: o.approx ?? false,
    qualifier: o.q ?? null,
    unit,
    counted: o.counted ?? null,
    countedKey: o.key ?? null,
    ...(o.g === undefined ? {} : { granularity: o.g }),
  };
}

export const count = (iv: string, o: Opts = {}): FigureValue => makeValue("count", parseInterval(iv), null, o);
export const pct = (iv: string, o: Opts = {}): FigureValue => makeValue("percentage", parseInterval(iv), "%", o);
export const money = (iv: string, unit: string, o: Opts = {}): FigureValue =>
  makeValue("money", parseInterval(iv), unit, o);
export const dur = (iv: string, o: Opts = {}): FigureValue => makeValue("duration", parseInterval(iv), "day", o);
/** A quantity in SI units: qty("[5000]", "m") for "5 km". */
export const qty = (iv: string, unit: string, o: Opts = {}): FigureValue =>
  makeValue("quantity", parseInterval(iv), unit, o);
export const date = (iv: string, precision: DatePrecision, o: Opts = {}): FigureValue => ({
  ...makeValue("date", parseInterval(iv, true), null, o),
  precision,
});
/** A date known to within a span that is not a calendar unit ("last week", "two weeks ago"). */
export const dateWithin = (iv: string, o: Opts = {}): FigureValue =>
  makeValue("date", parseInterval(iv, true), null, o);
export const dateRange = (iv: string, precision: DatePrecision, o: Opts = {}): FigureValue => ({
  ...makeValue("date_range", parseInterval(iv, true), null, o),
  precision,
});

export function categoryOf(kind: FigureValue["kind"]): Category {
  switch (kind) {
    case "count":
      return "counts";
    case "date":
    case "date_range":
      return "dates";
    case "duration":
      return "durations";
    case "percentage":
      return "percentages";
    case "money":
      return "money";
    case "quantity":
      return "quantities";
  }
}
