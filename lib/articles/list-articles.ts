import { sql } from "@/lib/db/client";
import type { HighlightPart } from "@/lib/search/highlight";
import { searchArticles } from "@/lib/search/search-articles";

export type ArticleRow = {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string;
  language: string;
  claims: number;
  pendingSuggestions: number;
  /** With a search: the title with its hits marked, and a snippet of the text around the first hit. */
  match?: { title: HighlightPart[]; snippet: { parts: HighlightPart[]; before: boolean; after: boolean } };
};

export const ARTICLES_PAGE_SIZE = 50;

/**
 * Articles newest first or, with a search, best match first (lib/search: words
 * of the title, outlet and text in each article's language, accents and case
 * folded, or a part of the title or outlet's name).
 */
export async function listArticles(options: { q?: string; page?: number } = {}) {
  const q = options.q?.trim() || null;
  const page = options.page ?? 1;
  if (q) {
    const found = await searchArticles(q, { page, pageSize: ARTICLES_PAGE_SIZE });
    return {
      rows: found.rows.map((r): ArticleRow => ({
        id: r.id,
        title: r.title.map((p) => p.text).join(""),
        outlet: r.outlet,
        publishedAt: r.publishedAt,
        language: r.language,
        claims: r.claims,
        pendingSuggestions: r.pendingSuggestions,
        match: { title: r.title, snippet: r.snippet },
      })),
      total: found.total,
      page,
    };
  }
  // Newest first through the partial index on live articles; the total is
  // counted on its own (an index-only count), not once per row.
  const [rows, [count]] = await Promise.all([
    sql()<ArticleRow[]>`
      SELECT a.id, a.title, o.name AS outlet, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.language,
        (SELECT count(*)::int FROM claims c WHERE c.article_id = a.id AND c.deleted_at IS NULL) AS claims,
        (SELECT count(*)::int FROM suggestions s WHERE s.article_id = a.id AND s.status = 'pending') AS "pendingSuggestions"
      FROM articles a JOIN outlets o ON o.id = a.outlet_id
      WHERE a.deleted_at IS NULL
      ORDER BY a.published_at DESC, a.created_at DESC
      LIMIT ${ARTICLES_PAGE_SIZE} OFFSET ${(page - 1) * ARTICLES_PAGE_SIZE}`,
    sql()<{ total: number }[]>`SELECT count(*)::int AS total FROM articles WHERE deleted_at IS NULL`,
  ]);
  return { rows: [...rows], total: count?.total ?? 0, page };
}
