// Units around an amount that change what it means: "et demi", ages ("âgé de 25 ans"),
// ratios ("1 in 5" is a share), time units in compound adjectives ("six-week").
import { readAmount, roundValue } from "./amount";
import { isPunct, isWord, getToken, type Env } from "./env";
import type { Interval } from "./interval";
import { toWordSet } from "./phrases";
import { toDays } from "./time-units";
import { readPercent, readTimeUnit, type TimeUnit } from "./units";

export function toDurationInterval(lo: number, hi: number, unit: TimeUnit, hiInc = true, approx = false): Interval {
  return { lo: toDays(lo, unit, 0), loInc: true, hi: toDays(hi, unit, 1), hiInc, approx };
}

/** "et demi", "and a half" */
export function readHalf(env: Env, j: number): number {
  if (isWord(getToken(env, j), "et") && isWord(getToken(env, j + 1), "demi", "demie")) return j + 2;
  if (isWord(getToken(env, j), "and") && isWord(getToken(env, j + 1), "a") && isWord(getToken(env, j + 2), "half"))
    return j + 3;
  return j;
}

const AGE_NOUNS = toWordSet(
  "age agee ages agees homme femme garcon fille enfant adolescent adolescente bebe jeune soldat militaire",
);

/** "âgé de 25 ans", "un homme de 45 ans", "aged 45", "a 25-year-old": ages are not durations. */
export function isAge(env: Env, amountStart: number, unitEnd: number): boolean {
  const u = env.tokens[unitEnd - 1];
  const singular = !/s$/.test(u?.norm ?? "");
  const old =
    isWord(getToken(env, unitEnd), "old") ||
    (isPunct(getToken(env, unitEnd), "-") && isWord(getToken(env, unitEnd + 1), "old"));
  if (old && singular) return true;
  const p1 = env.tokens[amountStart - 1];
  const p2 = env.tokens[amountStart - 2];
  if (isWord(p1, "aged")) return true;
  return isWord(p1, "de") && !!p2 && AGE_NOUNS.has(p2.norm) && (u?.norm === "ans" || u?.norm === "an");
}

export function readTimeUnitAt(env: Env, j: number): { end: number; unit: TimeUnit } | null {
  // "six-week war", "44-day siege"
  const k = isPunct(getToken(env, j), "-") ? j + 1 : j;
  return readTimeUnit(env, k);
}

/** "1 in 5", "9 out of 10", "un sur trois": a share, read as a percentage. */
export function readRatio(env: Env, j: number, x: number): { end: number; value: number } | null {
  let k = j;
  if (isWord(getToken(env, k), "in", "sur")) k++;
  else if (isWord(getToken(env, k), "out") && isWord(getToken(env, k + 1), "of")) k += 2;
  else return null;
  const y = readAmount(env, k);
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
