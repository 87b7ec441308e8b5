// Month and weekday names, French and English, with the ambiguities that news copy brings:
// "mai"/"May" and "mars"/"March" are also other words, "sept" is also the number seven.
import { isNum, isPunct, isLang, getToken, type Env } from "./env";
import { makeEpochDay, splitEpochDay } from "./calendar";
import type { DatePrecision, FigureValue } from "./types";

type Name = { n: number; lang: "fr" | "en"; abbr?: boolean };

const MONTHS = new Map<string, Name>();
"janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"
  .split(" ")
  .forEach((w, k) => MONTHS.set(w, { n: k + 1, lang: "fr" }));
"january february march april may june july august september october november december"
  .split(" ")
  .forEach((w, k) => MONTHS.set(w, { n: k + 1, lang: "en" }));
const FR_ABBR: [string, number][] = [
  ["janv", 1],
  ["fevr", 2],
  ["fev", 2],
  ["avr", 4],
  ["juil", 7],
  ["sept", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
];
const EN_ABBR: [string, number][] = [
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
];
const FR_ABBRS = new Map(FR_ABBR);
const EN_ABBRS = new Map(EN_ABBR);

const WEEKDAYS = new Map<string, Name>();
"lundi mardi mercredi jeudi vendredi samedi dimanche"
  .split(" ")
  .forEach((w, k) => WEEKDAYS.set(w, { n: k + 1, lang: "fr" }));
"monday tuesday wednesday thursday friday saturday sunday"
  .split(" ")
  .forEach((w, k) => WEEKDAYS.set(w, { n: k + 1, lang: "en" }));
const WEEKDAY_ABBR = new Map<string, number>([
  ["mon", 1],
  ["tue", 2],
  ["tues", 2],
  ["wed", 3],
  ["thu", 4],
  ["thur", 4],
  ["thurs", 4],
  ["fri", 5],
  ["sat", 6],
  ["sun", 7],
]);

export type Found = { n: number; end: number };

export function readMonth(env: Env, j: number): Found | null {
  const t = getToken(env, j);
  if (!t || t.kind !== 0) return null;
  const full = MONTHS.get(t.norm);
  if (full && isLang(env, full.lang)) {
    // English "may" and "march" are verbs unless capitalised.
    if (full.lang === "en" && (t.norm === "may" || t.norm === "march") && !t.cap) return null;
    return { n: full.n, end: j + 1 };
  }
  const dot = isPunct(getToken(env, j + 1), ".");
  const numberNear = isNum(getToken(env, j + 1)) || isNum(env.tokens[j - 1]);
  const fr = isLang(env, "fr") ? FR_ABBRS.get(t.norm) : undefined;
  if (fr !== undefined && dot) return { n: fr, end: j + 2 };
  const en = isLang(env, "en") ? EN_ABBRS.get(t.norm) : undefined;
  if (en !== undefined && (dot || numberNear) && (t.cap || dot)) return { n: en, end: dot ? j + 2 : j + 1 };
  return null;
}

export function readWeekday(env: Env, j: number): Found | null {
  const t = getToken(env, j);
  if (!t || t.kind !== 0) return null;
  const full = WEEKDAYS.get(t.norm);
  if (full && isLang(env, full.lang)) return { n: full.n, end: j + 1 };
  const abbr = WEEKDAY_ABBR.get(t.norm);
  if (abbr !== undefined && t.cap && isLang(env, "en") && isPunct(getToken(env, j + 1), "."))
    return { n: abbr, end: j + 2 };
  return null;
}

/** A day of the month: "9", "1er", "27th". */
export function readDayNumber(env: Env, j: number): Found | null {
  const t = getToken(env, j);
  if (!isNum(t) || t.norm.length > 2) return null;
  const n = Number(t.norm);
  if (n < 1 || n > 31) return null;
  const c = j > 0 ? env.text.charAt(t.start - 1) : " ";
  if (/[\p{L}\d)/.:_-]/u.test(c) && c !== "-") return null;
  const s = env.tokens[j + 1];
  if (s && s.kind === 0 && s.start === t.end) {
    return ["er", "re", "st", "nd", "rd", "th", "e"].includes(s.norm) ? { n, end: j + 2 } : null;
  }
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

export const CALENDAR_STARTS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...FR_ABBRS.keys(),
  ...EN_ABBRS.keys(),
  ...WEEKDAYS.keys(),
  ...WEEKDAY_ABBR.keys(),
]);
