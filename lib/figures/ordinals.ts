// "son neuvième mois", "its ninth month", "la 3e semaine", "im neunten Monat": the position of the
// current period. Entering the ninth month means eight months have passed and nine have not: [8, 9) months.
import { areAdjacent, findGluedWord, getToken, isIn, isPunct, type Env } from "./env";
import type { Interval } from "./interval";
import { toDurationInterval } from "./quantity-units";
import { readTimeUnit, type TimeUnit } from "./units";

export function readOrdinal(env: Env, j: number): { n: number; end: number } | null {
  const t = getToken(env, j);
  if (!t) return null;
  if (t.kind === 1) {
    const suffix = findGluedWord(env, j);
    if (suffix && env.lex.ordinalSuffixes.has(suffix.norm)) return { n: Number(t.norm), end: j + 2 };
    const dot = getToken(env, j + 1);
    // "der 3. Monat": a dot right after the digits, where the language writes ordinals so.
    return env.lex.ordinalDot && isPunct(dot, ".") && areAdjacent(t, dot) ? { n: Number(t.norm), end: j + 2 } : null;
  }
  if (t.kind !== 0) return null;
  // "dix-septième": the compound is read whole, not as "septième".
  if (isPunct(getToken(env, j + 1), "-") || isPunct(env.tokens[j - 1], "-")) return null;
  const n = env.lex.ordinalWords.get(t.norm);
  return n === undefined ? null : { n, end: j + 1 };
}

/** "neuvième mois" -> [8 months, 9 months) in days; a first period says nothing, so n starts at 2. */
export function readOrdinalDuration(env: Env, j: number): { end: number; iv: Interval; unit: TimeUnit } | null {
  const o = readOrdinal(env, j);
  if (!o || o.n < 2) return null;
  const u = readTimeUnit(env, o.end);
  if (!u || u.unit === "minute" || isIn(getToken(env, u.end), env.lex.ageAfter)) return null;
  const iv = toDurationInterval(o.n - 1, o.n, u.unit, false);
  return { end: u.end, iv, unit: u.unit };
}
