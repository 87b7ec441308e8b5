import { describe, expect, it } from "vitest";
import { dateTicks, formatAxisDay, formatAxisValue } from "./axis-ticks";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe("axis labels", () => {
  it("name days and months in the interface's language", () => {
    expect(formatAxisDay(day("2020-10-09"), "en")).toBe("9 Oct 2020");
    expect(formatAxisDay(day("2020-10-09"), "fr")).toBe("9 oct. 2020");
    expect(formatAxisDay(day("2020-10-09"), "en", false)).toBe("9 Oct");
    const months = dateTicks(day("2020-01-01"), day("2020-12-31"), 600, 80, "fr").map((t) => t.label);
    expect(months).toContain("avr. 2020");
    const days = dateTicks(day("2020-10-01"), day("2020-10-05"), 600, 80, "en").map((t) => t.label);
    expect(days).toEqual(["1 Oct", "2 Oct", "3 Oct", "4 Oct"]);
  });

  it("write values as the language does, for each kind", () => {
    expect(formatAxisValue(6500.5, "count", null, "en")).toBe("6,500.5");
    expect(formatAxisValue(6500.5, "count", null, "fr")).toBe("6\u202f500,5");
    expect(formatAxisValue(2.5, "percentage", null, "fr")).toBe("2,5 %");
    expect(formatAxisValue(3, "duration", null, "en")).toBe("3 days");
    expect(formatAxisValue(1_200_000, "money", "EUR", "en")).toBe("€1.2m");
    expect(formatAxisValue(12, "money", "ZZZ", "en")).toMatch(/12/);
  });
});
