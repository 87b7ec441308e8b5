// Numbers written in words, from the lexicon's number words: "quatre-vingt-dix-sept", "six mille cinq cents",
// "vingt et un", "one thousand two hundred and fifty", "a hundred", "half a million", "einundzwanzig".
import { getToken, isPunct, isWord, readWord, type Env } from "./env";
import type { Lex, NumberEntry } from "./locales/compile";
import { NUM, type Token } from "./tokenize";

export type WordNumber = {
  value: number;
  end: number;
  words: number;
  /** The only word read, for "un"/"one"/"deux" that need a noun to count as a figure. */
  single: string | null;
};

type State = { total: number; group: number; lastScale: number; last: NumberEntry | null };

function accept(s: State, e: NumberEntry): boolean {
  const r = s.group % 100;
  switch (e.role) {
    case "unit":
      if (r === 0 || (r >= 20 && r % 10 === 0) || (r === 10 && e.value >= 7)) {
        s.group += e.value;
        return s.last?.role !== "unit";
      }
      return false;
    case "ten":
    case "teen":
      if (r === 0 || r === 60 || r === 80) {
        s.group += e.value;
        return true;
      }
      return false;
    case "tens":
      // "quatre-vingt(s)": four twenties.
      if (e.value === 20 && r === 4 && s.last?.value === 4) {
        s.group += 76;
        return true;
      }
      if (r !== 0) return false;
      s.group += e.value;
      return true;
    case "hundred":
      if (s.group >= 100) return false;
      s.group = (s.group || 1) * 100;
      return true;
    case "thousand":
      if (s.lastScale <= 1000) return false;
      s.total += (s.group || 1) * 1000;
      s.group = 0;
      s.lastScale = 1000;
      return true;
    case "scale":
      if (e.value >= s.lastScale) return false;
      s.total += (s.group || 1) * e.value;
      s.group = 0;
      s.lastScale = e.value;
      return true;
  }
}

function isMultiplierHead(t: Token | undefined, lex: Lex): boolean {
  const e = t ? lex.numberWords.get(t.norm) : undefined;
  return !!e && (e.role === "hundred" || e.role === "thousand" || e.role === "scale");
}

/** "einundzwanzig", "zweitausendfünfhundert": one word made of number words, read like several. */
export function splitCompound(lex: Lex, word: string): NumberEntry[] | null {
  const parts: NumberEntry[] = [];
  let k = 0;
  let swapped = false;
  while (k < word.length) {
    let found = 0;
    let entry: NumberEntry | undefined;
    for (let len = Math.min(word.length - k, 12); len >= 2; len--) {
      const piece = word.slice(k, k + len);
      const e = lex.numberWords.get(piece);
      if (e) {
        [found, entry] = [len, e];
        break;
      }
      const joiner = lex.joiners.get(piece);
      if (joiner?.unitFirst && parts.length > 0) {
        [found, entry] = [len, undefined];
        swapped = true;
        break;
      }
    }
    if (!found) return null;
    if (entry) {
      const prev = parts[parts.length - 1];
      // "ein-und-zwanzig": the unit comes before the tens.
      if (swapped && prev?.role === "unit" && entry.role === "tens") parts.splice(parts.length - 1, 1, entry, prev);
      else parts.push(entry);
      swapped = false;
    }
    k += found;
  }
  return parts.length > 1 ? parts : null;
}

