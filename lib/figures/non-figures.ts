// Numbers that are not figures: phone numbers, times of day, street numbers, references
// ("résolution 822", "article 5"), product and channel names ("France 24", "Boeing 737"),
// copyright years, URLs, e-mail addresses and hashtags.
import { areAdjacent, findGluedWord, isNum, isPunct, isWord, peekToken, type Env } from "./env";
import { isSpaceCode } from "./text";
import { findUrlEnd } from "./urls";
import { NUM, WORD, type Token } from "./tokenize";
import { toWordSet } from "./phrases";

const STREET_FR = toWordSet("rue avenue av boulevard bd place allee impasse quai chemin cours square passage");
const STREET_EN = toWordSet(
  "street st avenue ave road rd boulevard blvd lane ln drive dr way place pl square sq court ct terrace parkway pkwy",
);
const REFERENCE = toWordSet(
  "resolution resolutions article articles numero numeros page pages chapitre chapitres chapter chapters section " +
    "sections alinea paragraphe paragraph loi decret tome volume flight vol ligne autoroute highway protocole " +
    "amendement amendment decision",
);
const ABBREVIATED_REFERENCE = toWordSet("no n nr p pp art vol ch");
const TIME_PREPOSITIONS = toWordSet("a vers des avant apres jusqu at by around until");
// Capitalised words that may stand right before a number without naming it.
const CAPITALISED_OK = toWordSet(
  "plus moins pres environ entre quelque quelques au pas jusqu en le la les l des du de un une dans depuis " +
    "over about around some nearly almost more fewer less under up as at between from in on since the of by to " +
    "approximately roughly close upwards no an estimated et and ou or a ce cette cet ces dont selon after before " +
    "until during apres avant lors sur vers exactly exactement seulement only just usd eur gbp rub amd azn us",
);

/** Token index after a non-figure starting at the number token `j`, or `j` when it is a figure. */
export function findNonFigureEnd(env: Env, j: number): number {
  const t = env.tokens[j];
  if (!t || t.kind !== NUM) return j;
  return Math.max(
    findPhoneEnd(env, j),
    findTimeOfDayEnd(env, j),
    findStreetEnd(env, j),
    findReferenceEnd(env, j),
    findNamedEnd(env, j),
  );
}

function findPhoneEnd(env: Env, j: number): number {
  const groups: Token[] = [];
  const seps: string[] = [];
  let k = j;
  let lastIdx = -1;
  while (groups.length < 9) {
    const t = env.tokens[k];
    if (!isNum(t)) break;
    groups.push(t);
    lastIdx = k;
    const s = env.tokens[k + 1];
    const n = env.tokens[k + 2];
    if (s && isNum(s) && env.text.slice(t.end, s.start) === " ") {
      seps.push(" ");
      k += 1;
      continue;
    }
    if (s && isPunct(s, ".", "-") && areAdjacent(t, s) && isNum(n) && areAdjacent(s, n)) {
      seps.push(s.norm);
      k += 2;
      continue;
    }
    break;
  }
  if (groups.length < 2) return j;
  const end = lastIdx + 1;
  const digits = groups.reduce((n, g) => n + g.norm.length, 0);
  const plus = isPunct(peekToken(env, j - 1), "+") && areAdjacent(peekToken(env, j - 1), env.tokens[j]);
  if (plus && digits >= 7) return end;
  const thousands = groups.slice(1).every((g) => g.norm.length === 3) && (groups[0]?.norm.length ?? 9) <= 3;
  // "01 23 45 67 89", "06.12.34.56.78": pairs of digits after the first group.
  if (groups.length >= 4 && digits >= 8 && !thousands && groups.slice(1).every((g) => g.norm.length === 2)) return end;
  if (groups.length === 3 && seps.every((s) => s === "-") && groups.map((g) => g.norm.length).join() === "3,3,4") {
    return end;
  }
  return j;
}

function findTimeOfDayEnd(env: Env, j: number): number {
  const t = env.tokens[j] as Token;
  const v = Number(t.norm);
  if (t.norm.length > 2 || v > 24) return j;
  const glued = findGluedWord(env, j);
  const next = env.tokens[j + 1];
  if (glued && (glued.norm === "h" || glued.norm === "pm" || glued.norm === "am")) return findMinutesEnd(env, j + 2);
  if (isWord(next, "h")) return findMinutesEnd(env, j + 2);
  if (isPunct(next, ":") && areAdjacent(t, next)) {
    const m = env.tokens[j + 2];
    if (isNum(m) && m.norm.length === 2 && areAdjacent(next, m)) return j + 3;
  }
  if (isWord(next, "pm", "am")) return j + 2;
  if (isWord(next, "p", "a") && isPunct(env.tokens[j + 2], ".") && isWord(env.tokens[j + 3], "m")) {
    return isPunct(env.tokens[j + 4], ".") ? j + 5 : j + 4;
  }
  if (isWord(next, "o") && isPunct(env.tokens[j + 2], "'") && isWord(env.tokens[j + 3], "clock")) return j + 4;
  if (
    isWord(next, "heure", "heures") &&
    isWord(peekToken(env, j - 1)) &&
    TIME_PREPOSITIONS.has(peekToken(env, j - 1)!.norm)
  ) {
    return findMinutesEnd(env, j + 2);
  }
  return j;
}

