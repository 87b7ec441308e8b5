// One pass over the text: words, digit runs and single punctuation marks, with their offsets.
import { foldPunct, foldWord, isDigitCode, isLetterCode, isSpaceCode } from "./text";

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;

export type Token = {
  start: number;
  end: number;
  kind: typeof WORD | typeof NUM | typeof PUNCT;
  /** Folded form: lower-case without accents for words, the digits for numbers, a canonical mark for punctuation. */
  norm: string;
  /** Word starting with an upper-case letter. */
  cap: boolean;
};

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isDigitCode(c)) {
      let j = i + 1;
      while (j < to && isDigitCode(text.charCodeAt(j))) j++;
      const digits = text.slice(i, j);
      tokens.push({ start: i, end: j, kind: NUM, norm: digits, cap: false });
      i = j;
      continue;
    }
    if (isLetterCode(c, text, i)) {
      let j = i + 1;
      while (j < to && isLetterCode(text.charCodeAt(j), text, j)) j++;
      const raw = text.slice(i, j);
      const first = raw.charAt(0);
      tokens.push({ start: i, end: j, kind: WORD, norm: foldWord(raw), cap: first !== first.toLowerCase() });
      i = j;
      continue;
    }
    // Surrogate pairs (emoji) stay one token so offsets never split a character.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    tokens.push({ start: i, end: i + width, kind: PUNCT, norm: foldPunct(text.slice(i, i + width)), cap: false });
    i += width;
  }
  return tokens;
}
