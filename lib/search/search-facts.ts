import { sql } from "@/lib/db/client";
import { splitHighlight, type HighlightPart } from "./highlight";
import { parseSearchQuery } from "./parse-query";
import { isStorableSearch } from "./schema";
import { withAliases } from "./with-aliases";
import type { Page } from "./search-articles";
import { HEADLINE_ALL, MARK_CHARS, rankedPage, termsJson } from "./sql-fragments";

export type FactHit = { id: string; label: HighlightPart[]; kind: string; status: string; claims: number };

/** Live facts whose label matches a search (words, in French or English), best first. */
export async function searchFacts(q: string, options: { page?: number; pageSize?: number } = {}) {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 20;
  if (!isStorableSearch(q)) return { rows: [], total: 0, page, pageSize } satisfies Page<FactHit>;
  const query = await withAliases(parseSearchQuery(q));
  // As for claims and notes (sql-fragments.ts, rankedPage): the most recently
  // changed matches are ranked (word_similarity, folded) and come first, the
  // rest follow newest first: a common word costs a bounded ranking, not one
  // per fact that holds it.
  const rows = await sql()<(Omit<FactHit, "label"> & { marked: string; total: number })[]>`
    WITH q AS MATERIALIZED (SELECT recoupe_text_query(${termsJson(query)}::text::jsonb) AS query),
    matches AS MATERIALIZED (
      SELECT f.id, f.label, f.kind, f.status, f.updated_at FROM facts f
      WHERE recoupe_text_vector(f.label) @@ (SELECT query FROM q) AND f.deleted_at IS NULL
    ),
    ${rankedPage(
      sql(),
      { rank: sql()`word_similarity(recoupe_fold(${query.text}::text), recoupe_fold(r.label))`, time: "updated_at" },
      page,
      pageSize,
    )}
    SELECT h.id, h.kind, h.status, (SELECT count(*)::int FROM matches) AS total,
      (SELECT count(*)::int FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE c.fact_id = h.id AND c.deleted_at IS NULL AND a.deleted_at IS NULL) AS claims,
      ${markedLabel()} AS marked
    FROM hits h
    ORDER BY h.tier, h.rank DESC, h.updated_at DESC, h.id`;
  return {
    rows: rows.map(({ marked, total: _total, ...r }) => ({ ...r, label: splitHighlight(marked) })),
    total: rows[0]?.total ?? 0,
    page,
    pageSize,
  };
}

// A label has no language: marked as French, or as English when the French
// reading marks nothing.
function markedLabel() {
  return sql()`(SELECT CASE WHEN strpos(fr, ${"\uE000"}) > 0 THEN fr ELSE en END FROM (SELECT
      ts_headline('recoupe_fr', translate(h.label, ${MARK_CHARS}, ''), (SELECT query FROM q), ${HEADLINE_ALL}) AS fr,
      ts_headline('recoupe_en', translate(h.label, ${MARK_CHARS}, ''), (SELECT query FROM q), ${HEADLINE_ALL}) AS en) m)`;
}
