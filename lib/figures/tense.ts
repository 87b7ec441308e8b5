// Is the clause about the future? Decides which "lundi", "le 23 octobre" or "en décembre" is meant.
// The marker nearest to the date decides ("a déclaré lundi que … la signature prochaine" is past;
// "agreed to hold a meeting on Wednesday" is future: the intention is nearer than the past tense);
// without one within a few words, any marker in the sentence does.
import type { Tense } from "./env";
import type { Lex } from "./locales";
import { WORD, type Token } from "./tokenize";

const REACH = 8;

/** "entré", "arrivées", "morts" after "est" or "sont"; what is planned ("est prévu") is the future's. */
function isParticiple(lex: Lex, text: string, t: Token | undefined): boolean {
  if (!t || t.kind !== WORD || lex.futureWords.has(t.norm)) return false;
  if (lex.auxiliaryParticiples.has(t.norm)) return true;
  const written = text.slice(t.start, t.end).toLowerCase();
  return lex.auxiliaryParticipleEndings.some((e) => written.endsWith(e));
}

function classify(lex: Lex, text: string, tokens: Token[], k: number): Tense {
  const t = tokens[k];
  if (!t || t.kind !== WORD) return "unknown";
  if (lex.futureWords.has(t.norm)) return "future";
  // "agreed to", "convenu de", "s'engage à": what is agreed or promised is still to come.
  if (lex.intentionLinks.at(text, tokens, k) > k && lex.intentionVerbs.has(tokens[k - 1]?.norm ?? "")) return "intent";
  if (!lex.notFuture.has(t.norm) && t.norm.length >= 5 && lex.futureEndings.some((e) => t.norm.endsWith(e)))
    return "future";
  if (lex.pastWords.has(t.norm) || lex.pastAsWritten.at(text, tokens, k) > k) return "past";
  if (t.norm.length >= 5 && !lex.notPast.has(t.norm) && lex.pastEndings.some((e) => t.norm.endsWith(e))) return "past";
  if (lex.pastAuxiliaries.has(t.norm) && isParticiple(lex, text, tokens[k + 1])) return "past";
  return "unknown";
}

function detectSentenceTense(lex: Lex, text: string, tokens: Token[]): Tense {
  let past = false;
  for (let k = 0; k < tokens.length; k++) {
    const tense = classify(lex, text, tokens, k);
    if (tense === "future" || tense === "intent") return tense;
    if (tense === "past") past = true;
  }
  return past ? "past" : "unknown";
}

/**
 * The tense at token `at`: the nearest marker within a few words, else the sentence's (a dated day
 * asks only for the first: "Russia will deploy … under the deal signed on Nov. 9" is a past 9 November).
 * The sentence is read at most once, however many dates it holds.
 */
export function makeTenseReader(lex: Lex, text: string, tokens: Token[]): (at: number) => Tense {
  let sentence: Tense | undefined;
  return (at: number, local = false): Tense => {
    for (let d = 1; d <= REACH; d++) {
      const before = classify(lex, text, tokens, at - d);
      if (before !== "unknown") return before;
      const after = classify(lex, text, tokens, at + d);
      if (after !== "unknown") return after;
    }
    if (local) return "unknown";
    sentence ??= detectSentenceTense(lex, text, tokens);
    return sentence;
  };
}
