// Which language a sentence is in, from the neutral function words of each lexicon (articles,
// prepositions, auxiliaries): never from topic words. Null when it cannot tell.
// A trigram detector (franc-min) was tried: it needs more text than a sentence of news copy
// ("At least 99 soldiers were killed." reads as German) and would add 110 KB to the browser.
import { LEXICONS } from "./locales";
import { makeNormSet } from "./locales/word-set";
import type { Locale } from "@/lib/i18n/locales";
import { WORD, type Token } from "./tokenize";

const FUNCTION_WORDS = (Object.keys(LEXICONS) as Locale[]).map(
  (locale) => [locale, makeNormSet([LEXICONS[locale].functionWords])] as const,
);

export function guessLang(tokens: readonly Token[], from = 0, to = tokens.length): Locale | null {
  const counts = FUNCTION_WORDS.map(() => 0);
  for (let k = from; k < to && k < from + 400; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== WORD) continue;
    FUNCTION_WORDS.forEach(([, set], n) => {
      if (set.has(t.norm)) counts[n] = (counts[n] ?? 0) + 1;
    });
  }
  let best = -1;
  let tie = false;
  counts.forEach((c, n) => {
    if (c === 0) return;
    if (best < 0 || c > (counts[best] ?? 0)) [best, tie] = [n, false];
    else if (c === counts[best]) tie = true;
  });
  return best < 0 || tie ? null : (FUNCTION_WORDS[best]?.[0] ?? null);
}
