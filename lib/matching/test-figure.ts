import { extractFigures } from "@/lib/figures";
import { nearestDay } from "./event-day";
import type { MatchFigure } from "./score";

/**
 * For tests: the figure `figure` of `sentence` as the extractor reads it, in an article of that day
 * and language, as match-article.ts hands it to the scorer (its story is `context`).
 */
export function readTestFigure(
  sentence: string,
  figure: string,
  lang: "en" | "fr",
  publishedAt: string,
  { context = sentence, entities = [] }: { context?: string; entities?: string[] } = {},
): MatchFigure {
  const all = extractFigures(sentence, { lang, publishedAt });
  const found = all.find((f) => f.text === figure);
  if (!found) throw new Error(`«${figure}» is not read in «${sentence}»`);
  return {
    value: found.value,
    sentence,
    near: { before: sentence.slice(0, found.start), after: sentence.slice(found.end) },
    when: nearestDay(all, found, sentence),
    context,
    language: lang,
    publishedAt,
    entities,
    contextEntities: [],
  };
}
