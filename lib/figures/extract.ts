// Every figure in an article, in one left-to-right pass over sentences: each recognizer looks at a
// bounded number of tokens, so the whole run is linear in the length of the text.
import { getTodayEpochDay, toEpochDay } from "./calendar";
import type { Env, ReadLang } from "./env";
import { guessLang } from "./lang";
import { matchAt } from "./match";
import { splitSentences } from "./sentences";
import { makeTenseReader } from "./tense";
import { tokenize } from "./tokenize";
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

export function extractFigures(text: string, ctx: Omit<FigureContext, "sentence"> = {}): ExtractedFigure[] {
  const out: ExtractedFigure[] = [];
  const pub = resolvePublicationDay(ctx.publishedAt);
  let previous: ReadLang = ctx.lang ?? "any";
  for (const [s, e] of splitSentences(text)) {
    const tokens = tokenize(text, s, e);
    const lang: ReadLang = ctx.lang ?? guessLang(tokens) ?? previous;
    previous = lang;
    const env: Env = {
      text,
      tokens,
      limit: tokens.length,
      lang,
      pub,
      tense: makeTenseReader(text, tokens),
    };
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
  return out;
}
