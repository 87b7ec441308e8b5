import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import { describeValue } from "@/lib/figures";
import { valueWords } from "./build-report";

const value = (v: Partial<ClaimValue>): ClaimValue => ({
  kind: "count",
  lower: 6500,
  lowerInclusive: true,
  upper: 6500,
  upperInclusive: true,
  approximate: false,
  qualifier: null,
  unit: null,
  counted: null,
  countedKey: null,
  granularity: null,
  ...v,
});

describe("values in words remembered by a report", () => {
  it("say what describeValue says, for values that differ in any one field", () => {
    const values = [
      value({}),
      value({}),
      value({ upper: null }),
      value({ upper: 7000 }),
      value({ upper: 7000, upperInclusive: false }),
      value({ lowerInclusive: false, upper: null }),
      value({ lower: 6000, upper: 7000, approximate: true }),
      value({ lower: 6000, upper: 7000, approximate: true, qualifier: "près de" }),
      value({ countedKey: "people", counted: "morts" }),
      value({ countedKey: "people", counted: "blessés" }),
      value({ kind: "percentage", lower: 2.5, upper: 2.5 }),
      value({ kind: "money", unit: "EUR", lower: 6.5e6, upper: 6.5e6 }),
      value({ kind: "money", unit: "USD", lower: 6.5e6, upper: 6.5e6 }),
      value({ kind: "duration", lower: 42, upper: 42 }),
      value({ kind: "duration", lower: 42, upper: 42, granularity: 7 }),
      value({ kind: "date", lower: 19296, upper: 19296 }),
    ];
    for (const locale of ["en", "fr"] as const) {
      const words = valueWords(locale);
      for (const v of [...values, ...values]) expect(words(v)).toBe(describeValue(v, locale));
    }
  });
});
