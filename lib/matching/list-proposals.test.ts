import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import type { FactView } from "@/lib/facts/get-fact";
import { proposalEffect } from "./list-proposals";

// What the inbox says a proposal would do to its fact: the verdict with the
// figure added, and the pair of claims that makes that verdict.

const count = (lower: number, upper: number | null, lowerInclusive = true, approximate = false): ClaimValue => ({
  kind: "count",
  lower,
  lowerInclusive,
  upper,
  upperInclusive: true,
  approximate,
  qualifier: null,
  unit: null,
  counted: "morts",
  countedKey: "people",
  granularity: null,
});

const claim = (id: string, outlet: string, figure: string, value: ClaimValue) => ({
  id,
  outlet,
  figure,
  value,
  asOf: null,
  publishedAt: "2022-10-31",
});

const toll = {
  label: "Morts de la guerre de 2020",
  tally: "fixed" as const,
  eventEnd: "2020-11-10",
  claims: [
    claim("a", "Le Monde", "6 500", count(6500, 6500)),
    claim("b", "AP", "plus de 6 700", count(6700, null, false)),
  ] as unknown as FactView["claims"],
};

describe("proposalEffect", () => {
  it("names the new figure's own pair when it is what makes the verdict", () => {
    const effect = proposalEffect(toll, {
      figure: "12 000",
      value: count(12000, 12000),
      outlet: "Reuters",
      publishedAt: "2022-11-01",
    });
    expect(effect).toEqual({ type: "keep", relation: "conflict", figure: "12 000", other: "6 500" });
  });

  it("names the claims that make the verdict when the new figure fits them both, and says how it meets them", () => {
    const effect = proposalEffect(toll, {
      figure: "about 6,800",
      value: count(6120, 7480, true, true),
      outlet: "Reuters",
      publishedAt: "2022-11-01",
    });
    expect(effect).toMatchObject({ type: "keep", relation: "conflict" });
    if (effect.type !== "keep") throw new Error("expected keep");
    expect(new Set([effect.figure, effect.other])).toEqual(new Set(["6 500", "plus de 6 700"]));
    expect(effect.own?.figure).toBe("about 6,800");
    expect(effect.own?.relation).not.toBe("conflict");
  });

  it("says a fact without claims would get its first", () => {
    expect(
      proposalEffect(
        { ...toll, claims: [] },
        { figure: "6 500", value: count(6500, 6500), outlet: "X", publishedAt: "2022-11-01" },
      ),
    ).toEqual({ type: "first" });
  });
});
