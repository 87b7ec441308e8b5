import { z } from "zod";
import { hasLoneSurrogate } from "@/lib/anchors/offsets";

/** Longest search text, in characters. */
export const SEARCH_MAX_LENGTH = 200;

export const SEARCH_SECTIONS = ["articles", "facts", "claims", "notes"] as const;
export type SearchSection = (typeof SEARCH_SECTIONS)[number];

export const searchPageSchema = z.object({
  q: z.string().optional().catch(undefined),
  in: z.enum(SEARCH_SECTIONS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type SearchText =
  { status: "empty" } | { status: "tooLong"; length: number; max: number } | { status: "ok"; q: string };

/**
 * The search text of a request, trimmed. An empty or blank search lists
 * normally; one over the limit is refused with a message the page shows,
 * never silently ignored. Text no article can hold (a NUL, an unpaired
 * surrogate) searches for nothing rather than reaching the database.
 */
export function readSearchText(raw: string | string[] | undefined): SearchText {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (!value) return { status: "empty" };
  const length = [...value].length;
  if (length > SEARCH_MAX_LENGTH) return { status: "tooLong", length, max: SEARCH_MAX_LENGTH };
  return { status: "ok", q: value };
}

/** Whether a search text can match anything stored (imports refuse NUL and lone surrogates). */
export function isStorableSearch(q: string): boolean {
  return !q.includes("\u0000") && !hasLoneSurrogate(q);
}
