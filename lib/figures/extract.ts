// Every figure in an article, in one left-to-right pass over sentences: each recognizer looks at a
// bounded number of tokens, so the whole run is linear in the length of the text.
import { getTodayEpochDay, toEpochDay } from "./calendar";
import type { Locale } from "@/lib/i18n/locales";
import type { Env } from "./env";
import { settleCurrencies } from "./francs";
import { guessLang } from "./lang";
import { getLex } from "./locales";
import { makeSentenceYears } from "./sentence-year";
import { matchAt } from "./match";
import { splitSentences } from "./sentences";
import { makeTenseReader } from "./tense";
import { tokenize, type Token } from "./tokenize";
import type { ExtractedFigure, FigureContext } from "./types";

export function resolvePublicationDay(publishedAt: string | undefined): number {
  if (publishedAt) {
    try {
      return toEpochDay(publishedAt.slice(0, 10));
    } catch {
      // An unreadable date falls back to today, like a missing one.
    }
  }
  return getTodayEpochDay();
}

/** What the recognizers see of one sentence: its tokens, its language's lexicon, its tense and years. */
export function makeEnv(text: string, tokens: Token[], limit: number, lang: Locale | null, pub: number): Env {
  const lex = getLex(lang);
  const env: Env = {
    text,
    tokens,
    limit,
    lex,
    pub,
    tense: makeTenseReader(lex, text, tokens),
    sentenceYear: () => null,
    memo: [],
  };
  env.sentenceYear = makeSentenceYears(env);
  return env;
}

export function extractFigures(text: string, ctx: Omit<FigureContext, "sentence"> = {}): ExtractedFigure[] {
  const out: ExtractedFigure[] = [];
  const pub = resolvePublicationDay(ctx.publishedAt);
  // A sentence whose language cannot be told takes its neighbour's.
  let previous: Locale | null = ctx.lang ?? null;
  for (const [s, e] of splitSentences(text)) {
    const tokens = tokenize(text, s, e);
    const lang = ctx.lang ?? guessLang(tokens) ?? previous;
    previous = lang;
    const env = makeEnv(text, tokens, tokens.length, lang, pub);
    let i = 0;
    while (i < tokens.length) {
      const m = matchAt(env, i);
      if (!m) {
        i++;
        continue;
      }
      m.values.forEach((value, k) => {
        // Each date of an enumeration gets its own span, so spans stay unique.
        const [a, b] = m.parts?.[k] ?? [m.start, m.end];
        const first = tokens[a];
        const last = tokens[b - 1];
        if (!first || !last) return;
        out.push({
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          value,
          sentenceStart: s,
          sentenceEnd: e,
        });
      });
      i = Math.max(m.end, i + 1);
    }
  }
  settleCurrencies(text, out);
  return out;
}
