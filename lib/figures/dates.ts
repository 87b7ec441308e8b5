// Explicit dates: "31 octobre 2022", "lundi 31 octobre", "les 3, 12 et 24 mars", "October 31, 2022",
// "Oct. 31", "en septembre 2022", "en septembre", "septembre dernier", "en 1994", "2022-10-31", "05/10/2020".
import { isGluedOnLeft, readAmount } from "./amount";
import { makeEpochDay, getMonthBounds, getYearBounds } from "./calendar";
import { readsAsYear } from "./counted";
import {
  makeDateValue,
  makeDayValue,
  isValidDay,
  readDayNumber,
  readMonth,
  readWeekday,
  readYearNumber,
} from "./date-words";
import { areAdjacent, getToken, isIn, isNum, isPunct, peekWord, readWord, type Env, type Match } from "./env";
import { findNonFigureEnd } from "./non-figures";
import { readRelAfter, readRelBefore, resolveDayMonth, resolveMonthYear, type Rel } from "./relative-dates";
import type { FigureValue } from "./types";

export type Point = {
  start: number;
  end: number;
  days: number[];
  /** Token span of each day; the last one runs to the end of the point. */
  parts: [number, number][];
  month: number | null;
  year: number | null;
  weekday: number | null;
  rel: Rel;
};

/** A day not followed by a thousands group: "October 2,000 troops" has no 2 October in it. */
function readDayAt(env: Env, k: number): { n: number; end: number } | null {
  const d = readDayNumber(env, k);
  if (!d) return null;
  const t = env.tokens[d.end - 1];
  const n = getToken(env, d.end);
  const m = getToken(env, d.end + 1);
  if (t && isPunct(n, ",", ".", "'") && areAdjacent(t, n) && isNum(m) && areAdjacent(n, m) && m.norm.length === 3)
    return null;
  if (t && isNum(n) && n.norm.length === 3 && env.text.slice(t.end, n.start).length === 1) return null;
  if (isPunct(n, ":") || isIn(n, env.lex.clockWords) || isIn(n, env.lex.clockWordsAfterPreposition)) return null;
  return d;
}

export function readYearAfter(env: Env, k: number): { n: number; end: number } | null {
  const j = isPunct(getToken(env, k), ",") ? k + 1 : k;
  return readYearNumber(env, j);
}

function makePoint(start: number, end: number, weekday: number | null, p: Partial<Point>): Point {
  const point: Point = { start, end, days: [], parts: [], month: null, year: null, weekday, rel: null, ...p };
  const last = point.parts[point.parts.length - 1];
  if (last) last[1] = end;
  return point;
}

export function readPoint(env: Env, j: number, partial: boolean, list: boolean): Point | null {
  let k = j;
  const wd = readWeekday(env, k);
  if (wd) k = isPunct(getToken(env, wd.end), ",") ? wd.end + 1 : wd.end;
  const weekday = wd?.n ?? null;
  const first = readDayAt(env, k);
  if (first) {
    const days = [first.n];
    const parts: [number, number][] = [[j, first.end]];
    k = first.end;
    while (list && days.length < 31) {
      const s = getToken(env, k);
      const listEnd = isPunct(s, ",", "&") ? k + 1 : readWord(env, env.lex.listWords, k);
      if (listEnd < 0) break;
      const article = readWord(env, env.lex.definiteArticles, listEnd);
      const at = article > 0 ? article : listEnd;
      const d = readDayAt(env, at);
      if (!d) break;
      days.push(d.n);
      parts.push([at, d.end]);
      k = d.end;
    }
    const link = readWord(env, env.lex.dayMonthLinks, k);
    const mo = readMonth(env, link > 0 && readMonth(env, link) ? link : k);
    if (!mo) return partial && days.length === 1 && !wd ? makePoint(j, k, weekday, { days, parts }) : null;
    k = mo.end;
    const y = readYearAfter(env, k);
    if (y) k = y.end;
    const rel = readRelAfter(env, k);
    return makePoint(j, rel ? k + 1 : k, weekday, { days, parts, month: mo.n, year: y?.n ?? null, rel });
  }
  const mo = readMonth(env, k);
  if (mo) {
    k = mo.end;
    const d = readDayAt(env, k);
    if (d) {
      const days = [d.n];
      const parts: [number, number][] = [[j, d.end]];
      k = d.end;
      while (list && days.length < 31) {
        const s = getToken(env, k);
        const at = isPunct(s, ",") ? k + 1 : readWord(env, env.lex.listWords, k);
        const next = at > 0 ? readDayAt(env, at) : null;
        if (!next || readYearNumber(env, at)) break;
        days.push(next.n);
        parts.push([at, next.end]);
        k = next.end;
      }
      const y = readYearAfter(env, k);
      return makePoint(j, y ? y.end : k, weekday, { days, parts, month: mo.n, year: y?.n ?? null });
    }
    if (wd) return null;
    const y = readYearNumber(env, k);
    if (y) return makePoint(j, y.end, weekday, { month: mo.n, year: y.n });
    const rel = readRelAfter(env, k);
    return makePoint(j, rel ? k + 1 : k, weekday, { month: mo.n, rel });
  }
  if (wd) return null;
  const y = readYearNumber(env, k);
  if (y && (partial || isYear(env, k))) return makePoint(j, y.end, weekday, { year: y.n });
  return null;
}

