import type { Kind } from "@/lib/claims/value";
import { sql } from "@/lib/db/client";
import { foldText } from "./parse-query";
import { isStorableSearch } from "./schema";
import { escapeLike } from "./sql-fragments";

export type FactChoice = { id: string; label: string; kind: Kind; status: string; claims: number };

export const FACT_CHOICES_LIMIT = 20;

/**
 * Words of a label as an editor types them: folded like recoupe_fold(), a final
 * s or x dropped so that a singular and its plural find each other.
 */
export function labelWords(q: string): string[] {
  return foldText(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 ? w.replace(/[sx]$/, "") : w))
    .slice(0, 12);
}

/**
 * Live facts whose label holds every word typed (accents and case folded, a
 * word matched anywhere in the label), of a kind the claim can join; labels
 * starting with the first word typed first, then the closest, then the shortest.
 */
export async function findFactChoices(q: string, options: { kind?: Kind; limit?: number } = {}) {
  const words = isStorableSearch(q) ? labelWords(q) : [];
  if (words.length === 0) return [];
  const kinds = !options.kind
    ? null
    : options.kind === "date" || options.kind === "date_range"
      ? ["date", "date_range"]
      : [options.kind];
  const db = sql();
  // Words of three letters or more go through the trigram index; shorter ones
  // must start a word of the label (checked on the rows the others let through).
  const conditions = words.map((w) =>
    w.length >= 3
      ? db`recoupe_fold(f.label) LIKE ${`%${escapeLike(w)}%`}`
      : db`recoupe_fold(f.label) ~ ${`(^|[^[:alnum:]])${w}`}`,
  );
  const where = conditions.reduce((all, c) => db`${all} AND ${c}`);
  const folded = words.join(" ");
  const rows = await db<FactChoice[]>`
    WITH hits AS (
      SELECT f.id, f.label, f.kind, f.status,
        (recoupe_fold(f.label) LIKE ${`${escapeLike(words[0] as string)}%`}) AS starts,
        word_similarity(${folded}, recoupe_fold(f.label)) AS similarity
      FROM facts f
      WHERE f.deleted_at IS NULL AND (${kinds}::text[] IS NULL OR f.kind = ANY(${kinds}::text[])) AND ${where}
      ORDER BY starts DESC, similarity DESC, length(f.label), f.label
      LIMIT ${options.limit ?? FACT_CHOICES_LIMIT}
    )
    SELECT h.id, h.label, h.kind, h.status,
      (SELECT count(*)::int FROM claims c WHERE c.fact_id = h.id AND c.deleted_at IS NULL) AS claims
    FROM hits h
    ORDER BY h.starts DESC, h.similarity DESC, length(h.label), h.label`;
  return [...rows];
}
