import { hasLoneSurrogate } from "@/lib/anchors/offsets";
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
 * text. Any text is safe and read as plain text: it goes in as a parameter; the
 * text search takes the query's words (PostgreSQL's own parser, so "Haut-Karabakh"
 * or "2.5" are read as in the articles), all required, with no operator syntax.
 * One-letter words are left out: "a", "à", "l'" are in nearly every article,
 * and they are all that remains of punctuation typed as syntax (".*(a+)+$").
 */
export async function listArticles(options: { q?: string; page?: number } = {}) {
  const q = options.q?.trim() || null;
  const page = options.page ?? 1;
  // No article holds a NUL or an unpaired surrogate (imports refuse both), and
  // PostgreSQL would reject a NUL parameter with an error: nothing matches.
  if (q && (q.includes("\u0000") || hasLoneSurrogate(q))) return { rows: [], total: 0, page };
  const like = q ? `%${escapeLike(q)}%` : null;
  const rows = await sql()<(ArticleRow & { total: number })[]>`
    SELECT a.id, a.title, o.name AS outlet, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.language,
      (SELECT count(*)::int FROM claims c WHERE c.article_id = a.id AND c.deleted_at IS NULL) AS claims,
      (SELECT count(*)::int FROM suggestions s WHERE s.article_id = a.id AND s.status = 'pending') AS "pendingSuggestions",
      count(*) OVER ()::int AS total
    FROM articles a JOIN outlets o ON o.id = a.outlet_id
    WHERE a.deleted_at IS NULL
      AND (${q}::text IS NULL
        OR a.search_vector @@ (
          SELECT plainto_tsquery('simple', string_agg(lexeme, ' '))
          FROM unnest(to_tsvector('simple', ${q}))
          WHERE char_length(lexeme) > 1 OR lexeme ~ '^[0-9]$')
        OR a.title ILIKE ${like} OR o.name ILIKE ${like})
    ORDER BY a.published_at DESC, a.created_at DESC
    LIMIT ${ARTICLES_PAGE_SIZE} OFFSET ${(page - 1) * ARTICLES_PAGE_SIZE}`;
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0, page };
}
