import { describe, expect, it } from "vitest";
import { classifyCounted, toEpochDay } from "@/lib/figures";
import { intervalProblem, parseBound, readValueFields, toValueFields, VALUE_LIMITS, valueFieldsSchema } from "./value";

const read = (fields: Record<string, string>) => readValueFields(valueFieldsSchema.parse(fields), classifyCounted);

describe("claim values from a form", () => {
  it("reads numbers as editors type them", () => {
    expect(parseBound("count", "6 700")).toBe(6700);
    expect(parseBound("count", "6\u00a0700")).toBe(6700);
    expect(parseBound("money", "6,5")).toBe(6.5);
    expect(parseBound("count", "")).toBeNull();
    expect(parseBound("count", "six")).toEqual({ key: "errors.value.notANumber", values: { given: "six" } });
  });

  it("reads dates as days since 1970, and says when a day does not exist", () => {
    expect(parseBound("date", "1970-01-02")).toBe(1);
    expect(parseBound("date", "2022-13-01")).toEqual({
      key: "errors.value.noSuchDay",
      values: { given: "2022-13-01" },
    });
    expect(parseBound("date", "2020-02-31")).toEqual({
      key: "errors.value.noSuchDay",
      values: { given: "2020-02-31" },
    });
    expect(parseBound("date", "2020-02-29")).toBe(toEpochDay("2020-02-29"));
  });

  it("refuses values that are not finite or not plausible for their kind", () => {
    const huge = `1${"0".repeat(400)}`; // Number() reads it as Infinity
    for (const [kind, given] of [
      ["count", huge],
      ["count", "-5"],
      ["count", "1000000000000001"],
      ["money", "-1"],
      ["money", huge],
      ["percentage", "-101"],
      ["percentage", "1000001"],
      ["duration", "-1"],
      ["duration", "6000000000000"],
    ] as const) {
      expect(parseBound(kind, given), `${kind} ${given}`).toMatchObject({ key: "errors.value.outOfRange" });
    }
    for (const given of ["0999-12-31", "0000-01-01"]) {
      expect(parseBound("date", given)).toMatchObject({ key: "errors.value.dateOutOfRange" });
    }
    expect(parseBound("count", "1000000000000000")).toBe(1e15);
    expect(parseBound("count", "0")).toBe(0);
    expect(parseBound("percentage", "-100")).toBe(-100);
    expect(parseBound("date_range", "9999-12-31")).toBe(VALUE_LIMITS.date_range.max);
    expect(parseBound("date", "1000-01-01")).toBe(VALUE_LIMITS.date.min);
  });

  it("refuses impossible intervals", () => {
    expect(intervalProblem({ lower: 10, upper: 5, lowerInclusive: true, upperInclusive: true })).toBe(
      "errors.value.lowerAboveUpper",
    );
    expect(intervalProblem({ lower: 5, upper: 5, lowerInclusive: false, upperInclusive: true })).toBe(
      "errors.value.equalBoundsExcluded",
    );
    expect(intervalProblem({ lower: null, upper: null, lowerInclusive: false, upperInclusive: false })).toBe(
      "errors.value.noBound",
    );
    expect(intervalProblem({ lower: 200, upper: null, lowerInclusive: false, upperInclusive: false })).toBeNull();
  });

  it("round-trips a value through the form fields", () => {
    const value = read({ kind: "count", lower: "200", lowerInclusive: "false", counted: "Soldats" });
    expect(value).toEqual({
      value: {
        kind: "count",
        lower: 200,
        lowerInclusive: false,
        upper: null,
        upperInclusive: false,
        approximate: false,
        granularity: null,
        qualifier: null,
        unit: null,
        counted: "soldats",
        countedKey: "soldiers",
      },
    });
    if ("value" in value) {
      const again = readValueFields(valueFieldsSchema.parse(toValueFields(value.value)), classifyCounted);
      expect(again).toEqual(value);
    }
  });

  it("keeps the rounding step of a round figure, and refuses one that is not a positive number", () => {
    const weeks = read({ kind: "duration", lower: "42", upper: "42", granularity: "7" });
    expect(weeks).toMatchObject({ value: { lower: 42, upper: 42, granularity: 7, unit: "day" } });
    if ("value" in weeks) expect(toValueFields(weeks.value).granularity).toBe("7");
    for (const bad of ["0", "-7", "Infinity", "seven", "NaN"]) {
      expect(read({ kind: "duration", lower: "42", granularity: bad })).toEqual({
        fieldErrors: { granularity: [{ key: "errors.value.granularity", values: { given: bad } }] },
      });
    }
    expect(read({ kind: "percentage", lower: "42", granularity: "2000000" })).toMatchObject({
      fieldErrors: { granularity: [{ key: "errors.value.granularityTooLarge" }] },
    });
  });

  it("names the field that is wrong", () => {
    expect(read({ kind: "date", lower: "31/10/2022" })).toEqual({
      fieldErrors: { lower: [{ key: "errors.value.notADate", values: { given: "31/10/2022" } }] },
    });
    expect(read({ kind: "count", lower: "5", upper: `1${"0".repeat(400)}` })).toMatchObject({
      fieldErrors: { upper: [{ key: "errors.value.outOfRange", values: { kind: "count", min: 0, max: 1e15 } }] },
    });
  });
});
