import { sql } from "@/lib/db/client";
import { splitHighlight, type HighlightPart } from "./highlight";
import { parseSearchQuery } from "./parse-query";
import { isStorableSearch } from "./schema";
import { withAliases } from "./with-aliases";
import type { Page } from "./search-articles";
import { HEADLINE_ALL, MARK_CHARS, rankedPage, termsJson, textRank } from "./sql-fragments";

export type ClaimHit = {
  id: string;
  quote: HighlightPart[];
  figure: string;
  articleId: string;
  articleTitle: string;
  outlet: string;
  fact: { id: string; label: string } | null;
};

/** Live claims whose quote matches a search, best first. */
export async function searchClaims(q: string, options: { page?: number; pageSize?: number } = {}) {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 20;
  if (!isStorableSearch(q)) return { rows: [], total: 0, page, pageSize } satisfies Page<ClaimHit>;
  const query = await withAliases(parseSearchQuery(q));
  const rows = await sql()<
    {
      id: string;
      figure: string;
      articleId: string;
      articleTitle: string;
      outlet: string;
      factId: string | null;
      factLabel: string | null;
      marked: string;
      total: number;
    }[]
  >`
    WITH q AS MATERIALIZED (SELECT recoupe_text_query(${termsJson(query)}::text::jsonb) AS query),
    -- Live claims of live articles: the binned articles are few (articles_binned_idx),
    -- so they are left out by a hashed anti-join, not by looking up every match's article.
    matches AS MATERIALIZED (
      SELECT c.id, c.created_at FROM claims c
      WHERE recoupe_text_vector(c.quote_exact) @@ (SELECT query FROM q) AND c.deleted_at IS NULL
        AND c.article_id NOT IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)
    ),
    ${rankedPage(sql(), textRank(sql(), sql()`claims`, sql()`quote_exact`), page, pageSize)}
    SELECT h.id, c.figure, (SELECT count(*)::int FROM matches) AS total, a.id AS "articleId", a.title AS "articleTitle", o.name AS outlet,
      f.id AS "factId", f.label AS "factLabel",
      ts_headline(recoupe_search_config(a.language), translate(c.quote_exact, ${MARK_CHARS}, ''),
        (SELECT query FROM q), ${HEADLINE_ALL}) AS marked
    FROM hits h
    JOIN claims c ON c.id = h.id
    JOIN articles a ON a.id = c.article_id
    JOIN outlets o ON o.id = a.outlet_id
    LEFT JOIN facts f ON f.id = c.fact_id AND f.deleted_at IS NULL
    ORDER BY h.tier, h.rank DESC, h.created_at DESC, h.id`;
  return {
    rows: rows.map((r) => ({
      id: r.id,
      quote: splitHighlight(r.marked),
      figure: r.figure,
      articleId: r.articleId,
      articleTitle: r.articleTitle,
      outlet: r.outlet,
      fact: r.factId && r.factLabel ? { id: r.factId, label: r.factLabel } : null,
    })),
    total: rows[0]?.total ?? 0,
    page,
    pageSize,
  };
}
