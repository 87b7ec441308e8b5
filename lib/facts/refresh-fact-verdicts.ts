import type postgres from "postgres";
import { claimValueFromColumns } from "@/lib/claims/to-value";
import type { Tx } from "@/lib/db/write";
import type { Relation } from "@/lib/discrepancies/classify";
import { factVerdict, type ClaimLike, type Tally } from "@/lib/discrepancies/fact-verdict";
import { isoDay } from "@/lib/format";

// Each fact stores its classification (facts.verdict and the counts beside it)
// so that the lists filter and page in SQL. It is derived from the fact's live
// claims on live articles by the one classifier, factVerdict, and rewritten here
// inside the transaction of every write that can change it.

export const STORED_VERDICTS = [
  "conflict",
  "not_comparable",
  "evolving",
  "compatible",
  "agree",
  "single",
  "none",
] as const satisfies readonly (Relation | "single" | "none")[];
export type StoredVerdict = (typeof STORED_VERDICTS)[number];

/** A raw query on whichever client holds the transaction: Prisma's or postgres.js. */
export type RunSql = <T>(text: string, params: unknown[]) => Promise<T[]>;

export const runOnTx =
  (tx: Tx): RunSql =>
  <T>(text: string, params: unknown[]) =>
    tx.$queryRawUnsafe<T[]>(text, ...params);

export const runOnSql =
  (sql: postgres.Sql | postgres.TransactionSql): RunSql =>
  <T>(text: string, params: unknown[]) =>
    sql.unsafe(text, params as postgres.ParameterOrJSON<never>[]) as unknown as Promise<T[]>;

export type VerdictFact = { id: string; label: string; tally: Tally; eventEnd: string | null };
export type VerdictClaim = ClaimLike & { figure: string; outletId: string; updatedAt: Date };

type FactRow = { id: string; label: string; tally: string | null; event_end: Date | null };
type ClaimRow = {
  id: string;
  fact_id: string;
  figure: string;
  kind: string;
  lower: number | null;
  lower_inclusive: boolean;
  upper: number | null;
  upper_inclusive: boolean;
  approximate: boolean;
  granularity: number | null;
  qualifier: string | null;
  unit: string | null;
  counted: string | null;
  counted_key: string | null;
  as_of: Date | null;
  updated_at: Date;
  published_at: Date;
  outlet_id: string;
  outlet: string;
};

// Ids travel as one JSON parameter, whatever their number.
const IDS = `(SELECT jsonb_array_elements_text($1::text::jsonb)::uuid)`;

/**
 * Live claims (on live articles) of these facts, in the order the fact page
 * shows them, grouped by fact. Shared by the refresh and by the lists, which
 * explain the verdicts of the facts on their page with the very same input.
 */
export async function loadVerdictClaims(run: RunSql, factIds: string[]): Promise<Map<string, VerdictClaim[]>> {
  const rows = await run<ClaimRow>(
    `SELECT c.id::text, c.fact_id::text, c.figure, c.kind, c.lower, c.lower_inclusive, c.upper, c.upper_inclusive,
       c.approximate, c.granularity, c.qualifier, c.unit, c.counted, c.counted_key, c.as_of, c.updated_at,
       a.published_at, a.outlet_id::text, o.name AS outlet
     FROM claims c JOIN articles a ON a.id = c.article_id JOIN outlets o ON o.id = a.outlet_id
     WHERE c.fact_id IN ${IDS} AND c.deleted_at IS NULL AND a.deleted_at IS NULL
     ORDER BY c.fact_id, a.published_at, c.quote_start, c.id`,
    [JSON.stringify(factIds)],
  );
  const byFact = new Map<string, VerdictClaim[]>();
  for (const r of rows) {
    const claim: VerdictClaim = {
      id: r.id,
      outlet: r.outlet,
      outletId: r.outlet_id,
      figure: r.figure,
      value: claimValueFromColumns(r),
      asOf: r.as_of ? isoDay(r.as_of) : null,
      publishedAt: isoDay(r.published_at),
      updatedAt: r.updated_at,
    };
    byFact.set(r.fact_id, [...(byFact.get(r.fact_id) ?? []), claim]);
  }
  return byFact;
}

