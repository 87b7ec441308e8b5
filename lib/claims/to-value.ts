import type { ClaimValue, Kind } from "./value";

/** A claims row holds its kind as plain text. */
type ClaimValueRow = Omit<ClaimValue, "kind" | "granularity"> & { kind: string; granularity: number | null };

/** The value columns of a claim row as a ClaimValue. */
export function toClaimValue(row: ClaimValueRow): ClaimValue {
  return {
    kind: row.kind as Kind,
    lower: row.lower,
    lowerInclusive: row.lowerInclusive,
    upper: row.upper,
    upperInclusive: row.upperInclusive,
    approximate: row.approximate,
    granularity: row.granularity,
    qualifier: row.qualifier,
    unit: row.unit,
    counted: row.counted,
    countedKey: row.countedKey,
  };
}
