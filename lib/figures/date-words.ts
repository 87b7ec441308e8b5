// Month and weekday names from the lexicon, with the ambiguities that news copy brings:
// "may"/"March" are also other words, "sept" is also the number seven.
import { areAdjacent, getToken, isNum, isPunct, type Env } from "./env";
import { makeEpochDay, splitEpochDay } from "./calendar";
import type { DatePrecision, FigureValue } from "./types";

export type Found = { n: number; end: number };

export function readMonth(env: Env, j: number): Found | null {
  const { lex } = env;
  const t = getToken(env, j);
  if (!t || t.kind !== 0) return null;
  const full = lex.months.get(t.norm);
  if (full !== undefined && !(lex.capitalisedMonths.has(t.norm) && !t.cap)) return { n: full, end: j + 1 };
  const abbr = lex.monthAbbreviations.get(t.norm);
  if (abbr === undefined) return null;
  const dotToken = getToken(env, j + 1);
  const dot = isPunct(dotToken, ".") && areAdjacent(t, dotToken);
  if (dot) return { n: abbr, end: j + 2 };
  // "Oct 31", "23/Sep/2020": capitalised next to a number, where the language writes it so.
  const numberNear = isNum(getToken(env, j + 1)) || isNum(env.tokens[j - 1]) || isPunct(getToken(env, j + 1), "/", "-");
  return lex.abbreviationsWithoutDot && t.cap && numberNear ? { n: abbr, end: j + 1 } : null;
}

export function readWeekday(env: Env, j: number): Found | null {
  const { lex } = env;
  const t = getToken(env, j);
  if (!t || t.kind !== 0) return null;
  const full = lex.weekdays.get(t.norm);
  if (full !== undefined) return { n: full, end: j + 1 };
  const abbr = lex.weekdayAbbreviations.get(t.norm);
  if (abbr !== undefined && t.cap && isPunct(getToken(env, j + 1), ".")) return { n: abbr, end: j + 2 };
  return null;
}

/** A day of the month: "9", "1er", "27th", "27." where ordinals take a dot. */
export function readDayNumber(env: Env, j: number): Found | null {
  const t = getToken(env, j);
  if (!isNum(t) || t.norm.length > 2) return null;
  const n = Number(t.norm);
  if (n < 1 || n > 31) return null;
  const c = j > 0 ? env.text.charAt(t.start - 1) : " ";
  if (/[\p{L}\d)/.:_-]/u.test(c) && c !== "-") return null;
  const s = env.tokens[j + 1];
  if (s && s.kind === 0 && s.start === t.end) return env.lex.ordinalSuffixes.has(s.norm) ? { n, end: j + 2 } : null;
  if (env.lex.ordinalDot && isPunct(s, ".") && areAdjacent(t, s) && !isNum(env.tokens[j + 2])) return { n, end: j + 2 };
  return { n, end: j + 1 };
}

/** A year written in full, "1994", or after "," in "October 31, 2022". */
export function readYearNumber(env: Env, j: number, min = 1000): Found | null {
  const t = getToken(env, j);
  if (!isNum(t) || t.norm.length !== 4) return null;
  const n = Number(t.norm);
  if (n < min || n > 2100) return null;
  const after = env.tokens[j + 1];
  if (after && after.start === t.end && (after.kind === 0 || after.kind === 1)) return null;
  return { n, end: j + 1 };
}

export function makeDateValue(lo: number, hi: number, precision: DatePrecision, range = false): FigureValue {
  return {
    kind: range ? "date_range" : "date",
    lower: lo,
    lowerInclusive: true,
    upper: hi,
    upperInclusive: true,
    approximate: false,
    qualifier: null,
    unit: null,
    counted: null,
    countedKey: null,
    precision,
  };
}

export function makeDayValue(day: number): FigureValue {
  return makeDateValue(day, day, "day");
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return splitEpochDay(makeEpochDay(year, month, day)).day === day;
}