export const toVerdictFact = (r: FactRow): VerdictFact => ({
  id: r.id,
  label: r.label,
  tally: r.tally === "running" || r.tally === "fixed" ? r.tally : null,
  eventEnd: r.event_end ? isoDay(r.event_end) : null,
});

/** What the facts row stores for a fact with these claims. */
export function storedVerdictOf(fact: VerdictFact, claims: VerdictClaim[]) {
  const latest = claims.reduce<number | null>((m, c) => Math.max(m ?? 0, c.updatedAt.getTime()), null);
  return {
    id: fact.id,
    verdict: factVerdict(claims, fact).relation as StoredVerdict,
    claim_count: claims.length,
    outlet_count: new Set(claims.map((c) => c.outletId)).size,
    claims_activity: latest === null ? null : new Date(latest).toISOString(),
  };
}

/**
 * Recomputes and stores the classification of these facts (deleted ones too:
 * a fact restored from the bin comes back right). Call it inside the
 * transaction of the write, after it: the facts' rows are locked first, so two
 * writes on one fact at once refresh one after the other and the last sees both.
 */
export async function refreshWith(run: RunSql, factIds: Iterable<string | null | undefined>): Promise<void> {
  const ids = [...new Set([...factIds].filter((id): id is string => Boolean(id)))].sort();
  if (ids.length === 0) return;
  const facts = await run<FactRow>(
    `SELECT id::text, label, tally, event_end FROM facts WHERE id IN ${IDS} ORDER BY id FOR UPDATE`,
    [JSON.stringify(ids)],
  );
  const claims = await loadVerdictClaims(run, ids);
  const rows = facts.map((f) => storedVerdictOf(toVerdictFact(f), claims.get(f.id) ?? []));
  await run(
    `UPDATE facts f SET verdict = v.verdict, claim_count = v.claim_count, outlet_count = v.outlet_count,
       claims_activity = v.claims_activity
     FROM jsonb_to_recordset($1::text::jsonb) AS v(id uuid, verdict text, claim_count int, outlet_count int, claims_activity timestamptz)
     WHERE f.id = v.id AND (f.verdict IS DISTINCT FROM v.verdict OR f.claim_count <> v.claim_count
       OR f.outlet_count <> v.outlet_count OR f.claims_activity IS DISTINCT FROM v.claims_activity)`,
    [JSON.stringify(rows)],
  );
}

export function refreshFactVerdicts(tx: Tx, factIds: Iterable<string | null | undefined>): Promise<void> {
  return refreshWith(runOnTx(tx), factIds);
}

/** Facts of the claims (live or not) of these articles: what an article's change can reclassify. */
export async function factsOfArticles(run: RunSql, articleIds: string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const rows = await run<{ id: string }>(
    `SELECT DISTINCT fact_id::text AS id FROM claims WHERE article_id IN ${IDS} AND fact_id IS NOT NULL`,
    [JSON.stringify(articleIds)],
  );
  return rows.map((r) => r.id);
}

const BATCH = 500;

/**
 * Fills in the stored classification, BATCH facts at a time in id order: those
 * still without one (after the migration that added it), or every fact (after
 * a workspace restore, whose rows arrive without it). `inTransaction` runs each
 * batch in a transaction of its own; a restore passes its own transaction.
 */
export async function backfillFactVerdicts(
  run: RunSql,
  options: { all: boolean; inTransaction?: (fn: (run: RunSql) => Promise<void>) => Promise<void> },
): Promise<number> {
  const batch = options.inTransaction ?? ((fn) => fn(run));
  let after = "00000000-0000-0000-0000-000000000000";
  let done = 0;
  for (;;) {
    const rows = await run<{ id: string }>(
      `SELECT id::text FROM facts WHERE id > $1::uuid ${options.all ? "" : "AND verdict IS NULL"} ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    if (rows.length === 0) return done;
    await batch((r) =>
      refreshWith(
        r,
        rows.map((row) => row.id),
      ),
    );
    done += rows.length;
    after = rows.at(-1)?.id ?? after;
  }
}
