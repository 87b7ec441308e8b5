import type { Kind } from "@/lib/claims/value";
import { loadEntityMatcher } from "@/lib/aliases/find-entities";
import { sql } from "@/lib/db/client";
import { rankFacts, type ClaimDraft, type FactCandidate, type FactProposal } from "./rank-facts";
import { contentWords } from "./words";

// How many candidates each indexed way in may bring; the pure ranking then
// orders at most a few hundred facts, whatever the size of the workspace.
const PER_WAY = 40;
const CLAIMS_PER_FACT = 20;

/** Ranks the live facts of a compatible kind for a claim being tagged. */
export async function proposeFacts(draft: ClaimDraft): Promise<FactProposal[]> {
  const kinds: Kind[] = draft.kind === "date" || draft.kind === "date_range" ? ["date", "date_range"] : [draft.kind];
  const matcher = await loadEntityMatcher();
  const named = await namedEntities(matcher.find(draft.context));
  const ids = await candidateFacts(draft, kinds, named.spellings);
  if (ids.length === 0) return [];
  const candidates = (await loadCandidates(ids)).map((f) => ({
    ...f,
    entities: matcher.find([f.label, ...f.claims.map((c) => c.quote)].join("\n")),
  }));
  return rankFacts({ ...draft, entities: named.entities }, candidates);
}

/** The names and every spelling of the entities a passage names (through entity_aliases' entity index). */
async function namedEntities(ids: string[]) {
  if (ids.length === 0) return { entities: [], spellings: [] };
  const rows = await sql()<{ id: string; name: string; alias: string }[]>`
    SELECT e.id::text AS id, e.name, a.alias
    FROM entities e JOIN entity_aliases a ON a.entity_id = e.id
    WHERE e.id = ANY(${ids}::uuid[]) AND e.deleted_at IS NULL
    ORDER BY e.name, a.alias`;
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return {
    entities: ids.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id) as string }] : [])),
    spellings: [...new Set(rows.map((r) => r.alias))].slice(0, 40),
  };
}

/** The middle of the draft's interval, as recoupe_mid() computes it for claims. */
function middle(draft: ClaimDraft): number | null {
  return draft.lower !== null && draft.upper !== null ? (draft.lower + draft.upper) / 2 : (draft.lower ?? draft.upper);
}

/** How far a value may be and still earn points in rankFacts (proximityPoints). */
function window(kind: Kind, mid: number): number {
  return kind === "date" || kind === "date_range" ? 366 : 0.5 * Math.max(1, Math.abs(mid));
}

async function candidateFacts(draft: ClaimDraft, kinds: Kind[], spellings: string[]): Promise<string[]> {
  const db = sql();
  const ways = [];
  if (draft.countedKey) {
    ways.push(db`(SELECT f.id FROM facts f
      WHERE f.deleted_at IS NULL AND f.kind = ANY(${kinds}) AND f.counted_key = ${draft.countedKey}
      ORDER BY f.label LIMIT ${PER_WAY})`);
    ways.push(db`(SELECT c.fact_id FROM claims c
      WHERE c.deleted_at IS NULL AND c.fact_id IS NOT NULL AND c.counted_key = ${draft.countedKey} AND c.kind = ANY(${kinds})
      LIMIT ${PER_WAY})`);
  }
  const mid = middle(draft);
  if (mid !== null && Number.isFinite(mid)) {
    const reach = window(draft.kind, mid);
    // Nearest values on either side, one index range scan per kind and side.
    for (const kind of kinds) {
      ways.push(db`(SELECT c.fact_id FROM claims c
        WHERE c.deleted_at IS NULL AND c.fact_id IS NOT NULL AND c.kind = ${kind}
          AND recoupe_mid(c.lower, c.upper) >= ${mid} AND recoupe_mid(c.lower, c.upper) <= ${mid + reach}
        ORDER BY recoupe_mid(c.lower, c.upper) ASC LIMIT ${PER_WAY})`);
      ways.push(db`(SELECT c.fact_id FROM claims c
        WHERE c.deleted_at IS NULL AND c.fact_id IS NOT NULL AND c.kind = ${kind}
          AND recoupe_mid(c.lower, c.upper) < ${mid} AND recoupe_mid(c.lower, c.upper) >= ${mid - reach}
        ORDER BY recoupe_mid(c.lower, c.upper) DESC LIMIT ${PER_WAY})`);
    }
  }
  // Labels sharing the longest words of the passage (long words are the rare
  // ones): those holding all of the three longest, and those holding any of
  // the eight longest, most recently worked on first. Both through the label
  // search index, with nothing computed per row. (Quotes are reached through
  // the counted thing and the value: matching every quote's words would read
  // most claims of a common word.)
  const words = [...contentWords(draft.context)].sort((x, y) => y.length - x.length);
  if (words.length > 0) {
    const all = JSON.stringify(words.slice(0, 3).map((w) => ({ any: [w], not: false })));
    const any = JSON.stringify([{ any: words.slice(0, 8), not: false }]);
    for (const terms of words.length > 1 ? [all, any] : [any]) {
      ways.push(db`(SELECT f.id FROM facts f
        WHERE f.deleted_at IS NULL AND f.kind = ANY(${kinds})
          AND recoupe_text_vector(f.label) @@ (SELECT recoupe_text_query(${terms}::text::jsonb))
        ORDER BY f.updated_at DESC LIMIT ${PER_WAY})`);
    }
  }
  // Labels naming an entity the passage names, in any of its spellings
  // ("Aliev" for "Aliyev"), through the same label search index.
  if (spellings.length > 0) {
    const named = JSON.stringify([{ any: spellings, not: false }]);
    ways.push(db`(SELECT f.id FROM facts f
      WHERE f.deleted_at IS NULL AND f.kind = ANY(${kinds})
        AND recoupe_text_vector(f.label) @@ (SELECT recoupe_text_query(${named}::text::jsonb))
      ORDER BY f.updated_at DESC LIMIT ${PER_WAY})`);
  }
  if (ways.length === 0) return [];
  const union = ways.reduce((all, way) => db`${all} UNION ${way}`);
  const rows = await db<{ id: string }[]>`SELECT DISTINCT id FROM (${union}) AS candidates(id) WHERE id IS NOT NULL`;
  return rows.map((r) => r.id);
}

type FactRow = { id: string; label: string; kind: Kind; countedKey: string | null };
type ClaimRow = {
  factId: string;
  lower: number | null;
  upper: number | null;
  countedKey: string | null;
  quote: string;
};

async function loadCandidates(ids: string[]): Promise<FactCandidate[]> {
  const [facts, claims] = await Promise.all([
    sql()<FactRow[]>`
      SELECT f.id, f.label, f.kind, f.counted_key AS "countedKey"
      FROM facts f WHERE f.id = ANY(${ids}::uuid[]) AND f.deleted_at IS NULL`,
    sql()<ClaimRow[]>`
      SELECT c.fact_id AS "factId", c.lower, c.upper, c.counted_key AS "countedKey", c.quote_exact AS quote
      FROM claims c JOIN articles a ON a.id = c.article_id AND a.deleted_at IS NULL
      WHERE c.fact_id = ANY(${ids}::uuid[]) AND c.deleted_at IS NULL
      ORDER BY c.fact_id, c.created_at`,
  ]);
  const byFact = new Map<string, FactCandidate["claims"]>();
  for (const { factId, ...claim } of claims) {
    const list = byFact.get(factId) ?? [];
    if (list.length < CLAIMS_PER_FACT) list.push(claim);
    byFact.set(factId, list);
  }
  return facts.map((f) => ({ ...f, claims: byFact.get(f.id) ?? [] }));
}
