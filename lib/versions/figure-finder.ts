import { extractFigures } from "@/lib/figures";
import type { FindFigures } from "./reanchor-claim";

/** The figures lib/figures reads in a text, as the re-anchoring needs them. */
export function figureFinder(article: { language: string; publishedAt: string }): FindFigures {
  const lang = article.language === "en" ? "en" : "fr";
  return (text) =>
    extractFigures(text, { lang, publishedAt: article.publishedAt }).map((f) => ({
      start: f.start,
      end: f.end,
      text: f.text,
    }));
}
