import { sql } from "@/lib/db/client";
import { splitHighlight, trimToWords, type HighlightPart } from "./highlight";
import { parseSearchQuery, probePattern } from "./parse-query";
import { isStorableSearch } from "./schema";
import { withAliases } from "./with-aliases";
import type { Page } from "./search-articles";
import {
  HEADLINE_ALL,
  MARK_CHARS,
  rankedPage,
  termsJson,
  textRank,
  WINDOW_BEFORE,
  WINDOW_LENGTH,
} from "./sql-fragments";

export type NoteHit = {
  id: string;
  body: HighlightPart[];
  author: string | null;
  /** What the note is about: a claim in an article, or a fact. */
  target:
    | { kind: "claim"; articleId: string; claimId: string; label: string }
    | { kind: "fact"; factId: string; label: string };
};

/** Live notes (on live claims or facts) whose text matches a search, best first. */
export async function searchNotes(q: string, options: { page?: number; pageSize?: number } = {}) {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 20;
  if (!isStorableSearch(q)) return { rows: [], total: 0, page, pageSize } satisfies Page<NoteHit>;
  const query = await withAliases(parseSearchQuery(q));
  const rows = await sql()<
    {
      id: string;
      author: string | null;
      claimId: string | null;
      articleId: string | null;
      figure: string | null;
      factId: string | null;
      factLabel: string | null;
      fr: string;
      en: string;
      windowStart: number;
      bodyLength: number;
      total: number;
    }[]
  >`
    WITH q AS MATERIALIZED (SELECT recoupe_text_query(${termsJson(query)}::text::jsonb) AS query),
    -- Notes on a live claim of a live article, or on a live fact. What is binned is
    -- little (the *_binned_idx indexes): it is left out by hashed anti-joins, not by
    -- looking up every match's claim, article and fact.
    matches AS MATERIALIZED (
      SELECT n.id, n.created_at FROM notes n
      WHERE recoupe_text_vector(n.body) @@ (SELECT query FROM q) AND n.deleted_at IS NULL
        AND ((n.claim_id IS NOT NULL AND n.claim_id NOT IN (
                SELECT id FROM claims WHERE deleted_at IS NOT NULL
                UNION ALL
                SELECT c.id FROM claims c WHERE c.article_id IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)))
          OR (n.fact_id IS NOT NULL AND n.fact_id NOT IN (SELECT id FROM facts WHERE deleted_at IS NOT NULL)))
    ),
    ${rankedPage(sql(), textRank(sql(), sql()`notes`, sql()`body`), page, pageSize)}
    SELECT h.id, (SELECT count(*)::int FROM matches) AS total, u.name AS author, c.id AS "claimId", c.article_id AS "articleId", c.figure,
      f.id AS "factId", f.label AS "factLabel",
      w.start AS "windowStart", length(n.body) AS "bodyLength",
      ts_headline('recoupe_fr', w.part, (SELECT query FROM q), ${HEADLINE_ALL}) AS fr,
      ts_headline('recoupe_en', w.part, (SELECT query FROM q), ${HEADLINE_ALL}) AS en
    FROM hits h
    JOIN notes n ON n.id = h.id
    CROSS JOIN LATERAL (SELECT s.start, translate(substr(n.body, s.start, ${WINDOW_LENGTH}), ${MARK_CHARS}, '') AS part
      FROM (SELECT greatest(1, coalesce(nullif(regexp_instr(n.body, ${probePattern(query.probes)}::text), 0), 1)
        - ${WINDOW_BEFORE}) AS start) s) w
    LEFT JOIN users u ON u.id = n.author_id
    LEFT JOIN claims c ON c.id = n.claim_id
    LEFT JOIN facts f ON f.id = n.fact_id
    ORDER BY h.tier, h.rank DESC, h.created_at DESC, h.id`;
  return {
    rows: rows.map((r): NoteHit => ({
      id: r.id,
      body: trimToWords(
        splitHighlight(r.fr.includes("\uE000") ? r.fr : r.en),
        r.windowStart > 1,
        r.windowStart + WINDOW_LENGTH <= r.bodyLength,
      ),
      author: r.author,
      target:
        r.claimId && r.articleId
          ? { kind: "claim", articleId: r.articleId, claimId: r.claimId, label: r.figure ?? "" }
          : { kind: "fact", factId: r.factId ?? "", label: r.factLabel ?? "" },
    })),
    total: rows[0]?.total ?? 0,
    page,
    pageSize,
  };
}
