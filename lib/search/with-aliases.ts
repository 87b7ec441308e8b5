import { expandQuery } from "@/lib/aliases/expand-query";
import { fold } from "@/lib/aliases/fold";
import { probesOf, type SearchQuery, type SearchTerm } from "./parse-query";

// A search with every spelling of the names it holds: a term that is one
// spelling of an entity (Pashinyan) is satisfied by any of its spellings
// (Pachinian, Pashinian…), so the same indexed text search finds them all.
// Two words typed apart that make one spelling together (Nagorny Karabakh)
// become that one term. Excluded terms exclude every spelling too.

/** At most this many spellings stand in for one term (a generous entity has a dozen). */
const MAX_SPELLINGS = 24;

export async function withAliases(query: SearchQuery): Promise<SearchQuery> {
  const singles = query.terms.flatMap((t) => t.any);
  const pairs = adjacentPairs(query.terms);
  if (singles.length === 0) return query;
  const expanded = await expandQuery([...singles, ...pairs.map((p) => p.phrase)]);
  const spellingsOf = new Map(expanded.filter((e) => e.spellings.length > 1).map((e) => [fold(e.term), e.spellings]));
  if (spellingsOf.size === 0) return query;

  const terms: SearchTerm[] = [];
  for (let i = 0; i < query.terms.length; i++) {
    const term = query.terms[i] as SearchTerm;
    const pair = pairs.find((p) => p.at === i && spellingsOf.has(fold(p.phrase)));
    if (pair) {
      terms.push({ any: limit(spellingsOf.get(fold(pair.phrase)) ?? [pair.phrase]), not: false });
      i++; // the next word is part of the phrase
      continue;
    }
    terms.push({ ...term, any: limit(term.any.flatMap((a) => spellingsOf.get(fold(a)) ?? [a])) });
  }
  const positive = terms.filter((t) => !t.not);
  return {
    ...query,
    terms,
    probes: [...new Set([...query.probes, ...positive.flatMap((t) => t.any.flatMap(probesOf))])].slice(0, 24),
  };
}

/** Two consecutive single-word positive terms, as one phrase. */
function adjacentPairs(terms: SearchTerm[]): { at: number; phrase: string }[] {
  const out: { at: number; phrase: string }[] = [];
  for (let i = 0; i + 1 < terms.length; i++) {
    const [a, b] = [terms[i] as SearchTerm, terms[i + 1] as SearchTerm];
    if (a.not || b.not || a.any.length !== 1 || b.any.length !== 1) continue;
    out.push({ at: i, phrase: `${a.any[0]} ${b.any[0]}` });
  }
  return out;
}

function limit(spellings: string[]): string[] {
  return [...new Set(spellings)].slice(0, MAX_SPELLINGS);
}
