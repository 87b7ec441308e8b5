import type { ClaimValue, Kind } from "./value";

type ClaimValueRow = {
  kind: string;
  lower: number | null;
  lowerInclusive: boolean;
  upper: number | null;
  upperInclusive: boolean;
  approximate: boolean;
  qualifier: string | null;
  unit: string | null;
  counted: string | null;
  countedKey: string | null;
};

/** The value columns of a claim row as a ClaimValue. */
export function toClaimValue(row: ClaimValueRow): ClaimValue {
  return {
    kind: row.kind as Kind,
    lower: row.lower,
    lowerInclusive: row.lowerInclusive,
    upper: row.upper,
    upperInclusive: row.upperInclusive,
    approximate: row.approximate,
    qualifier: row.qualifier,
    unit: row.unit,
    counted: row.counted,
    countedKey: row.countedKey,
  };
}
