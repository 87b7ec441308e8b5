import type { Sql } from "@/lib/db/client";
import type { SearchQuery } from "./parse-query";
import { HIT_END, HIT_START } from "./highlight";

// Pieces every search query shares: the terms as JSON for recoupe_search_query,
// and ts_headline's options with Recoupe's hit marks.

export function termsJson(query: SearchQuery): string {
  return JSON.stringify(query.terms);
}

/** The excluded terms as a query of their own (for matches found by parts of titles). */
export function excludedJson(query: SearchQuery): string {
  return JSON.stringify(query.terms.filter((t) => t.not).map((t) => ({ any: t.any, not: false })));
}

/** Escapes LIKE wildcards so that user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const marks = `StartSel=${HIT_START}, StopSel=${HIT_END}`;
/** A whole short text (a title, a label), every hit marked. */
export const HEADLINE_ALL = `HighlightAll=true, ${marks}`;

// Snippets come from a window of the text around the first hit, never from the
// whole text: ts_headline parses all it is given, and an article holds up to
// 2 MB. (Its own fragment mode also drops anything that looks like a tag.)
export const WINDOW_BEFORE = 120;
export const WINDOW_LENGTH = 320;
/** Characters removed from any text before it is marked (they are the marks). */
export const MARK_CHARS = `${HIT_START}${HIT_END}`;

// Claims and notes are found through expression indexes (recoupe_text_vector):
// ranking a match means computing its vector again. So the most recent
// matches are ranked (a bounded cost, whatever the number of matches) and come
// first; the rest follow newest first. Expects a CTE `matches (id, created_at)`
// and `q`; defines `hits (id, tier, rank, created_at)` for the page asked for.
export const RANKED = 200;

export function rankedPage(db: Sql, table: ReturnType<Sql>, column: ReturnType<Sql>, page: number, pageSize: number) {
  const offset = (page - 1) * pageSize;
  return db`
    recent AS (SELECT id, created_at FROM matches ORDER BY created_at DESC, id LIMIT ${RANKED}),
    ranked AS (
      SELECT r.id, 0 AS tier, ts_rank(recoupe_text_vector(t.${column}), (SELECT query FROM q)) AS rank, r.created_at
      FROM recent r JOIN ${table} t ON t.id = r.id
    ),
    rest AS (
      SELECT id, 1 AS tier, 0::real AS rank, created_at FROM matches
      WHERE ${offset + pageSize} > ${RANKED}
      ORDER BY created_at DESC, id OFFSET ${RANKED} LIMIT ${Math.max(0, offset + pageSize - RANKED)}
    ),
    hits AS (
      SELECT * FROM (SELECT * FROM ranked UNION ALL SELECT * FROM rest) h
      ORDER BY tier, rank DESC, created_at DESC, id
      LIMIT ${pageSize} OFFSET ${offset}
    )`;
}
