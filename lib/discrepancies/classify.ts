import type { ClaimValue } from "@/lib/claims/value";
import { isCountedSubset } from "@/lib/figures";
import { lies, overlaps, sameInterval } from "./intervals";

// How two claims about one fact relate, and the fact as a whole. Pure: the
// explanation in words is built separately (explain.ts) from what is decided here.

export const RELATIONS = ["conflict", "not_comparable", "evolving", "compatible", "agree"] as const;
export type Relation = (typeof RELATIONS)[number];

/** Most serious first: the fact takes the most serious relation among its pairs. */
const SEVERITY: Record<Relation, number> = { conflict: 4, not_comparable: 3, evolving: 2, compatible: 1, agree: 0 };

export type ComparableClaim = {
  id: string;
  outlet: string;
  value: ClaimValue;
  /** The day the figure refers to: its "as of" date, else its article's publication (days since 1970). */
  refDay: number;
  /** Whether an editor gave that date; without one, no running total is assumed. */
  asOfGiven: boolean;
};

export type PairVerdict = {
  a: ComparableClaim;
  b: ComparableClaim;
  relation: Relation;
  /** Why, as data: explain.ts turns it into sentences. */
  reason:
    | { type: "same" }
    | { type: "overlap" }
    | { type: "disjoint" }
    | { type: "grows"; earlier: ComparableClaim; later: ComparableClaim }
    | { type: "shrinks"; earlier: ComparableClaim; later: ComparableClaim }
    | { type: "kind" }
    | { type: "unit" }
    | { type: "counted"; subset: { narrow: ComparableClaim; broad: ComparableClaim } | null };
};

export type FactVerdict = { relation: Relation | "single" | "none"; pairs: PairVerdict[] };

/** Counts and durations can grow over time (a toll, a war's length); dates cannot. */
const GROWING_KINDS = new Set(["count", "duration"]);

export function comparePair(a: ComparableClaim, b: ComparableClaim): PairVerdict {
  const va = a.value;
  const vb = b.value;
  const kindsMatch = va.kind === vb.kind || (va.kind.startsWith("date") && vb.kind.startsWith("date"));
  if (!kindsMatch) return { a, b, relation: "not_comparable", reason: { type: "kind" } };
  if ((va.unit ?? null) !== (vb.unit ?? null)) return { a, b, relation: "not_comparable", reason: { type: "unit" } };
  if (va.countedKey && vb.countedKey && va.countedKey !== vb.countedKey) {
    const subset = isCountedSubset(va.countedKey, vb.countedKey)
      ? { narrow: a, broad: b }
      : isCountedSubset(vb.countedKey, va.countedKey)
        ? { narrow: b, broad: a }
        : null;
    return { a, b, relation: "not_comparable", reason: { type: "counted", subset } };
  }
  if (sameInterval(va, vb) && va.approximate === vb.approximate)
    return { a, b, relation: "agree", reason: { type: "same" } };

  // A running total (a toll, a war's length) given at two dates: the later figure
  // may be higher, never lower. Only when an editor said what date a figure
  // refers to ("as of"): two outlets printing different final tolls a day apart
  // disagree; they do not report a count that grew.
  if (GROWING_KINDS.has(va.kind) && a.refDay !== b.refDay && (a.asOfGiven || b.asOfGiven)) {
    const [earlier, later] = a.refDay < b.refDay ? [a, b] : [b, a];
    if (lies(later.value, "below", earlier.value)) {
      return { a, b, relation: "conflict", reason: { type: "shrinks", earlier, later } };
    }
    return { a, b, relation: "evolving", reason: { type: "grows", earlier, later } };
  }
  if (overlaps(va, vb)) return { a, b, relation: "compatible", reason: { type: "overlap" } };
  return { a, b, relation: "conflict", reason: { type: "disjoint" } };
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
