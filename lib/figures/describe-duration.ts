// Durations are stored in days; say them as people do, in the unit the text most likely used:
// "six semaines", "une décennie", "moins de deux heures", "about two years", "several decades".
// The rounding step (granularity) names the unit a round figure was written in.
import type { UiLocale } from "@/lib/i18n/locales";
import { roundValue } from "./amount";
import { DESCRIBE_WORDS } from "./describe-words";
import { formatNumber, pluralCategory, spellSmallNumber } from "./format";
import type { TimeUnit } from "./locales/lexicon";
import { toDays } from "./time-units";
import type { FigureValue } from "./types";

const LARGEST_FIRST: TimeUnit[] = ["century", "decade", "year", "month", "week", "day", "hour", "minute"];

type Count = { unit: TimeUnit; n: number };

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-5 * Math.max(1, Math.abs(b));

/** Units a rounding step points to: 7 days is weeks, a year's length is years (and decades). */
function unitsOf(granularity: number | null | undefined): TimeUnit[] | null {
  if (!granularity) return null;
  const steps: [number, TimeUnit[]][] = [
    [1 / 1440, ["minute"]],
    [1 / 48, ["hour"]],
    [1 / 24, ["hour"]],
    [7, ["week"]],
    [365.25 / 24, ["month"]],
    [365.25 / 12, ["month"]],
    [365.25 / 2, ["year"]],
    // Years, said as decades when whole ones ("trente ans": "trois décennies"), not "une décennie et demie".
    [365.25, ["year", "decade"]],
    [3652.5, ["century"]],
  ];
  return steps.find(([s]) => Math.abs(s - granularity) <= 1e-3 * s)?.[1] ?? null;
}

/**
 * A whole (or half) number of `unit` whose shortest (side 0) or longest (side 1) length is `x` days.
 * Days must be whole, and exact values with no rounding step stay in days (as precise as written).
 */
function findCount(x: number, side: 0 | 1, units: readonly TimeUnit[]): Count | null {
  for (const unit of units) {
    const length = (toDays(1, unit, 0) + toDays(1, unit, 1)) / 2;
    const guess = Math.round((2 * x) / length) / 2;
    for (const n of [guess, guess - 0.5, guess + 0.5, guess - 1, guess + 1]) {
      if (n < 1 || n > 1000 || (unit === "day" && !Number.isInteger(n))) continue;
      if (near(toDays(n, unit, side), x)) return { unit, n };
    }
  }
  return null;
}

function findExact(lo: number, hi: number, units: readonly TimeUnit[]): Count | null {
  for (const unit of units) {
    const c = findCount(lo, 0, [unit]);
    if (c && near(toDays(c.n, unit, 1), hi)) return c;
  }
  return null;
}

/** "six semaines", "une décennie", "a year and a half", "44 days". */
export function sayCount(c: Count, locale: UiLocale): string {
  const w = DESCRIBE_WORDS[locale];
  let { unit, n } = c;
  // "10 years" reads as "a decade" when the text was rounded to years.
  if (unit === "year" && n >= 10 && n % 10 === 0) [unit, n] = ["decade", n / 10];
  const [one, many] = w.timeUnits[unit];
  const whole = Math.floor(n);
  if (n === 1) return w.oneUnit(unit, one);
  if (n === 1.5) return w.andAHalf(w.oneUnit(unit, one));
  if (n % 1 === 0.5 && whole <= 12) return w.nAndAHalf(spellSmallNumber(whole, locale), many, one);
  const plural = pluralCategory(n, locale) === "one" ? one : many;
  return `${spellSmallNumber(n, locale)} ${plural}`;
}

function say(x: number, side: 0 | 1, units: readonly TimeUnit[], locale: UiLocale): string {
  const c = findCount(x, side, units);
  return c ? sayCount(c, locale) : sayDays(x, locale);
}

/** "44 jours", "1,5 jour": French keeps the singular below two. */
function sayDays(x: number, locale: UiLocale): string {
  const [one, many] = DESCRIBE_WORDS[locale].days;
  return `${formatNumber(x, locale, 3)} ${pluralCategory(x, locale) === "one" ? one : many}`;
}

/** The duration in words, in the interface's language. */
export function describeDuration(v: FigureValue, locale: UiLocale): string {
  const w = DESCRIBE_WORDS[locale];
  const { lower: lo, upper: hi, lowerInclusive: loInc, upperInclusive: hiInc } = v;
  const given = unitsOf(v.granularity);
  const all = given ?? LARGEST_FIRST;
  // Exact values without a rounding step were written in days, or in hours and minutes under a day.
  if (!given && lo !== null && lo === hi && lo >= 1) return sayDays(lo, locale);
  const exactUnits = given ?? (lo !== null && lo === hi ? (["hour", "minute"] as TimeUnit[]) : LARGEST_FIRST);
  if (lo !== null && hi !== null && (lo === hi || (loInc && hiInc && !v.approximate))) {
    const c = findExact(lo, hi, exactUnits);
    if (c) return sayCount(c, locale);
  }
  if (hi === null) return lo === null ? "" : w.join(loInc ? w.atLeast : w.moreThan, say(lo, 0, all, locale));
  if (lo === null || lo === 0) return w.join(hiInc ? w.upTo : w.less, say(hi, 1, all, locale));
  if (v.approximate && hiInc) {
    for (const unit of all) {
      // "environ deux ans": 10 % either side of the shortest and longest two years.
      const c = findCount(roundValue(lo / 0.9), 0, [unit]);
      if (c && near(roundValue(toDays(c.n, unit, 1) * 1.1), hi)) return w.join(w.about, sayCount(c, locale));
      // "près de six semaines": up to the figure, from 10 % below it.
      const d = findCount(hi, 1, [unit]);
      if (d && near(roundValue(toDays(d.n, unit, 0) * 0.9), lo)) return w.join(w.nearly, sayCount(d, locale));
    }
  }
  if (v.approximate && !hiInc) {
    // Vague plurals: at least two units, fewer than ten ("plusieurs") or six ("quelques").
    for (const unit of all) {
      if (!near(toDays(2, unit, 0), lo)) continue;
      const many = w.timeUnits[unit][1];
      if (near(toDays(10, unit, 1), hi)) return `${w.several} ${many}`;
      if (near(toDays(6, unit, 1), hi)) return `${w.aFew} ${many}`;
    }
  }
  const a = findCount(lo, 0, all);
  const b = a ? findCount(hi, 1, [a.unit]) : null;
  if (a && b) {
    const first = spellSmallNumber(a.n, locale);
    if (loInc && hiInc) return `${w.between} ${first} ${w.and} ${sayCount(b, locale)}`;
    return `${w.join(loInc ? w.atLeast : w.moreThan, sayCount(a, locale))} ${w.join(w.andLess, sayCount(b, locale))}`;
  }
  const [, days] = w.days;
  const f = (x: number): string => formatNumber(x, locale, 3);
  if (loInc && hiInc) return `${w.between} ${f(lo)} ${w.and} ${f(hi)} ${days}`;
  return `${loInc ? w.atLeast : w.moreThan} ${f(lo)} ${w.andLess} ${f(hi)} ${days}`;
}
