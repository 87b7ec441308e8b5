// Periods with two ends: "du 10 au 17 octobre", "entre 1994 et 2020", "from 1992 to 1994", "2020-2022",
// "10-17 October", "October 10-17", "de septembre à novembre 2020". The end written in full lends its
// month and year to the other.
import { makeEpochDay, getMonthBounds, getYearBounds, splitEpochDay } from "./calendar";
import { makeDateValue, isValidDay } from "./date-words";
import { readsAsYear } from "./counted";
import { readPoint, readYearAfter, type Point } from "./dates";
import { getToken, isNum, isPunct, readWord, type Env, type Match } from "./env";
import { resolveDayMonth, resolveMonthYear } from "./relative-dates";
import type { DatePrecision } from "./types";

/** Token index after the separator at `k` (and a definite article after it), or -1. */
function readSeparator(env: Env, k: number, lead: string | null): number {
  const t = getToken(env, k);
  if (!t) return -1;
  let end = -1;
  if (lead) {
    const separators = env.lex.dateRangeSeparators.get(lead);
    end = separators ? readWord(env, separators, k) : -1;
  } else if (isPunct(t, "-")) end = k + 1;
  if (end < 0) return -1;
  const article = readWord(env, env.lex.definiteArticles, end);
  return article > 0 ? article : end;
}

function computeBounds(env: Env, a: Point, b: Point): [number, number, DatePrecision] | null {
  if (b.days.length && a.month !== null && b.month === null) b = { ...b, month: a.month, year: b.year ?? a.year };
  if (a.days.length && a.month === null) a = { ...a, month: b.month };
  if (a.month !== null && a.year === null && b.year !== null && b.month !== null) {
    a = { ...a, year: a.month > b.month ? b.year - 1 : b.year };
  }
  // A period is placed by its start; its end is the first such day on or after the start.
  if (a.days.length && a.year === null && b.year === null && a.month !== null && b.month !== null) {
    const d1 = resolveDayMonth(env, a.days[0] as number, a.month, null, null, a.start);
    if (d1 === null) return null;
    const y1 = splitEpochDay(d1).year;
    const wraps = b.month < a.month || (b.month === a.month && (b.days[0] ?? 0) < (a.days[0] ?? 0));
    a = { ...a, year: y1 };
    b = { ...b, year: wraps ? y1 + 1 : y1 };
  }
  if (!!a.days.length !== !!b.days.length || (a.month === null) !== (b.month === null)) return null;
  if (a.days.length && (a.month === null || a.year === null || b.year === null)) return null;
  if (a.days.length) {
    const [d1, d2] = [a.days[0] as number, b.days[0] as number];
    const [m1, m2] = [a.month as number, b.month as number];
    const [y1, y2] = [a.year as number, b.year as number];
    if (!isValidDay(y1, m1, d1) || !isValidDay(y2, m2, d2)) return null;
    return [makeEpochDay(y1, m1, d1), makeEpochDay(y2, m2, d2), "day"];
  }
  if (a.month !== null && b.month !== null) {
    const y1 = a.year ?? resolveMonthYear(env, a.month, null, a.start);
    const y2 = b.year ?? (b.month < a.month ? y1 + 1 : y1);
    return [getMonthBounds(y1, a.month)[0], getMonthBounds(y2, b.month)[1], "month"];
  }
  if (a.year !== null && b.year !== null) return [getYearBounds(a.year)[0], getYearBounds(b.year)[1], "year"];
  return null;
}

export function matchDateRange(env: Env, i: number): Match | null {
  const t = getToken(env, i);
  if (!t) return null;
  const lead = t.kind === 0 && env.lex.dateRangeSeparators.has(t.norm) ? t.norm : null;
  let k = lead ? i + 1 : i;
  const article = lead ? readWord(env, env.lex.definiteArticles, k) : -1;
  if (article > 0) k = article;
  const a = readPoint(env, k, true, false);
  if (!a) return null;
  const sep = readSeparator(env, a.end, lead);
  if (sep < 0) return null;
  let b = readPoint(env, sep, true, false);
  // "1992-94"
  const short = getToken(env, sep);
  if (!b && !lead && a.year !== null && a.month === null && isNum(short) && short.norm.length === 2) {
    const y = Math.floor(a.year / 100) * 100 + Number(short.norm);
    if (y > a.year)
      b = { start: sep, end: sep + 1, days: [], parts: [], month: null, year: y, weekday: null, rel: null };
  }
  if (!b) return null;
  // "from October 10 to 17, 2020": the year after the second day belongs to both.
  if (b.days.length && b.month === null && b.year === null) {
    const y = readYearAfter(env, b.end);
    if (y) b = { ...b, year: y.n, end: y.end };
  }
  if (!lead && a.days.length === 0 && a.month !== null) return null;
  const r = computeBounds(env, a, b);
  if (!r || !(r[0] < r[1])) return null;
  // "1000-2000 soldats" counts soldiers.
  if (r[2] === "year" && !readsAsYear(env, b.end - 1, b.end)) return null;
  return { start: i, end: b.end, values: [makeDateValue(r[0], r[1], r[2], true)] };
}
