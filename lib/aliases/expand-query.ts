import { sql } from "@/lib/db/client";

// For search: each term with every spelling of the entity it names, so that
// "Pashinyan" also finds the articles that write "Pachinian". A term that is
// no entity's spelling comes back alone.

export type ExpandedTerm = { term: string; spellings: string[] };

export async function expandQuery(terms: readonly string[]): Promise<ExpandedTerm[]> {
  const clean = [...new Set(terms.map((t) => t.trim()).filter(Boolean))];
  if (clean.length === 0) return [];
  const rows = await sql()<{ term: string; alias: string }[]>`
    SELECT t.term, other.alias
    FROM unnest(${clean}::text[]) AS t(term)
    JOIN entity_aliases given ON recoupe_fold(given.alias) = recoupe_fold(t.term)
    JOIN entities e ON e.id = given.entity_id AND e.deleted_at IS NULL
    JOIN entity_aliases other ON other.entity_id = e.id
    ORDER BY t.term, other.alias`;
  return clean.map((term) => {
    const others = rows.filter((r) => r.term === term).map((r) => r.alias);
    return { term, spellings: [term, ...others.filter((a) => a !== term)] };
  });
}

/** Every spelling to search for, all terms together. */
export async function expandedSpellings(terms: readonly string[]): Promise<string[]> {
  return [...new Set((await expandQuery(terms)).flatMap((t) => t.spellings))];
}
