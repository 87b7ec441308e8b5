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
