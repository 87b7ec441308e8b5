import type { ClaimValue, Kind } from "./value";

/** A claims row holds its kind as plain text. */
type ClaimValueRow = Omit<ClaimValue, "kind" | "granularity"> & { kind: string; granularity: number | null };

/** The value columns of a claims row as raw SQL (postgres.js) returns them, by column name. */
export type ClaimValueColumns = {
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
};

/** The value columns of a raw-SQL claims row as a ClaimValue. */
export function claimValueFromColumns(c: ClaimValueColumns): ClaimValue {
  return toClaimValue({
    kind: c.kind,
    lower: c.lower,
    lowerInclusive: c.lower_inclusive,
    upper: c.upper,
    upperInclusive: c.upper_inclusive,
    approximate: c.approximate,
    granularity: c.granularity,
    qualifier: c.qualifier,
    unit: c.unit,
    counted: c.counted,
    countedKey: c.counted_key,
  });
}

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
