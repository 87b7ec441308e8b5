import type { Kind } from "@/lib/claims/value";
import { sql, type Sql } from "@/lib/db/client";
import type { EntityMatcher } from "@/lib/aliases/entity-matcher";
import { contentWords } from "@/lib/facts/words";
import { findPlaces, namesOf } from "@/lib/places";
import { nameWords, type MatchCandidate, type MatchFigure } from "./score";

// The facts a figure may belong to, picked through indexes before scoring
// (score.ts), so that the work per figure does not grow with the workspace:
// claims whose value is nearest the figure's (claims_fact_value_idx), facts
// whose labels share its words in either language or its entities' spellings
// (facts_label_search_idx), and claims whose quotes name those entities
// (claims_quote_search_idx). One query per way for the whole article (the
// figures' values go in as arrays), and the facts once read are kept between
// articles until they change: at most a few hundred facts reach the scorer.

const PER_WAY = 15;
const STORY_FACTS = 120;
const MAX_WORDS = 30;
const CLAIMS_PER_FACT = 12;
/** The story's places looked for under their other spellings, and how many spellings each. */
const PLACES = 4;
const PLACE_SPELLINGS = 4;

const middle = (v: { lower: number | null; upper: number | null }) =>
  v.lower !== null && v.upper !== null ? (v.lower + v.upper) / 2 : (v.lower ?? v.upper);

export function reach(kind: Kind, mid: number): number {
  if (kind === "date" || kind === "date_range") return 400;
  if (kind === "percentage") return 15;
  // Periods are told loosely ("des décennies", "nearly thirty years", "more than a quarter of a
  // century"), and a vague claim's middle lies far from a precise figure inside its range: reach up
  // to three times the figure (the nearest few on each side only, so no more rows are read).
  if (kind === "duration") return 2 * Math.max(1, Math.abs(mid));
  return 0.75 * Math.max(1, Math.abs(mid));
}

/**
 * The words to look for in labels: what names the story (its entities'
 * spellings, the names its title, lead and sentences give), then the longest
 * words of its title and lead. A label of the same story names the same
 * event, place or people in any language; words every story of its kind
 * shares ("morts", "bilan") would bring thousands of facts of other stories.
 */
export function searchWords(texts: { context: string; sentences: string[] }, spellings: string[]): string[] {
  const names = nameWords(`${texts.context}\n${texts.sentences.join("\n")}`);
  // The places the title and lead name, under their other spellings: a label written "Girona" is a
  // fact of a story about "Gérone", "le cortège lyonnais" one of Lyon's.
  const places = [...new Set(findPlaces(texts.context).flatMap((m) => m.places.slice(0, 2)))]
    .slice(0, PLACES)
    .flatMap((id) => namesOf(id).slice(0, PLACE_SPELLINGS));
  const own = (texts.context.match(/\p{L}+/gu) ?? [])
    .filter((w) => contentWords(w).size > 0)
    .sort((a, b) => b.length - a.length)
    .slice(0, 10);
  const plain = (w: string) => w.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return [...new Set([...spellings, ...names, ...places, ...own].map(plain).filter((w) => w.length >= 3))].slice(
    0,
    MAX_WORDS,
  );
}

/**
 * Facts an article's story may be about, once per article: labels holding its
 * words or its entities' spellings (facts_label_search_idx), and claims whose
 * quotes name those entities (claims_quote_search_idx).
 */
export async function storyFactIds(words: string[], spellings: string[], db: Sql = sql()): Promise<string[]> {
  const ways = [];
  if (words.length > 0) {
    const any = JSON.stringify([{ any: words, not: false }]);
    ways.push(db`(SELECT f.id FROM facts f
      WHERE f.deleted_at IS NULL
        AND recoupe_text_vector(f.label) @@ (SELECT recoupe_text_query(${any}::text::jsonb))
      ORDER BY f.updated_at DESC LIMIT ${STORY_FACTS})`);
  }
  if (spellings.length > 0) {
    const names = JSON.stringify([{ any: spellings.slice(0, 20), not: false }]);
    ways.push(db`(SELECT c.fact_id FROM claims c
      WHERE c.deleted_at IS NULL AND c.fact_id IS NOT NULL
        AND recoupe_text_vector(c.quote_exact) @@ (SELECT recoupe_text_query(${names}::text::jsonb))
      LIMIT ${STORY_FACTS / 2})`);
  }
  if (ways.length === 0) return [];
  const union = ways.reduce((all, way) => db`${all} UNION ${way}`);
  const rows = await db<{ id: string }[]>`SELECT DISTINCT id FROM (${union}) AS candidates(id) WHERE id IS NOT NULL`;
  return rows.map((r) => r.id);
}

/**
 * For each figure, the facts with a claim whose value is nearest its own, on
 * either side (claims_fact_value_idx), in one query for the whole article:
 * the figures go in as arrays, each meets the index through a lateral join.
 */
