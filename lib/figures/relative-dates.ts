// Dates that need the publication date: "hier", "lundi", "jeudi dernier", "next Monday",
// "le 9 octobre" (which year?), "en septembre", "l'an dernier".
// Without a tense, a weekday or a month points back (news reports what happened); a day of the
// month points to its nearest occurrence, since French copy announces events in the present tense.
import { makeEpochDay, getMonthBounds, getWeekday, getYearBounds, splitEpochDay } from "./calendar";
import { readWeekday, makeDateValue, makeDayValue } from "./date-words";
import { getToken, type Env, type Match } from "./env";
import type { Relation } from "./locales/lexicon";
import { matchTrie } from "./phrases";

export type Rel = Relation | null;

export function resolveDayMonth(
  env: Env,
  day: number,
  month: number,
  weekday: number | null,
  rel: Rel,
  at: number,
): number | null {
  const { year } = splitEpochDay(env.pub);
  const candidates: number[] = [];
  for (const y of [year - 1, year, year + 1]) {
    const d = makeEpochDay(y, month, day);
    if (splitEpochDay(d).day === day) candidates.push(d);
  }
  if (candidates.length === 0) return null;
  const nearest = (list: number[]): number | null =>
    list.reduce<number | null>(
      (best, d) => (best === null || Math.abs(d - env.pub) < Math.abs(best - env.pub) ? d : best),
      null,
    );
  if (weekday !== null) {
    const matching = candidates.filter((d) => getWeekday(d) === weekday);
    if (matching.length) return nearest(matching);
  }
  if (rel === "last") return nearest(candidates.filter((d) => d < env.pub));
  if (rel === "next") return nearest(candidates.filter((d) => d > env.pub));
  const tense = env.tense(at, true);
  // "En 2020, le retrait devait s'achever le 1er décembre": the year the sentence names, unless the
  // tense says otherwise (a future event in a past year).
  const said = env.sentenceYear(at);
  if (said !== null) {
    const d = makeEpochDay(said, month, day);
    const fits = tense === "future" ? d >= env.pub : tense === "past" ? d <= env.pub : true;
    if (splitEpochDay(d).day === day && fits) return d;
  }
  if (tense === "future") return nearest(candidates.filter((d) => d >= env.pub));
  if (tense === "past") return nearest(candidates.filter((d) => d <= env.pub));
  const past = nearest(candidates.filter((d) => d <= env.pub));
  const future = nearest(candidates.filter((d) => d > env.pub));
  if (past === null || future === null) return past ?? future;
  return future - env.pub < env.pub - past ? future : past;
}

/** Year of a month named without one. */
export function resolveMonthYear(env: Env, month: number, rel: Rel, at: number): number {
  const { year, month: pm } = splitEpochDay(env.pub);
  if (rel === "last") return month < pm ? year : year - 1;
  if (rel === "next") return month > pm ? year : year + 1;
  if (rel === "this") return year;
  const said = env.sentenceYear(at);
  const tense = env.tense(at);
  if (said !== null) {
    const first = makeEpochDay(said, month, 1);
    const last = getMonthBounds(said, month)[1];
    if (tense === "future" ? last >= env.pub : tense === "past" ? first <= env.pub : true) return said;
  }
  if (tense === "future") return month >= pm ? year : year + 1;
  return month <= pm ? year : year - 1;
}

export function resolveWeekday(env: Env, weekday: number, rel: Rel, at: number): number {
  const pw = getWeekday(env.pub);
  if (rel === "last") return env.pub - ((pw - weekday + 7) % 7 || 7);
  if (rel === "next") return env.pub + ((weekday - pw + 7) % 7 || 7);
  if (rel === "this") return env.pub + (weekday - pw);
  // What is agreed or planned for a weekday is still to come; a dated day may be reported afterwards.
  const tense = env.tense(at);
  if (tense === "future" || tense === "intent") return env.pub + ((weekday - pw + 7) % 7);
  return env.pub - ((pw - weekday + 7) % 7);
}

export function readRelAfter(env: Env, j: number): Rel {
  const t = getToken(env, j);
  return t && t.kind === 0 ? (env.lex.relationAfter.get(t.norm) ?? null) : null;
}

export function readRelBefore(env: Env, j: number): Rel {
  const t = getToken(env, j);
  return t && t.kind === 0 ? (env.lex.relationBefore.get(t.norm) ?? null) : null;
}

/** "hier", "l'an dernier", "jeudi dernier", "ce mercredi", "next Monday", "lundi". */
export function matchRelative(env: Env, i: number): Match | null {
  const m = matchTrie(env.lex.relativeDays, env.tokens, i, env.limit);
  // "morgen" is tomorrow, "Morgen" the morning.
  if (m && !(m.value.lowerCaseOnly && env.tokens[i]?.cap)) {
    const r = m.value;
    const { year, month } = splitEpochDay(env.pub);
    if (r.days !== undefined) return { start: i, end: m.end, values: [makeDayValue(env.pub + r.days)] };
    if (r.weeks !== undefined) {
      // A week runs from Monday to Sunday.
      const monday = env.pub - (getWeekday(env.pub) - 1) + 7 * r.weeks;
      const { precision: _, ...week } = makeDateValue(monday, monday + 6, "day");
      return { start: i, end: m.end, values: [week] };
    }
    if (r.years !== undefined) {
      const [lo, hi] = getYearBounds(year + r.years);
      return { start: i, end: m.end, values: [makeDateValue(lo, hi, "year")] };
    }
    const m0 = month - 1 + (r.months ?? 0);
    const [lo, hi] = getMonthBounds(year + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1);
    return { start: i, end: m.end, values: [makeDateValue(lo, hi, "month")] };
  }
  const before = readRelBefore(env, i);
  const wd = readWeekday(env, before ? i + 1 : i);
  if (!wd) return null;
  // "lundi 31 octobre" is an explicit date, read elsewhere.
  const after = before ? null : readRelAfter(env, wd.end);
  const end = after ? wd.end + 1 : wd.end;
  return { start: i, end, values: [makeDayValue(resolveWeekday(env, wd.n, before ?? after, i))] };
}
