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

/** Half the rounding step of a round figure ("six semaines": 3.5 days), 0 when exact. */
export function tolerance(value: Pick<ClaimValue, "granularity">): number {
  const step = value.granularity ?? 0;
  return Number.isFinite(step) && step > 0 ? step / 2 : 0;
}

/**
 * The values a round figure allows: its interval widened by half its rounding
 * step either side, ends included ("six semaines" = 42 days to the week covers
 * 38.5 to 45.5). Exact figures are returned as they are.
 */
export function withTolerance(value: Interval & Pick<ClaimValue, "granularity">): Interval {
  const half = tolerance(value);
  if (half === 0) return value;
  return {
    lower: value.lower === null ? null : value.lower - half,
    upper: value.upper === null ? null : value.upper + half,
    lowerInclusive: value.lower === null ? value.lowerInclusive : true,
    upperInclusive: value.upper === null ? value.upperInclusive : true,
  };
}
