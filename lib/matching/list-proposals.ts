import type { ClaimValue } from "@/lib/claims/value";
import { sql } from "@/lib/db/client";
import type { Relation } from "@/lib/discrepancies/classify";
import { factVerdict, type ClaimLike } from "@/lib/discrepancies/fact-verdict";
import { getFact, type FactView } from "@/lib/facts/get-fact";
import type { Reason } from "./score";

// The inbox's proposals, grouped by fact (or by new-fact key), best first,
// each with what it would do to its fact's verdict: the verdict is computed
// with and without the proposed figure, as the fact page computes it.

export type VerdictLabel = Relation | "single" | "none";

export type ProposalEffect =
  | { type: "newFact" }
  | { type: "first" }
  | {
      type: "change" | "keep";
      relation: VerdictLabel;
      /** The pair that makes the verdict: the new figure and a claim, or two claims already there. */
      figure: string;
      other: string;
      /** When the verdict comes from two claims already there: how the new figure meets its closest claim. */
      own?: { relation: VerdictLabel; figure: string; other: string };
    };

export type ProposalView = {
  id: string;
  figure: string;
  before: string;
  after: string;
  language: string;
  articleId: string;
  articleTitle: string;
  outlet: string;
  publishedAt: string;
  score: number;
  reasons: Reason[];
  effect: ProposalEffect;
};

export type ProposalGroup =
  | { type: "fact"; key: string; factId: string; label: string; relation: VerdictLabel; proposals: ProposalView[] }
  | { type: "newFact"; key: string; proposals: ProposalView[] };

type Row = {
  id: string;
  factId: string | null;
  newFactKey: string | null;
  figure: string;
  value: ClaimValue;
  score: number;
  reasons: Reason[];
  articleId: string;
  title: string;
  outlet: string;
  language: string;
  publishedAt: string;
  before: string;
  after: string;
};

const MAX_GROUPS = 40;
const MAX_ROWS = 400;

/** How many proposals wait (the header's count: the partial index on waiting rows). */
export async function countWaitingProposals(): Promise<number> {
  const [row] = await sql()<{ n: number }[]>`SELECT count(*)::int AS n FROM claim_proposals WHERE status = 'waiting'`;
  return row?.n ?? 0;
}

export async function listWaitingProposals(): Promise<ProposalGroup[]> {
  // The groups with the best proposals first; the sentence around each figure cut from its article.
  const rows = await sql()<Row[]>`
    WITH waiting AS (
      SELECT p.*, max(p.score) OVER (PARTITION BY coalesce(p.fact_id, p.new_fact_key)) AS best
      FROM claim_proposals p WHERE p.status = 'waiting'
    )
    SELECT w.id, w.fact_id AS "factId", w.new_fact_key AS "newFactKey", w.figure, w.value, w.score, w.reasons,
      a.id AS "articleId", a.title, o.name AS outlet, a.language, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt",
      substr(a.text, w.sentence_start + 1, w.span_start - w.sentence_start) AS before,
      substr(a.text, w.span_end + 1, w.sentence_end - w.span_end) AS after
    FROM waiting w JOIN articles a ON a.id = w.article_id AND a.deleted_at IS NULL
      JOIN outlets o ON o.id = a.outlet_id
      LEFT JOIN facts f ON f.id = w.fact_id
    WHERE w.fact_id IS NULL OR f.deleted_at IS NULL
    ORDER BY w.best DESC, coalesce(w.fact_id, w.new_fact_key), w.score DESC, w.id
    LIMIT ${MAX_ROWS}`;

  const order: string[] = [];
  const byKey = new Map<string, Row[]>();
  for (const r of rows) {
    const key = r.factId ?? r.newFactKey ?? r.id;
    if (!byKey.has(key)) {
      if (order.length >= MAX_GROUPS) continue;
      order.push(key);
      byKey.set(key, []);
    }
    byKey.get(key)?.push(r);
  }
  const facts = new Map<string, FactView | null>();
  await Promise.all(
    [...new Set(rows.map((r) => r.factId).filter((id): id is string => id !== null && byKey.has(id)))].map(async (id) =>
      facts.set(id, await getFact(id)),
    ),
  );

  const groups: ProposalGroup[] = [];
  for (const key of order) {
    const list = byKey.get(key) ?? [];
    const factId = list[0]?.factId ?? null;
    if (factId) {
      const fact = facts.get(factId);
      if (!fact) continue;
      const now = factVerdict(fact.claims, fact);
      groups.push({
        type: "fact",
        key,
        factId,
        label: fact.label,
        relation: now.relation,
        proposals: list.map((r) => view(r, proposalEffect(fact, r))),
      });
    } else {
      groups.push({ type: "newFact", key, proposals: list.map((r) => view(r, { type: "newFact" })) });
    }
  }
  return groups;
}

function view(r: Row, effect: ProposalEffect): ProposalView {
  return {
    id: r.id,
    figure: r.figure,
    before: r.before,
    after: r.after,
    language: r.language,
    articleId: r.articleId,
    articleTitle: r.title,
    outlet: r.outlet,
    publishedAt: r.publishedAt,
    score: r.score,
    reasons: r.reasons,
    effect,
  };
}

const PROPOSED = "proposed";

/** The fact's verdict with the figure added, and the pair that decides it. */
export function proposalEffect(
  fact: Pick<FactView, "label" | "tally" | "eventEnd" | "claims">,
  p: { figure: string; value: ClaimValue; outlet: string; publishedAt: string },
): ProposalEffect {
  if (fact.claims.length === 0) return { type: "first" };
  const before = factVerdict(fact.claims, fact);
  const added: ClaimLike = {
    id: PROPOSED,
    outlet: p.outlet,
    value: p.value,
    asOf: null,
    publishedAt: p.publishedAt,
    figure: p.figure,
  };
  const after = factVerdict([...fact.claims, added], fact);
  const figureOf = (id: string) => (id === PROPOSED ? p.figure : (fact.claims.find((c) => c.id === id)?.figure ?? ""));
  // Pairs come most serious first: the verdict's own pair, and the new figure's most serious one.
  const own = after.pairs.find((x) => x.a.id === PROPOSED || x.b.id === PROPOSED);
  const ownOther = own ? (own.a.id === PROPOSED ? own.b : own.a) : null;
  const type = after.relation === before.relation ? "keep" : "change";
  const top = after.pairs[0];
  if (own && ownOther && top && top.relation === after.relation && own.relation !== after.relation) {
    // The new figure is milder than the verdict ("about 6,800" fits both "6 500" and "plus de 6 700"):
    // name the pair that makes it, and say how the new figure meets its claims.
    return {
      type,
      relation: after.relation,
      figure: figureOf(top.a.id),
      other: figureOf(top.b.id),
      own: { relation: own.relation, figure: p.figure, other: figureOf(ownOther.id) },
    };
  }
  return { type, relation: after.relation, figure: p.figure, other: ownOther ? figureOf(ownOther.id) : "" };
}
