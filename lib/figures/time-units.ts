// Lengths of time in days. Weeks are exact; months and years are not a fixed number of days,
// so "n months" spans the shortest and the longest n consecutive calendar months.
import { roundValue } from "./amount";
import { measureMonths } from "./calendar";
import type { TimeUnit } from "./units";

function countMonthsDays(n: number, which: 0 | 1): number {
  const whole = Math.floor(n);
  const frac = n - whole;
  const span = measureMonths(whole);
  return span[which] + frac * (which === 0 ? 28 : 31);
}

function countYearsDays(n: number, which: 0 | 1): number {
  const whole = Math.floor(n);
  const frac = n - whole;
  const span = measureMonths(whole * 12);
  return span[which] + frac * (which === 0 ? 365 : 366);
}

/** Days in `n` units; `which` 0 for the shortest reading, 1 for the longest. */
export function toDays(n: number, unit: TimeUnit, which: 0 | 1): number {
  switch (unit) {
    case "minute":
      return roundValue(n / 1440);
    case "hour":
      return roundValue(n / 24);
    case "day":
      return roundValue(n);
    case "week":
      return roundValue(n * 7);
    case "month":
      return roundValue(countMonthsDays(n, which));
    case "year":
      return roundValue(countYearsDays(n, which));
    case "decade":
      return roundValue(countYearsDays(n * 10, which));
    case "century":
      return roundValue(countYearsDays(n * 100, which));
  }
}
