// Is the clause about the future? Decides which "lundi", "le 23 octobre" or "en décembre" is meant.
// The verb nearest to the date decides ("a indiqué lundi que … la mise en place prochaine" is past);
// without one within a few words, any marker in the sentence does.
import type { Tense } from "./env";
import { toWordSet } from "./phrases";
import { WORD, type Token } from "./tokenize";

const FUTURE = toWordSet(
  "sera seront aura auront va vont doit doivent devra devront devrait devraient pourrait pourraient prevu prevue " +
    "prevus prevues programme programmee attendu attendue demain will shall going due scheduled expected planned " +
    "plans upcoming tomorrow could might",
);
const PAST = toWordSet(
  "a ont avait avaient etait etaient fut furent eut eurent ete hier was were had did ago yesterday said says",
);
// Words ending like a French future tense ("durera", "reprendra", "rencontreront") that are not verbs.
const NOT_FUTURE = toWordSet("opera camera sierra terra madeira elvira");
const FRENCH_FUTURE = /^[a-z]{2,}(?:era|ira|dra|rra|eront|iront|dront|rront)$/;
const REACH = 8;

function classify(text: string, tokens: Token[], k: number): Tense {
  const t = tokens[k];
  if (!t || t.kind !== WORD) return "unknown";
  if (FUTURE.has(t.norm)) return "future";
  if (t.norm === "ll" && tokens[k - 1]?.norm === "'") return "future";
  if (FRENCH_FUTURE.test(t.norm) && !NOT_FUTURE.has(t.norm)) return "future";
  // "a" (has) is a past auxiliary, "à" (to) is not: folding erased the accent, the text has it.
  if (PAST.has(t.norm) && (t.norm !== "a" || text.charAt(t.start) !== "à")) return "past";
  return "unknown";
}

function detectSentenceTense(text: string, tokens: Token[]): Tense {
  let past = false;
  for (let k = 0; k < tokens.length; k++) {
    const tense = classify(text, tokens, k);
    if (tense === "future") return "future";
    if (tense === "past") past = true;
  }
  return past ? "past" : "unknown";
}

/**
 * The tense at token `at`: the nearest marker within a few words, else the sentence's.
 * The sentence is read at most once, however many dates it holds.
 */
export function makeTenseReader(text: string, tokens: Token[]): (at: number) => Tense {
  let sentence: Tense | undefined;
  return (at: number): Tense => {
    for (let d = 1; d <= REACH; d++) {
      const before = classify(text, tokens, at - d);
      if (before !== "unknown") return before;
      const after = classify(text, tokens, at + d);
      if (after !== "unknown") return after;
    }
    sentence ??= detectSentenceTense(text, tokens);
    return sentence;
  };
}
