import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import { toEpochDay } from "@/lib/figures";
import { layoutNumberLine } from "./number-line";

const v = (lower: number | null, upper: number | null, extra: Partial<ClaimValue> = {}): ClaimValue => ({
  kind: "count",
  lower,
  upper,
  lowerInclusive: true,
  upperInclusive: true,
  approximate: false,
  qualifier: null,
  unit: null,
  counted: null,
  countedKey: null,
  ...extra,
});

describe("layoutNumberLine", () => {
  it("puts a larger value further right, and an unbounded end at the edge", () => {
    const line = layoutNumberLine([
      { id: "a", label: "Euronews", value: v(6500, 6500) },
      { id: "b", label: "AP", value: v(6700, null, { lowerInclusive: false }) },
    ]);
    expect(line).not.toBeNull();
    const [a, b] = line?.rows ?? [];
    expect(a?.point).toBe(true);
    expect(b?.x1).toBeGreaterThan(a?.x1 ?? Infinity);
    expect(b?.lowerOpen).toBe(true);
    expect(b?.upperUnbounded).toBe(true);
    expect(b?.x2).toBeCloseTo(line?.right ?? 0, 0);
    expect(line?.ticks.length).toBeGreaterThan(2);
  });

  it("labels a time line with dates", () => {
    const day = (iso: string) => toEpochDay(iso);
    const line = layoutNumberLine([
      { id: "a", label: "RT", value: v(day("2020-10-09"), day("2020-10-09"), { kind: "date" }) },
      { id: "b", label: "RFE/RL", value: v(day("2020-10-10"), day("2020-10-10"), { kind: "date" }) },
    ]);
    expect(line?.ticks.some((t) => /Oct/.test(t.label))).toBe(true);
  });

  it("draws nothing without any bound", () => {
    expect(layoutNumberLine([])).toBeNull();
  });
});
