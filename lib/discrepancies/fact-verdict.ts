import type { ClaimValue } from "@/lib/claims/value";
import { toEpochDay } from "@/lib/figures";
import { classifyFact, type ComparableClaim, type FactVerdict } from "./classify";

type ClaimLike = { id: string; outlet: string; value: ClaimValue; asOf: string | null; publishedAt: string };

/** A figure refers to its "as of" date when given, else to its article's day. */
export function toComparable(c: ClaimLike): ComparableClaim {
  return {
    id: c.id,
    outlet: c.outlet,
    value: c.value,
    refDay: toEpochDay(c.asOf ?? c.publishedAt),
    asOfGiven: c.asOf !== null,
  };
}

export function factVerdict(claims: ClaimLike[]): FactVerdict {
  return classifyFact(claims.map(toComparable));
}