export async function nearValueFactIds(figures: MatchFigure[], db: Sql = sql()): Promise<string[][]> {
  const at: number[] = [];
  const kinds: string[] = [];
  const mids: number[] = [];
  const reaches: number[] = [];
  for (const [i, figure] of figures.entries()) {
    const kind = figure.value.kind;
    const mid = middle(figure.value);
    if (mid === null || !Number.isFinite(mid)) continue;
    for (const k of kind === "date" || kind === "date_range" ? ["date", "date_range"] : [kind]) {
      at.push(i);
      kinds.push(k);
      mids.push(mid);
      reaches.push(reach(kind, mid));
    }
  }
  const out: string[][] = figures.map(() => []);
  if (at.length === 0) return out;
  const rows = await db<{ i: number; id: string }[]>`
    SELECT DISTINCT f.i, n.fact_id AS id
    FROM unnest(${at}::int[], ${kinds}::text[], ${mids}::float8[], ${reaches}::float8[]) AS f(i, kind, mid, r)
    CROSS JOIN LATERAL (
      (SELECT c.fact_id FROM claims c
        WHERE c.deleted_at IS NULL AND c.fact_id IS NOT NULL AND c.kind = f.kind
          AND recoupe_mid(c.lower, c.upper) >= f.mid AND recoupe_mid(c.lower, c.upper) <= f.mid + f.r
        ORDER BY recoupe_mid(c.lower, c.upper) ASC LIMIT ${PER_WAY})
      UNION ALL
      (SELECT c.fact_id FROM claims c
        WHERE c.deleted_at IS NULL AND c.fact_id IS NOT NULL AND c.kind = f.kind
          AND recoupe_mid(c.lower, c.upper) < f.mid AND recoupe_mid(c.lower, c.upper) >= f.mid - f.r
        ORDER BY recoupe_mid(c.lower, c.upper) DESC LIMIT ${PER_WAY})
    ) n`;
  for (const r of rows) out[r.i]?.push(r.id);
  return out;
}

type FactRow = { id: string; label: string; kind: Kind; countedKey: string | null; stamp: string };
type ClaimRow = {
  factId: string;
  kind: Kind;
  lower: number | null;
  upper: number | null;
  unit: string | null;
  counted: string | null;
  countedKey: string | null;
  quote: string;
  figure: string;
  language: string;
  publishedAt: string;
  asOf: string | null;
};

/**
 * Facts as the scorer reads them, kept between articles while nothing about
 * them changes: the stamp is the fact's own change, its claims' latest change
 * and their number (kept up to date with every write by refresh-fact-verdicts),
 * and a new entity matcher (new spellings) starts afresh. The scorer's
 * readings of each fact (score.ts) live as long as its candidate object.
 */
type Kept = { stamp: string; candidate: MatchCandidate };
const keptBy = new WeakMap<EntityMatcher, Map<string, Kept>>();
const KEPT_FACTS = 50_000;

/** The facts with their latest claims, ready for the scorer (entities found with the matcher). */
export async function loadCandidates(
  ids: string[],
  matcher: EntityMatcher,
  db: Sql = sql(),
): Promise<MatchCandidate[]> {
  if (ids.length === 0) return [];
  let kept = keptBy.get(matcher);
  if (!kept) {
    kept = new Map();
    keptBy.set(matcher, kept);
  }
  const facts = await db<FactRow[]>`
    SELECT f.id, f.label, f.kind, f.counted_key AS "countedKey",
      concat_ws('|', f.updated_at, f.claims_activity, f.claim_count) AS stamp
    FROM facts f WHERE f.id = ANY(${ids}::uuid[]) AND f.deleted_at IS NULL`;
  const stale = facts.filter((f) => kept.get(f.id)?.stamp !== f.stamp).map((f) => f.id);
  const claims = stale.length
    ? await db<ClaimRow[]>`
      SELECT c.fact_id AS "factId", c.kind, c.lower, c.upper, c.unit, c.counted, c.counted_key AS "countedKey",
        c.quote_exact AS quote, c.figure, a.language, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt",
        to_char(c.as_of, 'YYYY-MM-DD') AS "asOf"
      FROM claims c JOIN articles a ON a.id = c.article_id AND a.deleted_at IS NULL
      WHERE c.fact_id = ANY(${stale}::uuid[]) AND c.deleted_at IS NULL AND c.anchor_status <> 'orphan'
      ORDER BY c.fact_id, c.created_at DESC`
    : [];
  const byFact = new Map<string, MatchCandidate["claims"]>();
  for (const c of claims) {
    const list = byFact.get(c.factId) ?? [];
    if (list.length < CLAIMS_PER_FACT) {
      list.push({
        value: {
          kind: c.kind,
          lower: c.lower,
          upper: c.upper,
          unit: c.unit,
          counted: c.counted,
          countedKey: c.countedKey,
        },
        quote: c.quote,
        figure: c.figure,
        language: c.language,
        publishedAt: c.publishedAt,
        asOf: c.asOf,
      });
    }
    byFact.set(c.factId, list);
  }
  if (kept.size + stale.length > KEPT_FACTS) kept.clear();
  return facts.map((f) => {
    const known = kept.get(f.id);
    if (known && known.stamp === f.stamp) return known.candidate;
    const factClaims = byFact.get(f.id) ?? [];
    const candidate: MatchCandidate = {
      id: f.id,
      label: f.label,
      kind: f.kind,
      countedKey: f.countedKey,
      claims: factClaims,
      entities: matcher.find([f.label, ...factClaims.map((c) => c.quote)].join("\n")),
    };
    kept.set(f.id, { stamp: f.stamp, candidate });
    return candidate;
  });
}
