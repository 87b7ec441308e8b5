// Parts of a period: "début octobre", "mi-octobre", "fin septembre", "late September" (thirds of the
// month: 1-10, 11-20, 21-end), "au début des années 1990", "the late 1990s", "dans les années 1990"
// (early = years 0-3, mid = 4-6, late = 7-9), "fin 2022", "early 2022" (thirds of the year).
import { makeEpochDay, getMonthBounds, splitEpochDay } from "./calendar";
import { buildTrie, matchTrie } from "./phrases";
import { makeDateValue, readMonth, readYearNumber } from "./date-words";
import { isNum, isPunct, isWord, getToken, type Env, type Match } from "./env";
import { resolveMonthYear } from "./relative-dates";

type Part = "early" | "mid" | "late";

const PART: Record<string, Part> = {
  debut: "early",
  mi: "mid",
  milieu: "mid",
  fin: "late",
  early: "early",
  mid: "mid",
  late: "late",
};
const PART_OF: Record<string, Part> = { beginning: "early", start: "early", middle: "mid", end: "late" };

/** "1990", "90" after "années", "1990s", "'90s": the first year of the decade. */
function readDecade(env: Env, k: number, frenchWord: boolean): { year: number; end: number } | null {
  let j = k;
  const apostrophe = isPunct(getToken(env, j), "'");
  if (apostrophe) j++;
  const t = getToken(env, j);
  if (!isNum(t)) return null;
  const v = Number(t.norm);
  const twoDigits = t.norm.length === 2;
  if (!(twoDigits || t.norm.length === 4) || v % 10 !== 0) return null;
  if (apostrophe && !twoDigits) return null;
  const year = twoDigits ? (v >= 20 ? 1900 + v : 2000 + v) : v;
  if (year < 1000 || year > 2090) return null;
  const s = env.tokens[j + 1];
  const glued = s && s.kind === 0 && s.start === t.end && s.norm === "s";
  if (frenchWord) return glued ? null : { year, end: j + 1 };
  return glued ? { year, end: j + 2 } : null;
}

function makeDecadeValue(year: number, part: Part | null): Match["values"] {
  const [from, to] = part === "early" ? [0, 3] : part === "mid" ? [4, 6] : part === "late" ? [7, 9] : [0, 9];
  return [
    makeDateValue(makeEpochDay(year + from, 1, 1), makeEpochDay(year + to, 12, 31), part ? "part_of_decade" : "decade"),
  ];
}

function makeMonthPartValue(env: Env, month: number, year: number | null, part: Part, at: number): Match["values"] {
  const y = year ?? resolveMonthYear(env, month, null, at);
  const [first, last] = getMonthBounds(y, month);
  const lo = part === "early" ? first : part === "mid" ? first + 10 : first + 20;
  const hi = part === "early" ? first + 9 : part === "mid" ? first + 19 : last;
  return [makeDateValue(lo, hi, "part_of_month")];
}

function makeYearPartValue(year: number, part: Part): Match["values"] {
  const [m1, m2] = part === "early" ? [1, 4] : part === "mid" ? [5, 8] : [9, 12];
  return [makeDateValue(getMonthBounds(year, m1)[0], getMonthBounds(year, m2)[1], "year")];
}

/** What follows a part word: a decade, a month (and year) or a year. */
function readPartTarget(env: Env, k: number, part: Part): Match | null {
  let j = k;
  if (isWord(getToken(env, j), "des") && isWord(getToken(env, j + 1), "annees")) {
    const d = readDecade(env, j + 2, true);
    return d ? { start: k, end: d.end, values: makeDecadeValue(d.year, part) } : null;
  }
  if (isWord(getToken(env, j), "the")) j++;
  const d = readDecade(env, j, false);
  if (d) return { start: k, end: d.end, values: makeDecadeValue(d.year, part) };
  // "fin du mois de septembre", "début d'octobre"
  if (isWord(getToken(env, j), "du") && isWord(getToken(env, j + 1), "mois")) j += 2;
  if (isWord(getToken(env, j), "de", "of") && readMonth(env, j + 1)) j++;
  else if (isWord(getToken(env, j), "d") && isPunct(getToken(env, j + 1), "'")) j += 2;
  const mo = readMonth(env, j);
  if (mo) {
    const y = readYearNumber(env, mo.end);
    return { start: k, end: y ? y.end : mo.end, values: makeMonthPartValue(env, mo.n, y?.n ?? null, part, k) };
  }
  const y = readYearNumber(env, j);
  if (y) return { start: k, end: y.end, values: makeYearPartValue(y.n, part) };
  // "d'ici la fin de l'année", "by the end of the year": the year of publication.
  const thisYear = matchTrie(THIS_YEAR, env.tokens, k, env.limit);
  if (thisYear) return { start: k, end: thisYear.end, values: makeYearPartValue(splitEpochDay(env.pub).year, part) };
  return null;
}

const THIS_YEAR = buildTrie<true>(
  ["de l'annee", "de cette annee", "de l'annee en cours", "of the year", "of this year"].map((p) => [p, true] as const),
);

export function matchPeriod(env: Env, i: number): Match | null {
  const t = getToken(env, i);
  if (!t) return null;
  const part = t.kind === 0 ? PART[t.norm] : undefined;
  if (part) {
    const k = isPunct(getToken(env, i + 1), "-") ? i + 2 : i + 1;
    const m = readPartTarget(env, k, part);
    return m ? { ...m, start: i } : null;
  }
  const partOf = t.kind === 0 ? PART_OF[t.norm] : undefined;
  if (partOf && isWord(getToken(env, i + 1), "of")) {
    const m = readPartTarget(env, i + 2, partOf);
    return m ? { ...m, start: i } : null;
  }
  if (isWord(t, "annees")) {
    const d = readDecade(env, i + 1, true);
    return d ? { start: i, end: d.end, values: makeDecadeValue(d.year, null) } : null;
  }
  const d = readDecade(env, i, false);
  return d ? { start: i, end: d.end, values: makeDecadeValue(d.year, null) } : null;
}

export const PERIOD_STARTS: ReadonlySet<string> = new Set([...Object.keys(PART), ...Object.keys(PART_OF), "annees"]);
