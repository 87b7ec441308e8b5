// Which language a sentence is in, from the neutral function words of each lexicon (articles,
// prepositions, auxiliaries): never from topic words. Null when it cannot tell.
// A trigram detector (franc-min) was tried: it needs more text than a sentence of news copy
// ("At least 99 soldiers were killed." reads as German) and would add 110 KB to the browser.
import { LEXICONS } from "./locales";
import { makeNormSet } from "./locales/word-set";
import type { Locale } from "@/lib/i18n/locales";
import { WORD, type Token } from "./tokenize";

const LOCALES = Object.keys(LEXICONS) as Locale[];

/** Each function word with the languages it belongs to, as a bit mask over LOCALES. */
const FUNCTION_WORDS = new Map<string, number>();
LOCALES.forEach((locale, n) => {
  for (const w of makeNormSet([LEXICONS[locale].functionWords]))
    FUNCTION_WORDS.set(w, (FUNCTION_WORDS.get(w) ?? 0) | (1 << n));
});

export function guessLang(tokens: readonly Token[], from = 0, to = tokens.length): Locale | null {
  const counts = LOCALES.map(() => 0);
  for (let k = from; k < to && k < from + 400; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== WORD) continue;
    const mask = FUNCTION_WORDS.get(t.norm);
    if (!mask) continue;
    for (let n = 0; n < counts.length; n++) if (mask & (1 << n)) counts[n] = (counts[n] ?? 0) + 1;
  }
  let best = -1;
  let tie = false;
  counts.forEach((c, n) => {
    if (c === 0) return;
    if (best < 0 || c > (counts[best] ?? 0)) [best, tie] = [n, false];
    else if (c === counts[best]) tie = true;
  });
  return best < 0 || tie ? null : (LOCALES[best] ?? null);
}