export function readNumberWords(env: Env, i: number): WordNumber | null {
  const lex = env.lex;
  const s: State = { total: 0, group: 0, lastScale: Infinity, last: null };
  let j = i;
  let words = 0;
  let end = i;
  let single: string | null = null;
  let half = false;
  const first = getToken(env, i);
  // "a hundred", "half a million"; "an estimated" is not a number.
  const articleEnd = (k: number): number => readWord(env, lex.articles, k);
  if (
    first &&
    lex.halfBefore.has(first.norm) &&
    articleEnd(i + 1) > 0 &&
    isMultiplierHead(getToken(env, articleEnd(i + 1)), lex)
  ) {
    half = true;
    j = articleEnd(i + 1);
    s.group = 1;
    s.last = { value: 1, role: "unit" };
  } else if (
    articleEnd(i) > 0 &&
    isMultiplierHead(getToken(env, articleEnd(i)), lex) &&
    !lex.numberWords.has(first?.norm ?? "")
  ) {
    j = articleEnd(i);
    s.group = 1;
    s.last = { value: 1, role: "unit" };
  }
  for (;;) {
    const t = getToken(env, j);
    if (!t) break;
    if (words > 0 || j > i) {
      if (isPunct(t, "-")) {
        const n = getToken(env, j + 1);
        if (n && lex.numberWords.has(n.norm)) {
          j++;
          continue;
        }
        break;
      }
      const joiner = isWord(t) ? lex.joiners.get(t.norm) : undefined;
      if (joiner) {
        const n = getToken(env, j + 1);
        const e = n ? lex.numberWords.get(n.norm) : undefined;
        if (!e || !accept({ ...s }, e) || (joiner.onlyBefore && !joiner.onlyBefore.has(e.value))) break;
        j++;
        continue;
      }
    }
    const entries = isWord(t) ? readEntries(lex, t.norm) : null;
    if (!entries) break;
    const before = { ...s };
    if (!entries.every((e) => accept(s, e) && ((s.last = e), true))) {
      Object.assign(s, before);
      break;
    }
    words += entries.length;
    single = words === 1 ? t.norm : null;
    j++;
    end = j;
  }
  if (words === 0) return null;
  const value = (s.total + s.group) * (half ? 0.5 : 1);
  return { value, end, words, single: half || end - i > 1 ? null : single };
}

function readEntries(lex: Lex, norm: string): NumberEntry[] | null {
  const e = lex.numberWords.get(norm);
  if (e) return [e];
  return lex.compoundNumbers ? splitCompound(lex, norm) : null;
}

/** First words a number in words can start with, so the matcher can skip other words cheaply. */
export function listNumberWordStarts(lex: Lex): string[] {
  return [...lex.numberWords.keys(), ...[...lex.halfBefore]];
}

/**
 * Where an indefinite article is the number one (the lexicon's countingArticle): after "dont"
 * ("six morts, dont un enfant"), before "seul(e)" ("une seule personne", read with it), or next to
 * another count over a comma or "et" ("un mort et deux blessés", "deux morts et un blessé"). The
 * token after the figure (past "seul(e)"), or -1 when the article is only an article. The caller
 * still wants a counted noun after it.
 */
export function readCountingArticle(env: Env, start: number, end: number): number {
  const { after, alone, joiners } = env.lex.countingArticle;
  const at = (k: number) => (k >= 0 ? env.tokens[k] : undefined);
  const next = getToken(env, end);
  if (isWord(next) && alone.has(next.norm)) return end + 1;
  const prev = at(start - 1);
  if (isWord(prev) && after.has(prev.norm)) return end;
  const joins = (t: Token | undefined) => isPunct(t, ",") || (isWord(t) && joiners.has(t.norm));
  const counts = (t: Token | undefined) => !!t && (t.kind === NUM || (isWord(t) && env.lex.numberWords.has(t.norm)));
  const noun = (t: Token | undefined) => isWord(t) && !env.lex.numberWords.has(t.norm) && !joiners.has(t.norm);
  if (joiners.size === 0) return -1;
  // "un mort et deux blessés", "un mort, trois blessés": its noun, then a joiner and another count.
  if (noun(at(end)) && joins(at(end + 1)) && counts(at(end + 2))) return end;
  // "deux morts et un blessé", "11 morts, un disparu": another count and its noun, then a joiner.
  if (joins(prev) && noun(at(start - 2)) && counts(at(start - 3))) return end;
  return -1;
}
