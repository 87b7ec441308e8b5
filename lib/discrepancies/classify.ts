import type { ClaimValue } from "@/lib/claims/value";
import { compareCounted } from "./counted-scope";
import { lies, overlaps, sameInterval, withTolerance } from "./intervals";

// How two claims about one fact relate, and the fact as a whole. Pure: the
// explanation in words is built separately (explain.ts) from what is decided
// here. The rules, and why, are in VERDICTS.md.

export const RELATIONS = ["conflict", "not_comparable", "evolving", "compatible", "agree"] as const;
export type Relation = (typeof RELATIONS)[number];

/** Most serious first: the fact takes the most serious relation among its pairs. */
const SEVERITY: Record<Relation, number> = { conflict: 4, not_comparable: 3, evolving: 2, compatible: 1, agree: 0 };

export type ComparableClaim = {
  id: string;
  outlet: string;
  /** The figure as written ("six semaines"), when known: explanations quote it. */
  figure?: string;
  value: ClaimValue;
  /** The day the figure refers to: its "as of" date, else its article's publication (days since 1970). */
  refDay: number;
  /** Where refDay comes from: an editor's "as of", or the publication date. */
  refSource: "asOf" | "published";
  /** Whether an editor gave the "as of" date (refSource === "asOf"). */
  asOfGiven: boolean;
  /**
   * The day the figure is compared at, for a count that grows: its refDay, or for a
   * final toll the first day of finality (all final tolls compare as simultaneous).
   * Null when time does not matter (dates, shares, money, a fact that is no running total).
   */
  at: number | null;
  /** Reported after the counted event was over (and tolls settled): a final toll. */
  final: boolean;
};

type Scope = { narrow: ComparableClaim; broad: ComparableClaim };

export type PairReason =
  | { type: "same" }
  /** Both can be true; `rounding` when only a round figure's tolerance makes them meet. */
  | { type: "overlap"; rounding: boolean }
  | { type: "disjoint" }
  | { type: "grows"; earlier: ComparableClaim; later: ComparableClaim }
  | { type: "shrinks"; earlier: ComparableClaim; later: ComparableClaim }
  | { type: "kind" }
  | { type: "unit" }
  /** Different, unrelated counted things (`subset` is always null: kept for stored verdicts). */
  | { type: "counted"; subset: null }
  /** One counts part of what the other counts, and it fits: narrower scope. */
  | ({ type: "narrower" } & Scope)
  /** One counts part of what the other counts, and the part is larger than the whole. */
  | ({ type: "partExceeds" } & Scope);

export type PairVerdict = {
  a: ComparableClaim;
  b: ComparableClaim;
  relation: Relation;
  /** Why, as data: explain.ts turns it into sentences. */
  reason: PairReason;
  /** Both are final tolls printed on different days: compared as simultaneous. */
  final: boolean;
};

export type FactVerdict = { relation: Relation | "single" | "none"; pairs: PairVerdict[] };

const kindsMatch = (a: ClaimValue, b: ClaimValue) =>
  a.kind === b.kind || (a.kind.startsWith("date") && b.kind.startsWith("date"));

export function comparePair(a: ComparableClaim, b: ComparableClaim): PairVerdict {
  const final = a.final && b.final && a.refDay !== b.refDay;
  const verdict = (relation: Relation, reason: PairReason): PairVerdict => ({ a, b, relation, reason, final });
  const va = a.value;
  const vb = b.value;
  if (!kindsMatch(va, vb)) return verdict("not_comparable", { type: "kind" });
  if ((va.unit ?? null) !== (vb.unit ?? null)) return verdict("not_comparable", { type: "unit" });

  const counted = compareCounted(va, vb);
  if (counted.type === "unrelated") return verdict("not_comparable", { type: "counted", subset: null });
  const scope: Scope | null =
    counted.type === "part" ? (counted.narrow === "a" ? { narrow: a, broad: b } : { narrow: b, broad: a }) : null;

  if (!scope && sameInterval(va, vb) && va.approximate === vb.approximate) return verdict("agree", { type: "same" });

  const ta = withTolerance(va);
  const tb = withTolerance(vb);

  // A running total given at two dates: the later figure may be higher, never
  // lower than what it includes. A later count of a part may be anything.
  if (a.at !== null && b.at !== null && a.at !== b.at) {
    const [earlier, later] = a.at < b.at ? [a, b] : [b, a];
    const laterIncludesEarlier = !scope || scope.broad === later;
    const [te, tl] = earlier === a ? [ta, tb] : [tb, ta];
    if (laterIncludesEarlier && lies(tl, "below", te)) return verdict("conflict", { type: "shrinks", earlier, later });
    return verdict("evolving", { type: "grows", earlier, later });
  }

  if (scope) {
    const [tn, tw] = scope.narrow === a ? [ta, tb] : [tb, ta];
    if (lies(tw, "below", tn)) return verdict("conflict", { type: "partExceeds", ...scope });
    return verdict("compatible", { type: "narrower", ...scope });
  }
  if (overlaps(va, vb)) return verdict("compatible", { type: "overlap", rounding: false });
  if (overlaps(ta, tb)) return verdict("compatible", { type: "overlap", rounding: true });
  return verdict("conflict", { type: "disjoint" });
}

export function classifyFact(claims: ComparableClaim[]): FactVerdict {
  if (claims.length === 0) return { relation: "none", pairs: [] };
  if (claims.length === 1) return { relation: "single", pairs: [] };
  const pairs: PairVerdict[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++)
      pairs.push(comparePair(claims[i] as ComparableClaim, claims[j] as ComparableClaim));
  }
  const relation = pairs.reduce<Relation>(
    (worst, p) => (SEVERITY[p.relation] > SEVERITY[worst] ? p.relation : worst),
    "agree",
  );
  return { relation, pairs: sortPairs(pairs) };
}

/** Most serious pairs first, so an editor reads what matters at the top. */
export function sortPairs(pairs: PairVerdict[]): PairVerdict[] {
  return [...pairs].sort((x, y) => SEVERITY[y.relation] - SEVERITY[x.relation]);
}

export const isDiscrepancy = (v: FactVerdict) =>
  v.relation !== "agree" && v.relation !== "single" && v.relation !== "none";
