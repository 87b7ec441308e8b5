import { sql } from "@/lib/db/client";
import { splitHighlight, trimToWords, type HighlightPart } from "./highlight";
import { parseSearchQuery, probePattern, type SearchQuery } from "./parse-query";
import { isStorableSearch } from "./schema";
import { withAliases } from "./with-aliases";
import {
  escapeLike,
  excludedJson,
  HEADLINE_ALL,
  MARK_CHARS,
  termsJson,
  WINDOW_BEFORE,
  WINDOW_LENGTH,
} from "./sql-fragments";

export type ArticleHit = {
  id: string;
  title: HighlightPart[];
  outlet: string;
  publishedAt: string;
  language: string;
  claims: number;
  pendingSuggestions: number;
  /** About 30 words around the first hit, hits marked; cut marks where it starts or ends mid-text. */
  snippet: { parts: HighlightPart[]; before: boolean; after: boolean };
};

export type Page<T> = { rows: T[]; total: number; page: number; pageSize: number };

// Parts of titles and outlet names are matched from three characters (pg_trgm's unit).
const MIN_PART = 3;

/**
 * Live articles matching a search, best first: words of the title, outlet and
 * text in the article's language (accents and case folded, singular and
 * plural alike), or a part of the title or outlet's name as typed.
 */
export async function searchArticles(q: string, options: { page?: number; pageSize?: number } = {}) {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 20;
  const empty: Page<ArticleHit> = { rows: [], total: 0, page, pageSize };
  if (!isStorableSearch(q)) return empty;
  const query = await withAliases(parseSearchQuery(q));
  const ranked = await rankArticles(query, page, pageSize);
  if (ranked.length === 0) return empty;
  const details = await describeArticles(
    query,
    ranked.map((r) => r.id),
  );
  const byId = new Map(details.map((d) => [d.id, d]));
  return {
    rows: ranked.flatMap((r) => {
      const d = byId.get(r.id);
      return d ? [d] : [];
    }),
    total: ranked[0]?.total ?? 0,
    page,
    pageSize,
  };
}

type Ranked = { id: string; total: number };

async function rankArticles(query: SearchQuery, page: number, pageSize: number): Promise<Ranked[]> {
  const part = query.text.length >= MIN_PART ? `%${escapeLike(query.text)}%` : null;
  // Three indexed ways in (the text search vector, trigrams of folded titles,
  // trigrams of folded outlet names), joined by id: no query reads every article.
  // A word found in most articles would make a sequential scan look cheaper to
  // the planner; the indexes are kept, so that a search never reads every
  // article and its cost follows the number of matches.
  return sql().begin(async (tx) => {
    await tx`SET LOCAL enable_seqscan = off`;
    return tx<Ranked[]>`
    WITH q AS MATERIALIZED (
      SELECT recoupe_search_query(${termsJson(query)}::text::jsonb) AS query,
             recoupe_search_query(${excludedJson(query)}::text::jsonb) AS excluded,
             recoupe_fold(${part}::text) AS part
    ),
    -- Each way in carries what the order needs (the date) and leaves out the
    -- excluded words itself, on the row it has read: no second look-up of
    -- every match by id.
    hits AS (
      SELECT a.id, a.published_at, ts_rank(a.search_vector, (SELECT query FROM q), 1) AS rank
      FROM articles a
      WHERE a.search_vector @@ (SELECT query FROM q) AND a.deleted_at IS NULL
        AND (numnode((SELECT excluded FROM q)) = 0 OR NOT (a.search_vector @@ (SELECT excluded FROM q)))
      UNION ALL
      SELECT a.id, a.published_at, 0.3 FROM articles a
      WHERE ${part}::text IS NOT NULL AND recoupe_fold(a.title) LIKE (SELECT part FROM q) AND a.deleted_at IS NULL
        AND (numnode((SELECT excluded FROM q)) = 0 OR NOT (a.search_vector @@ (SELECT excluded FROM q)))
      UNION ALL
      SELECT a.id, a.published_at, 0.2 FROM outlets o JOIN articles a ON a.outlet_id = o.id
      WHERE ${part}::text IS NOT NULL AND recoupe_fold(o.name) LIKE (SELECT part FROM q) AND a.deleted_at IS NULL
        AND (numnode((SELECT excluded FROM q)) = 0 OR NOT (a.search_vector @@ (SELECT excluded FROM q)))
    ),
    scored AS (SELECT id, max(published_at) AS published_at, sum(rank) AS rank FROM hits GROUP BY id)
    SELECT s.id, count(*) OVER ()::int AS total
    FROM scored s
    ORDER BY s.rank DESC, s.published_at DESC, s.id
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  });
}

type Described = Omit<ArticleHit, "title" | "snippet"> & {
  titleMarked: string;
  snippetMarked: string;
  windowStart: number;
  windowEnd: number;
  textLength: number;
};

async function describeArticles(query: SearchQuery, ids: string[]): Promise<ArticleHit[]> {
  const probe = probePattern(query.probes);
  const rows = await sql()<Described[]>`
    WITH q AS MATERIALIZED (SELECT recoupe_search_query(${termsJson(query)}::text::jsonb) AS query)
    SELECT a.id, o.name AS outlet, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.language,
      ts_headline(recoupe_search_config(a.language), translate(a.title, ${MARK_CHARS}, ''),
        (SELECT query FROM q), ${HEADLINE_ALL}) AS "titleMarked",
      ts_headline(recoupe_search_config(a.language),
        translate(substr(a.text, w.start, ${WINDOW_LENGTH}), ${MARK_CHARS}, ''),
        (SELECT query FROM q), ${HEADLINE_ALL}) AS "snippetMarked",
      w.start AS "windowStart", w.start + ${WINDOW_LENGTH} AS "windowEnd", length(a.text) AS "textLength",
      (SELECT count(*)::int FROM claims c WHERE c.article_id = a.id AND c.deleted_at IS NULL) AS claims,
      (SELECT count(*)::int FROM suggestions s WHERE s.article_id = a.id AND s.status = 'pending') AS "pendingSuggestions"
    FROM articles a
    JOIN outlets o ON o.id = a.outlet_id
    CROSS JOIN LATERAL (
      SELECT greatest(1, coalesce(nullif(regexp_instr(left(a.text, 400000), ${probe}::text), 0), 1) - ${WINDOW_BEFORE}) AS start
    ) w
    WHERE a.id = ANY(${ids}::uuid[])`;
  return rows.map((r) => {
    const before = r.windowStart > 1;
    const after = r.windowEnd <= r.textLength;
    const parts = trimToWords(splitHighlight(r.snippetMarked), before, after);
    return {
      id: r.id,
      title: splitHighlight(r.titleMarked),
      outlet: r.outlet,
      publishedAt: r.publishedAt,
      language: r.language,
      claims: r.claims,
      pendingSuggestions: r.pendingSuggestions,
      snippet: { parts, before, after },
    };
  });
}
