import type { ClaimValue } from "@/lib/claims/value";

// Interval arithmetic on claim values. null bounds are unbounded; each end is
// inclusive or not, so that "plus de 200" (200, ∞) and "200" [200, 200] do not
// touch while "au moins 200" [200, ∞) and "200" do.

export type Interval = Pick<ClaimValue, "lower" | "upper" | "lowerInclusive" | "upperInclusive">;

/** True when some value lies in both intervals. */
export function overlaps(a: Interval, b: Interval): boolean {
  return !lies(a, "below", b) && !lies(b, "below", a);
}

/** True when every value of a is below every value of b. */
export function lies(a: Interval, _where: "below", b: Interval): boolean {
  if (a.upper === null || b.lower === null) return false;
  if (a.upper < b.lower) return true;
  if (a.upper > b.lower) return false;
  return !(a.upperInclusive && b.lowerInclusive);
}

export function sameInterval(a: Interval, b: Interval): boolean {
  return (
    a.lower === b.lower &&
    a.upper === b.upper &&
    (a.lower === null || a.lowerInclusive === b.lowerInclusive) &&
    (a.upper === null || a.upperInclusive === b.upperInclusive)
  );
}
