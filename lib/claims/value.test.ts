import { describe, expect, it } from "vitest";
import { classifyCounted } from "@/lib/figures";
import { intervalProblem, parseBound, readValueFields, toValueFields, valueFieldsSchema } from "./value";

describe("claim values from a form", () => {
  it("reads numbers as editors type them", () => {
    expect(parseBound("count", "6 700")).toBe(6700);
    expect(parseBound("count", "6\u00a0700")).toBe(6700);
    expect(parseBound("money", "6,5")).toBe(6.5);
    expect(parseBound("count", "")).toBeNull();
    expect(parseBound("count", "six")).toBe("invalid");
  });

  it("reads dates as days since 1970", () => {
    expect(parseBound("date", "1970-01-02")).toBe(1);
    expect(parseBound("date", "2022-13-01")).toBe("invalid");
  });

  it("refuses impossible intervals", () => {
    expect(intervalProblem({ lower: 10, upper: 5, lowerInclusive: true, upperInclusive: true })).toMatch(/above/);
    expect(intervalProblem({ lower: 5, upper: 5, lowerInclusive: false, upperInclusive: true })).toMatch(
      /equal bounds/,
    );
    expect(intervalProblem({ lower: null, upper: null, lowerInclusive: false, upperInclusive: false })).toMatch(
      /at least one bound/,
    );
    expect(intervalProblem({ lower: 200, upper: null, lowerInclusive: false, upperInclusive: false })).toBeNull();
  });

  it("round-trips a value through the form fields", () => {
    const input = valueFieldsSchema.parse({ kind: "count", lower: "200", lowerInclusive: "false", counted: "Soldats" });
    const read = readValueFields(input, classifyCounted);
    expect(read).toEqual({
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
    if ("value" in read) {
      const again = readValueFields(valueFieldsSchema.parse(toValueFields(read.value)), classifyCounted);
      expect(again).toEqual(read);
    }
  });

  it("keeps the rounding step of a round figure, and refuses one that is not a positive number", () => {
    const weeks = readValueFields(
      valueFieldsSchema.parse({ kind: "duration", lower: "42", upper: "42", granularity: "7" }),
      classifyCounted,
    );
    expect(weeks).toMatchObject({ value: { lower: 42, upper: 42, granularity: 7, unit: "day" } });
    if ("value" in weeks) expect(toValueFields(weeks.value).granularity).toBe("7");
    for (const bad of ["0", "-7", "Infinity", "seven"]) {
      expect(
        readValueFields(valueFieldsSchema.parse({ kind: "duration", lower: "42", granularity: bad }), classifyCounted),
      ).toMatchObject({ fieldErrors: { granularity: [expect.stringMatching(/positive number/)] } });
    }
  });

  it("names the field that is wrong", () => {
    expect(readValueFields(valueFieldsSchema.parse({ kind: "date", lower: "31/10/2022" }), classifyCounted)).toEqual({
      fieldErrors: { lower: ["Give a date as YYYY-MM-DD"] },
    });
  });
});
