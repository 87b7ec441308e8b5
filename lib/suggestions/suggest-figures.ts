import { createOffsetIndex } from "@/lib/anchors/offsets";
import type { Tx } from "@/lib/db/write";
import { extractFigures } from "@/lib/figures";
import { isLocale } from "@/lib/i18n/locales";

/** Stores the figures found in an article as pending suggestions. */
export async function suggestFigures(
  tx: Tx,
  article: { id: string; text: string; language: string; publishedAt: string },
): Promise<number> {
  const figures = extractFigures(article.text, {
    lang: isLocale(article.language) ? article.language : undefined,
    publishedAt: article.publishedAt,
  });
  if (figures.length === 0) return 0;
  const index = createOffsetIndex(article.text);
  const { count } = await tx.suggestion.createMany({
    data: figures.map((f) => ({
      articleId: article.id,
      start: index.toCodePoint(f.start),
      end: index.toCodePoint(f.end),
      figure: f.text,
      value: f.value,
    })),
    skipDuplicates: true,
  });
  return count;
}
