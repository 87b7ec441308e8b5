import { toSuggestionView, type SuggestionView } from "./suggestion-view";
import { db } from "@/lib/db/client";
import { createSentenceIndex } from "./sentence-index";

/** A page of an article's pending suggestions in text order, each with its sentence. */
export async function listSuggestions(
  articleId: string,
  options: { offset: number; limit: number },
): Promise<{ rows: SuggestionView[]; total: number } | null> {
  const article = await db().article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { text: true },
  });
  if (!article) return null;
  const where = { articleId, status: "pending" };
  const [rows, total] = await Promise.all([
    db().suggestion.findMany({ where, orderBy: { start: "asc" }, skip: options.offset, take: options.limit }),
    db().suggestion.count({ where }),
  ]);
  const sentences = createSentenceIndex(article.text);
  return { rows: rows.map((s) => toSuggestionView(s, sentences)), total };
}
