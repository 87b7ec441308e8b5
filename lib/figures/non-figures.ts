// Numbers that are not figures: phone numbers, times of day, street numbers, references
// ("résolution 822", "article 5"), product and channel names ("France 24", "Boeing 737"),
// copyright years, URLs, e-mail addresses and hashtags.
import {
  areAdjacent,
  findGluedWord,
  isIn,
  isNum,
  isPunct,
  isWord,
  memoize,
  peekToken,
  peekWord,
  type Env,
} from "./env";
import { matchTrie } from "./phrases";
import { isSpaceCode } from "./text";
import { findUrlEnd } from "./urls";
import { NUM, WORD, type Token } from "./tokenize";

/** Token index after a non-figure starting at the number token `j`, or `j` when it is a figure. */
export const findNonFigureEnd = memoize("findNonFigureEnd", findNonFigureEndAt);

function findNonFigureEndAt(env: Env, j: number): number {
  const t = env.tokens[j];
  if (!t || t.kind !== NUM) return j;
  return Math.max(
    findPhoneEnd(env, j),
    findTimeOfDayEnd(env, j),
    findStreetEnd(env, j),
    findReferenceEnd(env, j),
    findNamedEnd(env, j),
    findReadingTimeEnd(env, j),
    findFurnitureEnd(env, j),
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
  // "030 1234567": an area code with its leading zero, then the number.
  if ((groups[0]?.norm.charAt(0) ?? "") === "0" && (groups[0]?.norm.length ?? 0) >= 2 && digits >= 7) return end;
  const thousands = groups.slice(1).every((g) => g.norm.length === 3) && (groups[0]?.norm.length ?? 9) <= 3;
  // "01 23 45 67 89", "06.12.34.56.78": pairs of digits after the first group.
  if (groups.length >= 4 && digits >= 8 && !thousands && groups.slice(1).every((g) => g.norm.length === 2)) return end;
  if (groups.length === 3 && seps.every((s) => s === "-") && groups.map((g) => g.norm.length).join() === "3,3,4") {
    return end;
  }
  return j;
}

function findTimeOfDayEnd(env: Env, j: number): number {
  const { lex } = env;
  const t = env.tokens[j] as Token;
  const v = Number(t.norm);
  if (t.norm.length > 2 || v > 24) return j;
  const glued = findGluedWord(env, j);
  const next = env.tokens[j + 1];
  if (glued && lex.clockWords.has(glued.norm)) return findMinutesEnd(env, j + 2);
  if (isIn(next, lex.clockWords)) return findMinutesEnd(env, j + 2);
  if (isPunct(next, ":", ".") && areAdjacent(t, next)) {
    const m = env.tokens[j + 2];
    const minutes = isNum(m) && m.norm.length === 2 && areAdjacent(next, m);
    // "10:30"; "14.30 Uhr" only with its clock word, since "14.30" may be a decimal.
    if (minutes && next?.norm === ":") return j + 3;
    if (minutes && isIn(env.tokens[j + 3], lex.clockWords)) return j + 4;
  }
  const phrase = matchTrie(lex.clockPhrases, env.tokens, j + 1, env.tokens.length);
  if (phrase) return phrase.end;
  const prep = peekToken(env, j - 1);
  if (isIn(next, lex.clockWordsAfterPreposition) && prep && peekWord(env, lex.timePrepositions, j - 1) === j) {
    return findMinutesEnd(env, j + 2);
  }
  if (
    isPunct(prep, "'") &&
    peekWord(env, lex.timePrepositions, j - 2) === j &&
    isIn(next, lex.clockWordsAfterPreposition)
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
  const { lex } = env;
  const t = env.tokens[j] as Token;
  if (t.norm.length > 5) return j;
  let k = j + 1;
  if (isIn(env.tokens[k], lex.streetNumberSuffixes)) k++;
  if (isPunct(env.tokens[k], ",")) k++;
  if (isIn(env.tokens[k], lex.streetWordsAfter)) return k + 1;
  let caps = 0;
  while (caps < 4) {
    const c = env.tokens[k];
    if (!isWord(c) || !c.cap) break;
    if (caps > 0 && lex.streetWordsLast.has(c.norm))
      return isPunct(env.tokens[k + 1], ".") && c.norm.length <= 4 ? k + 2 : k + 1;
    caps++;
    k++;
  }
  return j;
}

function findReferenceEnd(env: Env, j: number): number {
  const { lex } = env;
  const p1 = peekToken(env, j - 1);
  const p2 = peekToken(env, j - 2);
  const abbreviated = (w: Token | undefined): boolean => isIn(w, lex.abbreviatedReferences);
  const isRef =
    isIn(p1, lex.references) ||
    (isPunct(p1, ".", "°", "º") && abbreviated(p2)) ||
    (abbreviated(p1) && !!p1 && p1.cap) ||
    isPunct(p1, "#", "№", "§", "©") ||
    (isPunct(p1, ")") && isWord(p2) && p2.norm === "c" && isPunct(peekToken(env, j - 3), "("));
  if (!isRef) return j;
  // "résolutions 822, 853, 874 et 884", "photo 3 sur 12": the whole list is references.
  let k = j + 1;
  while (k < env.tokens.length) {
    const sep = env.tokens[k];
    const after = isPunct(sep, ",", "&", "/")
      ? k + 1
      : Math.max(
          peekWord(env, lex.listWords, k),
          peekWord(env, lex.ofWords, k),
          matchTrie(lex.ratioWords, env.tokens, k, env.tokens.length)?.end ?? -1,
        );
    if (after > k && isNum(env.tokens[after])) k = after + 1;
    else break;
  }
  return k;
}

/** A number right after a capitalised name mid-sentence names a thing: "France 24", "Boeing 737", "Euro 2020". */
function findNamedEnd(env: Env, j: number): number {
  const p = peekToken(env, j - 1);
  const { lex } = env;
  if (!isWord(p) || !p.cap || p.end === env.tokens[j]?.start) return j;
  if (lex.capitalisedOk.has(p.norm) || lex.calendarWords.has(p.norm) || lex.pre.next.has(p.norm)) return j;
  // Where every noun takes a capital, "die Behörden 45 Tote" counts what follows: a name is not followed by a noun.
  if (lex.capitalisedNouns) {
    const after = env.tokens[findAttachedEnd(env, j)];
    if (isWord(after) && after.cap) return j;
  }
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

/** "1 min read", "Lecture : 4 min", "Lesezeit: 3 Min.": a reading time is page furniture. */
function findReadingTimeEnd(env: Env, j: number): number {
  const { lex } = env;
  const unit = matchTrie(lex.timeUnits, env.tokens, j + 1, env.tokens.length);
  if (!unit || unit.value !== "minute") return j;
  const end = isPunct(env.tokens[unit.end], ".") ? unit.end + 1 : unit.end;
  for (let k = unit.end; k < Math.min(env.tokens.length, unit.end + 3); k++)
    if (isIn(env.tokens[k], lex.readingTimeWords)) return end;
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) if (isIn(env.tokens[k], lex.readingTimeWords)) return end;
  return j;
}

/** On a line of a few words, "23 comments", "345 partages", "Share 1.2K" count page furniture. */
function findFurnitureEnd(env: Env, j: number): number {
  if (countWords(env, 0) > 4) return j;
  const near = [j - 1, j + 1, j + 2];
  return near.some((k) => isIn(env.tokens[k], env.lex.furnitureNouns)) ? findChunkEnd(env, j) : j;
}

/** Words in the sentence, up to five. */
const countWords = memoize("countWords", (env: Env): number => {
  let words = 0;
  for (const t of env.tokens) if (t.kind === WORD && ++words > 4) break;
  return words;
});

/** Token index after the run of tokens glued to token `j` ("1.2K"). */
function findChunkEnd(env: Env, j: number): number {
  let k = j + 1;
  while (k < env.tokens.length && areAdjacent(env.tokens[k - 1], env.tokens[k])) k++;
  return k;
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
