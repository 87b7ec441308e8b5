// Which language a sentence is in, from its function words; null when it cannot tell.
import type { Lang } from "./types";
import { toWordSet } from "./phrases";
import { WORD, type Token } from "./tokenize";

const FR = toWordSet(
  "le la les des du de et est sont une dans pour par sur au aux qui que ont ete avec selon ce cette ses leur ne pas " +
    "il elle ils se ou mais lors apres avant depuis plus environ entre morts personnes soldats pres moins",
);
const EN = toWordSet(
  "the of and to is are was were an for with by from that this at as it its have has had been be will said says " +
    "which who their they he she after before since than more over about between people troops killed least",
);

export function guessLang(tokens: Token[], from = 0, to = tokens.length): Lang | null {
  let fr = 0;
  let en = 0;
  for (let k = from; k < to && k < from + 400; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== WORD) continue;
    if (FR.has(t.norm)) fr++;
    else if (EN.has(t.norm)) en++;
  }
  if (fr === en) return null;
  return fr > en ? "fr" : "en";
}
