import { sql } from "@/lib/db/client";

export type ArticleRow = {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string;
  language: string;
  claims: number;
  pendingSuggestions: number;
};

export const ARTICLES_PAGE_SIZE = 50;

/** Escapes LIKE wildcards so that user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Articles newest first, optionally filtered by a search over title, outlet and
 * text. Any text is safe: it goes in as a parameter, and websearch_to_tsquery
 * accepts any input without syntax errors.
 */
export async function listArticles(options: { q?: string; page?: number } = {}) {
  const q = options.q?.trim() || null;
  const page = options.page ?? 1;
  const like = q ? `%${escapeLike(q)}%` : null;
  const rows = await sql()<(ArticleRow & { total: number })[]>`
    SELECT a.id, a.title, o.name AS outlet, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.language,
      (SELECT count(*)::int FROM claims c WHERE c.article_id = a.id AND c.deleted_at IS NULL) AS claims,
      (SELECT count(*)::int FROM suggestions s WHERE s.article_id = a.id AND s.status = 'pending') AS "pendingSuggestions",
      count(*) OVER ()::int AS total
    FROM articles a JOIN outlets o ON o.id = a.outlet_id
    WHERE a.deleted_at IS NULL
      AND (${q}::text IS NULL
        OR a.search_vector @@ websearch_to_tsquery('simple', ${q})
        OR a.title ILIKE ${like} OR o.name ILIKE ${like})
    ORDER BY a.published_at DESC, a.created_at DESC
    LIMIT ${ARTICLES_PAGE_SIZE} OFFSET ${(page - 1) * ARTICLES_PAGE_SIZE}`;
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0, page };
}
