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

// Claims, notes and fact labels are found through expression indexes
// (recoupe_text_vector): ranking a match costs a computation of its own. So the
// most recent matches are ranked (a bounded cost, whatever the number of
// matches) and come first; the rest follow newest first. Expects a CTE
// `matches` (with `id` and the time column) and `q`; defines `hits` (the
// matches' columns, `tier`, `rank`) for the page asked for. `rank` scores a row
// `r` of `matches` (with what `join` brings in).
export const RANKED = 200;

type Fragment = ReturnType<Sql>;
export type Ranking = { rank: Fragment; join?: Fragment; time?: "created_at" | "updated_at" };

export function rankedPage(db: Sql, ranking: Ranking, page: number, pageSize: number) {
  const offset = (page - 1) * pageSize;
  const time = db(ranking.time ?? "created_at");
  return db`
    recent AS (SELECT * FROM matches ORDER BY ${time} DESC, id LIMIT ${RANKED}),
    ranked AS (SELECT r.*, 0 AS tier, ${ranking.rank} AS rank FROM recent r ${ranking.join ?? db``}),
    rest AS (
      SELECT m.*, 1 AS tier, 0::real AS rank FROM matches m
      WHERE ${offset + pageSize} > ${RANKED}
      ORDER BY ${time} DESC, id OFFSET ${RANKED} LIMIT ${Math.max(0, offset + pageSize - RANKED)}
    ),
    hits AS (
      SELECT * FROM (SELECT * FROM ranked UNION ALL SELECT * FROM rest) h
      ORDER BY tier, rank DESC, ${time} DESC, id
      LIMIT ${pageSize} OFFSET ${offset}
    )`;
}

/** Ranks matches by the text-search rank of one column of their table (claims, notes). */
export function textRank(db: Sql, table: Fragment, column: Fragment): Ranking {
  return {
    rank: db`ts_rank(recoupe_text_vector(t.${column}), (SELECT query FROM q))`,
    join: db`JOIN ${table} t ON t.id = r.id`,
  };
}
