// A list of single words from a lexicon, looked up on the tokens of a sentence.
// Entries ending with an apostrophe are elisions ("d'", "l'", "jusqu'"): the word and its apostrophe.
// "As written" lists keep their accents: the French "à" is a range word, "a" (has) is not.
import { foldWord } from "../text";
import { tokenize, WORD, type Token } from "../tokenize";

export type WordSet = {
  /** The folded word is in the list (elisions included without their apostrophe). */
  has: (norm: string) => boolean;
  /** Token index after the word starting at `j` (with its apostrophe for an elision), or -1. */
  at: (text: string, tokens: readonly Token[], j: number) => number;
  /** Every folded word of the list. */
  readonly words: readonly string[];
};

export function makeWordSet(lists: readonly string[], asWritten = false): WordSet {
  const plain = new Set<string>();
  const elided = new Set<string>();
  const written = new Map<string, Set<string>>();
  for (const list of lists) {
    for (const entry of list.split(/\s+/)) {
      if (!entry) continue;
      const elision = entry.endsWith("'") || entry.endsWith("\u2019");
      const word = elision ? entry.slice(0, -1) : entry;
      const norm = tokenize(word)
        .map((t) => t.norm)
        .join("");
      (elision ? elided : plain).add(norm);
      if (asWritten) {
        const forms = written.get(norm) ?? new Set<string>();
        forms.add(word.toLowerCase());
        written.set(norm, forms);
      }
    }
  }
  const isWritten = (text: string, t: Token): boolean => {
    const forms = written.get(t.norm);
    return !forms || forms.has(text.slice(t.start, t.end).toLowerCase());
  };
  return {
    has: (norm) => plain.has(norm) || elided.has(norm),
    at: (text, tokens, j) => {
      const t = tokens[j];
      if (!t || t.kind !== WORD) return -1;
      if (asWritten && !isWritten(text, t)) return -1;
      if (plain.has(t.norm)) return j + 1;
      if (elided.has(t.norm) && tokens[j + 1]?.norm === "'" && tokens[j + 1]?.start === t.end) return j + 2;
      return -1;
    },
    words: [...plain, ...elided],
  };
}

/** Folded single words, for lists only ever looked up by a token's norm. */
export function makeNormSet(lists: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const list of lists) for (const w of list.split(/\s+/)) if (w) out.add(foldWord(w.replace(/['\u2019]$/, "")));
  return out;
}
