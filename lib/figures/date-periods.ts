// Parts of a period: "début octobre", "mi-octobre", "fin septembre", "late September" (thirds of the
// month: 1-10, 11-20, 21-end), "au début des années 1980", "the late 1990s", "Anfang der 1990er Jahre"
// (early = years 0-3, mid = 4-6, late = 7-9), "fin 2022", "early 2022" (thirds of the year).
import { makeEpochDay, getMonthBounds, splitEpochDay } from "./calendar";
import { matchTrie } from "./phrases";
import { makeDateValue, readMonth, readYearNumber } from "./date-words";
import { getToken, isIn, isNum, isPunct, readWord, type Env, type Match } from "./env";
import type { PeriodPart as Part } from "./locales/lexicon";
import { resolveMonthYear } from "./relative-dates";

/**
 * "1990" after "années", "1990s", "'90s", "1990er (Jahre)": the first year of the decade.
 * `bare`: the number needs no suffix, a decade word came before it.
 */
function readDecade(env: Env, k: number, bare: boolean): { year: number; end: number } | null {
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
  const glued = s && s.kind === 0 && s.start === t.end ? s : undefined;
  if (bare) return glued ? null : { year, end: j + 1 };
  if (!glued || !env.lex.decadeForms.some((f) => f.gluedSuffix && f.gluedSuffix === glued.norm)) return null;
  // "die 1990er Jahre"
  return { year, end: isIn(getToken(env, j + 2), env.lex.decadeAfter) ? j + 3 : j + 2 };
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

/** What follows a part word: a decade, a month (and year) or a year, after its link words. */
function readPartTarget(env: Env, k: number, part: Part): Match | null {
  const { lex } = env;
  // "d'ici la fin de l'année", "by the end of the year": the year of publication.
  const thisYear = matchTrie(lex.thisYear, env.tokens, k, env.limit);
  if (thisYear) return { start: k, end: thisYear.end, values: makeYearPartValue(splitEpochDay(env.pub).year, part) };
  // "début des années 1980", "fin du mois de septembre", "the end of the 1990s", "Anfang der 1990er"
  let j = k;
  for (let n = 0; n < 4; n++) {
    const link = readWord(env, lex.periodLinks, j);
    if (link > 0) j = link;
    else if (isIn(getToken(env, j), lex.monthNouns)) j++;
    else break;
  }
  if (isIn(getToken(env, j), lex.decadeBefore)) {
    const d = readDecade(env, j + 1, true);
    return d ? { start: k, end: d.end, values: makeDecadeValue(d.year, part) } : null;
  }
  const d = readDecade(env, j, false);
  if (d) return { start: k, end: d.end, values: makeDecadeValue(d.year, part) };
  const mo = readMonth(env, j);
  if (mo) {
    const y = readYearNumber(env, mo.end);
    return { start: k, end: y ? y.end : mo.end, values: makeMonthPartValue(env, mo.n, y?.n ?? null, part, k) };
  }
  const y = readYearNumber(env, j);
  if (y) return { start: k, end: y.end, values: makeYearPartValue(y.n, part) };
  return null;
}

export function matchPeriod(env: Env, i: number): Match | null {
  const { lex } = env;
  const t = getToken(env, i);
  if (!t) return null;
  const part = t.kind === 0 ? lex.periodParts.get(t.norm) : undefined;
  if (part) {
    const k = isPunct(getToken(env, i + 1), "-") ? i + 2 : i + 1;
    const m = readPartTarget(env, k, part);
    return m ? { ...m, start: i } : null;
  }
  const partOf = t.kind === 0 ? lex.periodPartsOf.get(t.norm) : undefined;
  if (partOf && readWord(env, lex.periodLinks, i + 1) > 0) {
    const m = readPartTarget(env, i + 1, partOf);
    return m ? { ...m, start: i } : null;
  }
  if (isIn(t, lex.decadeBefore)) {
    const d = readDecade(env, i + 1, true);
    return d ? { start: i, end: d.end, values: makeDecadeValue(d.year, null) } : null;
  }
  const d = readDecade(env, i, false);
  return d ? { start: i, end: d.end, values: makeDecadeValue(d.year, null) } : null;
}
