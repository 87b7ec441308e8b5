// Units around an amount that change what it means: "et demi", ages ("âgé de 25 ans"),
// ratios ("1 in 5" is a share), time units in compound adjectives ("six-week").
import { readAmount, roundValue } from "./amount";
import { getToken, isIn, isPunct, peekWord, type Env } from "./env";
import type { Interval } from "./interval";
import { matchTrie } from "./phrases";
import { toDays } from "./time-units";
import { readPercent, readTimeUnit, type TimeUnit } from "./units";

export function toDurationInterval(lo: number, hi: number, unit: TimeUnit, hiInc = true, approx = false): Interval {
  return { lo: toDays(lo, unit, 0), loInc: true, hi: toDays(hi, unit, 1), hiInc, approx };
}

/** "et demi", "and a half": the token index after it, or `j`. */
export function readHalf(env: Env, j: number): number {
  return matchTrie(env.lex.halfPhrases, env.tokens, j, env.limit)?.end ?? j;
}

/** "âgé de 25 ans", "un homme de 45 ans", "aged 45", "a 25-year-old", "25 Jahre alt": ages are not durations. */
export function isAge(env: Env, amountStart: number, unitEnd: number): boolean {
  const { lex } = env;
  const u = env.tokens[unitEnd - 1];
  const singular = !lex.pluralEndings.some((e) => (u?.norm ?? "").endsWith(e));
  const after = getToken(env, unitEnd);
  const old = isIn(after, lex.ageAfter) || (isPunct(after, "-") && isIn(getToken(env, unitEnd + 1), lex.ageAfter));
  if (old && (singular || !isPunct(after, "-"))) return true;
  const p1 = env.tokens[amountStart - 1];
  if (isIn(p1, lex.ageBefore)) return true;
  // "un homme de 45 ans": a person, the link word, the age in years.
  const link = p1 ? findLinkStart(env, amountStart) : -1;
  const person = link > 0 ? env.tokens[link - 1] : undefined;
  return link > 0 && isIn(person, lex.agePersonNouns) && readTimeUnit(env, unitEnd - 1)?.unit === "year";
}

/** Start of the age link word ending right before `j` ("de"), or -1. */
function findLinkStart(env: Env, j: number): number {
  for (const k of [j - 1, j - 2]) if (k >= 0 && peekWord(env, env.lex.ageLink, k) === j) return k;
  return -1;
}

export function readTimeUnitAt(env: Env, j: number): { end: number; unit: TimeUnit } | null {
  // "six-week war", "44-day siege"
  const k = isPunct(getToken(env, j), "-") ? j + 1 : j;
  return readTimeUnit(env, k);
}

/** "1 in 5", "9 out of 10", "un sur trois": a share, read as a percentage. */
export function readRatio(env: Env, j: number, x: number): { end: number; value: number } | null {
  const w = matchTrie(env.lex.ratioWords, env.tokens, j, env.limit);
  if (!w) return null;
  const y = readAmount(env, w.end);
  if (
    !y ||
    y.skip ||
    y.yearLike ||
    y.scaled ||
    y.currency ||
    y.value > 100 ||
    !Number.isInteger(x) ||
    x < 1 ||
    x >= y.value
  )
    return null;
  if (readTimeUnit(env, y.end) || readPercent(env, y.end) !== null) return null;
  return { end: y.end, value: roundValue((100 * x) / y.value) };
}