/** "14h30", "14 h 30": the minutes after the hour. */
function findMinutesEnd(env: Env, k: number): number {
  const m = env.tokens[k];
  return isNum(m) && m.norm.length === 2 && m.start - (env.tokens[k - 1]?.end ?? 0) <= 1 ? k + 1 : k;
}

function findStreetEnd(env: Env, j: number): number {
  const t = env.tokens[j] as Token;
  if (t.norm.length > 5) return j;
  let k = j + 1;
  if (isWord(env.tokens[k], "bis", "ter")) k++;
  if (isPunct(env.tokens[k], ",")) k++;
  const w = env.tokens[k];
  if (isWord(w) && STREET_FR.has(w!.norm)) return k + 1;
  let caps = 0;
  while (caps < 4) {
    const c = env.tokens[k];
    if (!isWord(c) || !c!.cap) break;
    if (caps > 0 && STREET_EN.has(c!.norm))
      return isPunct(env.tokens[k + 1], ".") && c!.norm.length <= 4 ? k + 2 : k + 1;
    caps++;
    k++;
  }
  return j;
}

function findReferenceEnd(env: Env, j: number): number {
  const p1 = peekToken(env, j - 1);
  const p2 = peekToken(env, j - 2);
  const isRef =
    (isWord(p1) && REFERENCE.has(p1!.norm)) ||
    (isPunct(p1, ".", "°", "º") && isWord(p2) && ABBREVIATED_REFERENCE.has(p2!.norm)) ||
    (isWord(p1, "no", "nr", "n") && p1!.cap) ||
    isPunct(p1, "#", "№", "§");
  const copyright =
    isPunct(p1, "©") ||
    isWord(p1, "copyright") ||
    (isPunct(p1, ")") && isWord(p2, "c") && isPunct(peekToken(env, j - 3), "("));
  if (!isRef && !copyright) return j;
  // "résolutions 822, 853, 874 et 884": the whole list is references.
  let k = j + 1;
  while (k < env.tokens.length) {
    const sep = env.tokens[k];
    const n = env.tokens[k + 1];
    if ((isPunct(sep, ",", "&") || isWord(sep, "et", "and", "of", "sur")) && isNum(n)) k += 2;
    else break;
  }
  return k;
}

/** A number right after a capitalised name mid-sentence names a thing: "France 24", "Boeing 737", "Euro 2020". */
function findNamedEnd(env: Env, j: number): number {
  const p = peekToken(env, j - 1);
  if (!isWord(p) || !p!.cap || CAPITALISED_OK.has(p!.norm) || p!.end === env.tokens[j]!.start) return j;
  if (isCalendarWord(p!.norm)) return j;
  for (let k = j - 2; k >= Math.max(0, j - 6); k--) {
    const b = env.tokens[k];
    if (b && (b.kind === WORD || b.kind === NUM)) return findAttachedEnd(env, j);
  }
  return j;
}

/** The number and what is glued to it: "737-800", "3-2", "2/3". */
function findAttachedEnd(env: Env, j: number): number {
  let k = j + 1;
  while (
    k + 1 < env.tokens.length &&
    isPunct(env.tokens[k], "-", "/", ".") &&
    areAdjacent(env.tokens[k - 1], env.tokens[k])
  ) {
    const n = env.tokens[k + 1];
    if (!isNum(n) || !areAdjacent(env.tokens[k], n)) break;
    k += 2;
  }
  return k;
}

const CALENDAR = toWordSet(
  "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre janv fevr fev avr juil sept oct " +
    "nov dec january february march april may june july august september october november december jan feb mar apr " +
    "jun jul aug sep lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday " +
    "saturday sunday mon tue tues wed thu thurs fri sat sun",
);

export function isCalendarWord(norm: string): boolean {
  return CALENDAR.has(norm);
}

/**
 * Main-loop guard at token `i`: a URL, e-mail or hashtag chunk, or a phone number opened by "+" or "(".
 * Returns the token index to resume at, or -1.
 */
export function skipAt(env: Env, i: number): number {
  const t = env.tokens[i];
  if (!t) return -1;
  const text = env.text;
  // Only at the start of a space-delimited chunk, so each chunk is scanned once.
  if (t.start === 0 || isSpaceCode(text.charCodeAt(t.start - 1))) {
    const end = findUrlEnd(env, i);
    if (end > i) return end;
  }
  if (isPunct(t, "+") && isNum(env.tokens[i + 1]) && areAdjacent(t, env.tokens[i + 1])) {
    const end = findPhoneEnd(env, i + 1);
    return end > i + 1 ? end : -1;
  }
  if (isPunct(t, "(") && isNum(env.tokens[i + 1]) && isPunct(env.tokens[i + 2], ")")) {
    const area = env.tokens[i + 1] as Token;
    const rest = env.tokens[i + 3];
    if (area.norm.length === 3 && isNum(rest) && rest.norm.length === 3) {
      const dash = env.tokens[i + 4];
      const last = env.tokens[i + 5];
      if (isPunct(dash, "-", ".") && isNum(last) && last.norm.length === 4) return i + 6;
    }
  }
  return -1;
}
