// Dates in words: "31 October 2022", "September 2022", "the early 1990s (1990–1993)",
// "late September 2020 (21–30 September)", "10–17 October 2020"; in French "31 octobre 2022",
// "fin septembre 2020 (21-30 septembre)", "du 10 au 17 octobre 2020".
import type { UiLocale } from "@/lib/i18n/locales";
import { splitEpochDay, type Ymd } from "./calendar";
import { DESCRIBE_WORDS } from "./describe-words";
import { formatDay, formatMonth, nameMonth } from "./format";
import type { FigureValue } from "./types";

type Part = "early" | "mid" | "late";

function describeRange(
  a: Ymd,
  b: Ymd,
  lo: number,
  hi: number,
  precision: string | undefined,
  locale: UiLocale,
): string {
  const w = DESCRIBE_WORDS[locale];
  if (precision === "year") return w.yearRange(a.year, b.year);
  if (precision === "month") {
    if (a.year === b.year) return `${w.monthRange(nameMonth(a.month, locale), nameMonth(b.month, locale))} ${b.year}`;
    return w.monthRange(formatMonth(lo, locale), formatMonth(hi, locale));
  }
  if (a.year === b.year && a.month === b.month) {
    const m = nameMonth(b.month, locale);
    return locale === "en"
      ? `${a.day}${w.dash}${b.day} ${m} ${b.year}`
      : `${w.dayRange(w.dayNumber(a.day), String(b.day))} ${m} ${b.year}`;
  }
  if (a.year === b.year) return w.dayRange(formatDay(lo, locale, false), formatDay(hi, locale));
  return w.dayRange(formatDay(lo, locale), formatDay(hi, locale));
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

export function describeDate(v: FigureValue, locale: UiLocale): string {
  const w = DESCRIBE_WORDS[locale];
  const lo = v.lower ?? v.upper ?? 0;
  const hi = v.upper ?? lo;
  const a = splitEpochDay(lo);
  const b = splitEpochDay(hi);
  const precision = v.precision ?? inferPrecision(lo, hi);
  if (v.kind === "date_range" || (!v.precision && !precision)) return describeRange(a, b, lo, hi, precision, locale);
  switch (precision) {
    case "day":
      return formatDay(lo, locale);
    case "month":
      return formatMonth(lo, locale);
    case "decade":
      return w.decade(a.year);
    case "part_of_decade": {
      const decade = a.year - (a.year % 10);
      const part: Part = a.year % 10 === 0 ? "early" : a.year % 10 <= 4 ? "mid" : "late";
      return `${w.partOfDecade[part](decade)} (${a.year}${w.dash}${b.year})`;
    }
    case "part_of_month": {
      const part: Part = a.day <= 1 ? "early" : a.day <= 11 ? "mid" : "late";
      const m = nameMonth(a.month, locale);
      return `${w.partOfMonth[part](m, a.year)} (${w.dayNumber(a.day)}${w.dash}${b.day} ${m})`;
    }
    default: {
      if (a.month === 1 && b.month === 12) return String(a.year);
      const part: Part = a.month === 1 ? "early" : a.month <= 5 ? "mid" : "late";
      return `${w.partOfYear[part](a.year)} (${nameMonth(a.month, locale)}${w.dash}${nameMonth(b.month, locale)})`;
    }
  }
}