/** A four-digit number read as a year rather than a count, a reference or a name. */
export function isYear(env: Env, k: number): boolean {
  const t = env.tokens[k];
  if (!t || isGluedOnLeft(env, t.start) || findNonFigureEnd(env, k) > k) return false;
  const n = Number(t.norm);
  const prev = env.tokens[k - 1];
  const strong = isIn(prev, env.lex.monthContext) || isIn(prev, env.lex.yearContext);
  if (n < (strong ? 1000 : 1800)) return false;
  const amount = readAmount(env, k);
  if (!amount || amount.end !== k + 1 || amount.skip) return false;
  return readsAsYear(env, k, k + 1);
}

function resolveDays(env: Env, p: Point): FigureValue[] | null {
  const month = p.month as number;
  const values: FigureValue[] = [];
  for (const d of p.days) {
    let day: number | null;
    if (p.year !== null) day = isValidDay(p.year, month, d) ? makeEpochDay(p.year, month, d) : null;
    else day = resolveDayMonth(env, d, month, p.days.length === 1 ? p.weekday : null, p.rel, p.start);
    if (day === null) return null;
    values.push(makeDayValue(day));
  }
  return values;
}

/** Days of a month, alone or listed; months with or without a year; years. */
export function matchPoint(env: Env, i: number): Match | null {
  const before = readRelBefore(env, i);
  const j = before ? i + 1 : i;
  const p = readPoint(env, j, false, true);
  if (!p) return null;
  if (p.days.length > 0) {
    if (p.month === null || before) return null;
    const values = resolveDays(env, p);
    if (!values) return null;
    return values.length > 1 ? { start: i, end: p.end, values, parts: p.parts } : { start: i, end: p.end, values };
  }
  if (p.month !== null) {
    const rel = before ?? p.rel;
    if (p.year === null && !rel && !isMonthInContext(env, j)) return null;
    const year = p.year ?? resolveMonthYear(env, p.month, rel, p.start);
    const [lo, hi] = getMonthBounds(year, p.month);
    return { start: i, end: p.end, values: [makeDateValue(lo, hi, "month")] };
  }
  if (p.year !== null && !before) {
    const [lo, hi] = getYearBounds(p.year);
    return { start: i, end: p.end, values: [makeDateValue(lo, hi, "year")] };
  }
  return null;
}

function isMonthInContext(env: Env, j: number): boolean {
  if (isIn(env.tokens[j - 1], env.lex.monthContext)) return true;
  // "au mois de septembre", "le mois d'août", "the month of May"
  for (const k of [j - 2, j - 3]) {
    if (isIn(env.tokens[k], env.lex.monthNouns) && peekWord(env, env.lex.ofWords, k + 1) === j) return true;
  }
  return false;
}

/**
 * "2022-10-31", "31/10/2022", "31.10.2022", "23/Sep/2020". Day first, as everywhere but in the United
 * States; month first only when the first number cannot be a month's day order ("09/23/2020").
 */
export function matchNumericDate(env: Env, i: number): Match | null {
  const a = getToken(env, i);
  const s1 = getToken(env, i + 1);
  if (!isNum(a) || !isPunct(s1, "-", "/", ".") || !areAdjacent(a, s1)) return null;
  const named = readMonth(env, i + 2);
  const bEnd = named ? named.end : i + 3;
  const b = getToken(env, i + 2);
  const s2 = getToken(env, bEnd);
  const c = getToken(env, bEnd + 1);
  if (!b || !isNum(c) || !s1 || !s2 || s1.norm !== s2.norm) return null;
  const lastOfB = env.tokens[bEnd - 1];
  if (!areAdjacent(s1, b) || !areAdjacent(lastOfB, s2) || !areAdjacent(s2, c) || isGluedOnLeft(env, a.start))
    return null;
  const after = env.tokens[bEnd + 2];
  if (after && after.start === c.end && after.kind !== 2) return null;
  let y: number, m: number, d: number;
  if (named) {
    if (c.norm.length !== 4 || a.norm.length > 2) return null;
    [y, m, d] = [Number(c.norm), named.n, Number(a.norm)];
  } else if (!isNum(b)) {
    return null;
  } else if (
    a.norm.length === 4 &&
    b.norm.length <= 2 &&
    c.norm.length <= 2 &&
    (s1.norm === "-" || b.norm.length === 2)
  ) {
    [y, m, d] = [Number(a.norm), Number(b.norm), Number(c.norm)];
  } else if (c.norm.length === 4 && (s1.norm === "/" || s1.norm === ".") && a.norm.length <= 2 && b.norm.length <= 2) {
    const x = Number(a.norm);
    const z = Number(b.norm);
    [y, m, d] = z > 12 && x <= 12 ? [Number(c.norm), x, z] : [Number(c.norm), z, x];
  } else return null;
  if (m < 1 || m > 12 || d < 1 || !isValidDay(y, m, d)) return null;
  return { start: i, end: bEnd + 2, values: [makeDayValue(makeEpochDay(y, m, d))] };
}
