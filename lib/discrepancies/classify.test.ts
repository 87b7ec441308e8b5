import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import { toEpochDay } from "@/lib/figures";
import { classifyFact, comparePair, type ComparableClaim } from "./classify";
import { explainFact, explainPair } from "./explain";

const count = (lower: number | null, upper: number | null, extra: Partial<ClaimValue> = {}): ClaimValue => ({
  kind: "count",
  lower,
  upper,
  lowerInclusive: lower !== null,
  upperInclusive: upper !== null,
  approximate: false,
  qualifier: null,
  unit: null,
  counted: null,
  countedKey: "people",
  ...extra,
});

const claim = (
  id: string,
  outlet: string,
  value: ClaimValue,
  day = "2022-10-31",
  asOfGiven = day !== "2022-10-31",
): ComparableClaim => ({
  id,
  outlet,
  value,
  refDay: toEpochDay(day),
  asOfGiven,
});

const euronews = claim("a", "Euronews", count(6500, 6500));
const ap = claim("b", "AP", count(6700, null, { lowerInclusive: false, qualifier: "plus de" }));
const rt = claim("c", "RT France", count(800, null, { lowerInclusive: false }), "2020-10-21");

describe("comparing two claims", () => {
  it("agree: same value", () => {
    expect(comparePair(euronews, claim("d", "AFP", count(6500, 6500))).relation).toBe("agree");
  });

  it("conflict: 6 500 and more than 6 700 cannot both be true", () => {
    const verdict = comparePair(euronews, ap);
    expect(verdict.relation).toBe("conflict");
    expect(explainPair(verdict, "en")).toMatch(/cannot both be true/);
    expect(explainPair(verdict, "fr")).toMatch(/ne peuvent pas être vrais/);
  });

  it("compatible: 286 and more than 200 overlap, with different precision", () => {
    const verdict = comparePair(
      claim("e", "Euronews", count(286, 286)),
      claim("f", "AP", count(200, null, { lowerInclusive: false })),
    );
    expect(verdict.relation).toBe("compatible");
  });

  it("exclusive bounds do not touch: 200 and more than 200 conflict", () => {
    expect(
      comparePair(claim("e", "X", count(200, 200)), claim("f", "Y", count(200, null, { lowerInclusive: false })))
        .relation,
    ).toBe("conflict");
  });

  it("evolving: a running toll from an earlier date, even when the intervals overlap", () => {
    const verdict = comparePair(rt, euronews);
    expect(verdict.relation).toBe("evolving");
    expect(explainPair(verdict, "en")).toMatch(/21 October 2020.*31 October 2022/);
  });

  it("a toll that shrinks over time is a conflict", () => {
    const later = claim("g", "Later", count(500, 500), "2023-01-01");
    expect(comparePair(euronews, later).relation).toBe("conflict");
  });

  it("two final tolls published on different days disagree: nothing says the count grew", () => {
    const later = claim("p", "Le Monde", count(6700, 6700), "2022-11-05", false);
    expect(comparePair(euronews, later).relation).toBe("conflict");
  });

  it("dates do not evolve", () => {
    const day = (iso: string): ClaimValue => ({
      ...count(toEpochDay(iso), toEpochDay(iso)),
      kind: "date",
      countedKey: null,
    });
    expect(
      comparePair(
        claim("h", "RT", day("2020-10-09"), "2020-10-21"),
        claim("i", "RFE/RL", day("2020-10-10"), "2020-11-02"),
      ).relation,
    ).toBe("conflict");
  });

  it("not comparable: soldiers against all the dead, saying which is part of which", () => {
    const verdict = comparePair(
      claim("j", "Euronews", count(286, 286)),
      claim("k", "AP", count(200, null, { lowerInclusive: false, countedKey: "soldiers" })),
    );
    expect(verdict.relation).toBe("not_comparable");
    const text = explainPair(verdict, "en");
    expect(text).toMatch(/counts soldiers/);
    expect(text).toMatch(/Soldiers are among people/);
  });

  it("not comparable: different units or kinds", () => {
    expect(
      comparePair(
        claim("l", "X", count(5, 5, { unit: "EUR", kind: "money" })),
        claim("m", "Y", count(5, 5, { unit: "USD", kind: "money" })),
      ).relation,
    ).toBe("not_comparable");
    expect(comparePair(claim("n", "X", count(42, 42, { kind: "duration", unit: "day" })), euronews).relation).toBe(
      "not_comparable",
    );
  });
});

describe("classifying a fact", () => {
  it("takes the most serious relation among its pairs, and lists that pair first", () => {
    const verdict = classifyFact([rt, euronews, ap]);
    expect(verdict.relation).toBe("conflict");
    expect(verdict.pairs).toHaveLength(3);
    expect(verdict.pairs[0]?.relation).toBe("conflict");
    expect(verdict.pairs.map((p) => p.relation).sort()).toEqual(["conflict", "evolving", "evolving"]);
    expect(explainFact(verdict, "en")).toMatch(/^Conflict\. /);
  });

  it("says when there is nothing to compare", () => {
    expect(classifyFact([]).relation).toBe("none");
    expect(classifyFact([euronews]).relation).toBe("single");
    expect(explainFact(classifyFact([euronews]), "fr")).toMatch(/rien à comparer/);
  });
});
