// "son neuvième mois", "its ninth month", "la 3e semaine": the position of the current period.
// Entering the ninth month means eight months have passed and nine have not: [8 months, 9 months).
import { getToken, findGluedWord, isPunct, isWord, type Env } from "./env";
import { toDurationInterval } from "./quantity-units";
import { readTimeUnit, type TimeUnit } from "./units";
import type { Interval } from "./interval";

const EN_ORDINALS =
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth " +
  "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth";
const FR_ORDINALS =
  "premier deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme onzieme douzieme " +
  "treizieme quatorzieme quinzieme seizieme dix-septieme dix-huitieme dix-neuvieme vingtieme";

const ORDINALS = new Map<string, number>();
EN_ORDINALS.split(" ").forEach((w, k) => ORDINALS.set(w, k + 1));
FR_ORDINALS.split(" ").forEach((w, k) => ORDINALS.set(w, k + 1));
for (const [w, n] of [
  ["premiere", 1],
  ["second", 2],
  ["seconde", 2],
  ["trentieme", 30],
  ["thirtieth", 30],
] as const) {
  ORDINALS.set(w, n);
}

const DIGIT_SUFFIXES = new Set(["e", "eme", "er", "re", "st", "nd", "rd", "th"]);

export const ORDINAL_STARTS: ReadonlySet<string> = new Set(ORDINALS.keys());

function readOrdinal(env: Env, j: number): { n: number; end: number } | null {
  const t = getToken(env, j);
  if (!t) return null;
  if (t.kind === 1) {
    const suffix = findGluedWord(env, j);
    return suffix && DIGIT_SUFFIXES.has(suffix.norm) ? { n: Number(t.norm), end: j + 2 } : null;
  }
  if (t.kind !== 0) return null;
  // "dix-septième": the compound is read whole, not as "septième".
  if (isPunct(getToken(env, j + 1), "-") || isPunct(env.tokens[j - 1], "-")) return null;
  const n = ORDINALS.get(t.norm);
  return n === undefined ? null : { n, end: j + 1 };
}

/** "neuvième mois" -> [8 months, 9 months) in days; a first period says nothing, so n starts at 2. */
export function readOrdinalDuration(env: Env, j: number): { end: number; iv: Interval; unit: TimeUnit } | null {
  const o = readOrdinal(env, j);
  if (!o || o.n < 2) return null;
  const u = readTimeUnit(env, o.end);
  if (!u || u.unit === "minute" || isWord(getToken(env, u.end), "old")) return null;
  const iv = toDurationInterval(o.n - 1, o.n, u.unit, false);
  return { end: u.end, iv, unit: u.unit };
}
