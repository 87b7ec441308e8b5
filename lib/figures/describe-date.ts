// Dates in words: "31 October 2022", "September 2022", "the early 1990s (1990–1993)",
// "late September 2020 (21–30 September)", "10–17 October 2020"; in French "31 octobre 2022",
// "fin septembre 2020 (21-30 septembre)", "du 10 au 17 octobre 2020".
import { splitEpochDay, type Ymd } from "./calendar";
import { formatDay, formatMonth, nameMonth, type Locale } from "./format";
import type { FigureValue } from "./types";

type Part = "early" | "mid" | "late";
const PART_WORDS: Record<Part, { en: string; fr: string; frDecade: string }> = {
  early: { en: "early", fr: "début", frDecade: "le début" },
  mid: { en: "mid", fr: "mi", frDecade: "le milieu" },
  late: { en: "late", fr: "fin", frDecade: "la fin" },
};

function formatDayNumber(d: number, locale: Locale): string {
  return locale === "fr" && d === 1 ? "1er" : String(d);
}

function describeRange(a: Ymd, b: Ymd, lo: number, hi: number, precision: string | undefined, locale: Locale): string {
  const en = locale === "en";
  if (precision === "year") return en ? `${a.year}–${b.year}` : `de ${a.year} à ${b.year}`;
  if (precision === "month") {
    if (a.year === b.year) {
      const [m1, m2] = [nameMonth(a.month, locale), nameMonth(b.month, locale)];
      return en ? `${m1} to ${m2} ${b.year}` : `de ${m1} à ${m2} ${b.year}`;
    }
    return en
      ? `${formatMonth(lo, locale)} to ${formatMonth(hi, locale)}`
      : `de ${formatMonth(lo, locale)} à ${formatMonth(hi, locale)}`;
  }
  if (a.year === b.year && a.month === b.month) {
    const m = nameMonth(b.month, locale);
    return en ? `${a.day}–${b.day} ${m} ${b.year}` : `du ${formatDayNumber(a.day, locale)} au ${b.day} ${m} ${b.year}`;
  }
  if (a.year === b.year) {
    return en
      ? `${formatDay(lo, locale, false)} to ${formatDay(hi, locale)}`
      : `du ${formatDay(lo, locale, false)} au ${formatDay(hi, locale)}`;
  }
  return en
    ? `${formatDay(lo, locale)} to ${formatDay(hi, locale)}`
    : `du ${formatDay(lo, locale)} au ${formatDay(hi, locale)}`;
}

const isLastDayOfMonth = (day: number) => splitEpochDay(day + 1).day === 1;

/**
 * The precision a span of days reads as, for values that do not carry one
 * (claims store only their bounds): a day, a month, a year, a decade or a third
 * of one, a third of a month; undefined for any other span.
 */
export function inferPrecision(lo: number, hi: number): FigureValue["precision"] {
  if (lo === hi) return "day";
  const a = splitEpochDay(lo);
  const b = splitEpochDay(hi);
  const wholeMonths = a.day === 1 && isLastDayOfMonth(hi);
  if (wholeMonths && a.year === b.year && a.month === b.month) return "month";
  if (wholeMonths && a.month === 1 && b.month === 12) {
    if (a.year === b.year) return "year";
    if (a.year % 10 === 0 && b.year === a.year + 9) return "decade";
    const thirds: [number, number][] = [
      [0, 3],
      [4, 6],
      [7, 9],
    ];
    if (thirds.some(([x, y]) => a.year % 10 === x && b.year - (a.year - x) === y)) return "part_of_decade";
  }
  if (
    a.year === b.year &&
    a.month === b.month &&
    [1, 11, 21].includes(a.day) &&
    (b.day === a.day + 9 || isLastDayOfMonth(hi))
  ) {
    return "part_of_month";
  }
  return undefined;
}

export function describeDate(v: FigureValue, locale: Locale): string {
  const lo = v.lower ?? v.upper ?? 0;
  const hi = v.upper ?? lo;
  const a = splitEpochDay(lo);
  const b = splitEpochDay(hi);
  const en = locale === "en";
  const dash = en ? "–" : "-";
  const precision = v.precision ?? inferPrecision(lo, hi);
  if (v.kind === "date_range" || (!v.precision && !precision)) return describeRange(a, b, lo, hi, precision, locale);
  switch (precision) {
    case "day":
      return formatDay(lo, locale);
    case "month":
      return formatMonth(lo, locale);
    case "decade":
      return en ? `the ${a.year}s` : `les années ${a.year}`;
    case "part_of_decade": {
      const decade = a.year - (a.year % 10);
      const part: Part = a.year % 10 === 0 ? "early" : a.year % 10 <= 4 ? "mid" : "late";
      const name = en ? `the ${PART_WORDS[part].en} ${decade}s` : `${PART_WORDS[part].frDecade} des années ${decade}`;
      return `${name} (${a.year}${dash}${b.year})`;
    }
    case "part_of_month": {
      const part: Part = a.day <= 1 ? "early" : a.day <= 11 ? "mid" : "late";
      const m = nameMonth(a.month, locale);
      const name = en
        ? `${PART_WORDS[part].en} ${m} ${a.year}`
        : `${PART_WORDS[part].fr}${part === "mid" ? "-" : " "}${m} ${a.year}`;
      return `${name} (${formatDayNumber(a.day, locale)}${dash}${b.day} ${m})`;
    }
    default: {
      if (a.month === 1 && b.month === 12) return String(a.year);
      const part: Part = a.month === 1 ? "early" : a.month <= 5 ? "mid" : "late";
      const name = en
        ? `${PART_WORDS[part].en} ${a.year}`
        : `${PART_WORDS[part].fr}${part === "mid" ? "-" : " "}${a.year}`;
      return `${name} (${nameMonth(a.month, locale)}${dash}${nameMonth(b.month, locale)})`;
    }
  }
}
