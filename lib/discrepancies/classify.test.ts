import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import { explainFact, explainPair } from "./explain";
import { factVerdict, type ClaimLike } from "./fact-verdict";

// Each verdict rule of VERDICTS.md, on claims as the fact page and the exports
// receive them (factVerdict), so that the dates work as they do in the app.

const value = (lower: number | null, upper: number | null, extra: Partial<ClaimValue> = {}): ClaimValue => ({
  kind: "count",
  lower,
  upper,
  lowerInclusive: lower !== null,
  upperInclusive: upper !== null,
  approximate: false,
  granularity: null,
  qualifier: null,
  unit: null,
  counted: null,
  countedKey: null,
  ...extra,
});
const people = (lower: number | null, upper: number | null, extra: Partial<ClaimValue> = {}) =>
  value(lower, upper, { counted: "personnes", countedKey: "people", ...extra });
const moreThan = (n: number, extra: Partial<ClaimValue> = {}) =>
  people(n, null, { lowerInclusive: false, qualifier: "plus de", ...extra });

let n = 0;
const claim = (outlet: string, v: ClaimValue, publishedAt: string, asOf: string | null = null): ClaimLike => ({
  id: `c${++n}`,
  outlet,
  value: v,
  publishedAt,
  asOf,
});
const pair = (a: ClaimLike, b: ClaimLike, fact?: Parameters<typeof factVerdict>[1]) => {
  const verdict = factVerdict([a, b], fact);
  const p = verdict.pairs[0];
  if (!p) throw new Error("no pair");
  return { ...p, period: verdict.period };
};

describe("same figure, same day", () => {
  it("agree: same value", () => {
    expect(
      pair(claim("A", people(6500, 6500), "2022-10-31"), claim("B", people(6500, 6500), "2022-10-31")).relation,
    ).toBe("agree");
  });

  it("conflict: 6 500 and more than 6 700 cannot both be true", () => {
    const p = pair(claim("Euronews", people(6500, 6500), "2022-10-31"), claim("AP", moreThan(6700), "2022-10-31"));
    expect(p.relation).toBe("conflict");
    expect(explainPair(p, "en")).toMatch(/cannot both be true/);
    expect(explainPair(p, "fr")).toMatch(/ne peuvent pas être vrais/);
  });

  it("compatible: 286 and more than 200 overlap", () => {
    expect(pair(claim("A", people(286, 286), "2022-10-31"), claim("B", moreThan(200), "2022-10-31")).relation).toBe(
      "compatible",
    );
  });

  it("exclusive bounds do not touch: 200 and more than 200 conflict", () => {
    expect(pair(claim("A", people(200, 200), "2022-10-31"), claim("B", moreThan(200), "2022-10-31")).relation).toBe(
      "conflict",
    );
  });
});

describe("a round figure carries its rounding tolerance", () => {
  const sixWeeks = value(42, 42, { kind: "duration", unit: "day", granularity: 7 });
  const days = (d: number) => value(d, d, { kind: "duration", unit: "day" });

  it("«six semaines» (42 days, to the week) and «44 jours» are compatible, thanks to rounding", () => {
    const p = pair(claim("AP", sixWeeks, "2022-10-31"), claim("X", days(44), "2022-10-31"), { tally: "fixed" });
    expect(p.relation).toBe("compatible");
    expect(p.reason).toEqual({ type: "overlap", rounding: true });
    expect(explainPair(p, "en")).toMatch(/round figure, good to within 3\.5 days/);
    expect(explainPair(p, "fr")).toMatch(/3,5 jours près/);
  });

  it("half the step either side, no more: 46 days is beyond six weeks", () => {
    expect(
      pair(claim("AP", sixWeeks, "2022-10-31"), claim("X", days(46), "2022-10-31"), { tally: "fixed" }).relation,
    ).toBe("conflict");
    expect(
      pair(claim("AP", sixWeeks, "2022-10-31"), claim("X", days(45.5), "2022-10-31"), { tally: "fixed" }).relation,
    ).toBe("compatible");
  });

  it("printed on different days, a war's length is still one length: six weeks and 44 days stay compatible", () => {
    expect(pair(claim("AP", sixWeeks, "2022-10-31"), claim("X", days(44), "2024-08-19")).relation).toBe("compatible");
    expect(pair(claim("AP", days(42), "2022-10-31"), claim("X", days(44), "2024-08-19")).relation).toBe("conflict");
  });

  it("a length an editor dates (as of) is a running length: a later, longer one is evolving", () => {
    const ninth = value(242, 276, { kind: "duration", unit: "day", upperInclusive: false });
    const eleventh = value(304, 337, { kind: "duration", unit: "day", upperInclusive: false });
    expect(pair(claim("AP", ninth, "2022-10-31", "2022-10-31"), claim("Y", eleventh, "2022-12-30")).relation).toBe(
      "evolving",
    );
  });

  it("an exact figure keeps its exact value: 42 days and 44 days conflict", () => {
    expect(
      pair(claim("AP", days(42), "2022-10-31"), claim("X", days(44), "2022-10-31"), { tally: "fixed" }).relation,
    ).toBe("conflict");
  });
});

describe("a count that grows: the as-of date", () => {
  it("without an as-of, a toll is taken at its article's publication date: 99 dead then more than 200 soldiers is evolving", () => {
    const early = claim("Wire", people(99, null, { counted: "morts", qualifier: "at least" }), "2022-09-13");
    const late = claim("AP", moreThan(200, { counted: "soldats", countedKey: "soldiers" }), "2022-10-31");
    const verdict = factVerdict([early, late], { label: "People killed in the September 2022 fighting" });
    expect(verdict.relation).toBe("evolving");
    expect(verdict.claims.map((c) => c.refSource)).toEqual(["published", "published"]);
    expect(explainPair(verdict.pairs[0] as never, "en")).toMatch(/13 September 2022 and 31 October 2022/);
  });

  it("a partial toll with its as-of against a later one: evolving even when the intervals overlap", () => {
    const rt = claim("RT", moreThan(800, { counted: "morts" }), "2020-10-21", "2020-10-21");
    const euronews = claim("Euronews", people(6500, 6500), "2022-10-31");
    expect(pair(rt, euronews).relation).toBe("evolving");
  });

  it("a toll that shrinks over time is a conflict", () => {
    expect(
      pair(claim("A", people(6500, 6500), "2022-10-31"), claim("B", people(500, 500), "2023-01-01")).relation,
    ).toBe("conflict");
  });

  it("dates, shares and sums do not grow: two different dates conflict whatever the publication days", () => {
    const day = (d: number): ClaimValue => value(d, d, { kind: "date" });
    expect(pair(claim("RT", day(18544), "2020-10-21"), claim("RFE/RL", day(18545), "2020-11-02")).relation).toBe(
      "conflict",
    );
  });
});

describe("final tolls: a toll grows only while the event it counts goes on", () => {
  const label = "People killed in the 2020 Nagorno-Karabakh war";
  const euronews = claim("Euronews", people(6500, 6500), "2022-10-31");
  const franceinfo = claim("franceinfo", moreThan(6700), "2024-08-19");

  it("6 500 in 2022 and more than 6 700 in 2024, both long after the 2020 war: final tolls, a conflict", () => {
    const p = pair(euronews, franceinfo, { label });
    expect(p.relation).toBe("conflict");
    expect(p.final).toBe(true);
    expect(p.period).toMatchObject({ mode: "running", source: "label" });
    expect(explainPair(p, "en", p.period)).toMatch(/final figures, which must agree/);
  });

  it("an editor's end date does the same when the label names no period", () => {
    expect(pair(euronews, franceinfo, { label: "War deaths", eventEnd: "2020-11-10" }).relation).toBe("conflict");
  });

  it("with no end known, later tolls may be higher: evolving", () => {
    expect(pair(euronews, franceinfo, { label: "War deaths" }).relation).toBe("evolving");
    expect(pair(euronews, franceinfo).relation).toBe("evolving");
  });

  it("an editor may say the event is still going on, whatever the label says", () => {
    expect(pair(euronews, franceinfo, { label, tally: "running" }).relation).toBe("evolving");
  });

  it("or that the count is no running total at all", () => {
    const a = claim("A", value(3, 3, { counted: "pays" }), "2020-10-21");
    const b = claim("B", value(4, 4, { counted: "pays" }), "2022-10-21");
    expect(pair(a, b, { tally: "fixed" }).relation).toBe("conflict");
    expect(pair(a, b).relation).toBe("evolving");
  });

  it("a toll dated during the event still evolves towards the final ones", () => {
    const rt = claim("RT", moreThan(800, { counted: "morts" }), "2020-10-21", "2020-10-21");
    const verdict = factVerdict([rt, euronews, franceinfo], { label });
    expect(verdict.relation).toBe("conflict");
    expect(verdict.pairs.map((p) => p.relation).sort()).toEqual(["conflict", "evolving", "evolving"]);
    expect(verdict.claims.map((c) => c.final)).toEqual([false, true, true]);
  });

  it("a toll given within the settling weeks after the end is not yet final", () => {
    const soon = claim("Soon", people(6000, 6000), "2021-01-15");
    expect(pair(soon, euronews, { label }).relation).toBe("evolving");
  });
});

describe("what is counted", () => {
  it("different, unrelated things are not comparable, never a conflict: 2 ex-voisins, 3 dirigeants", () => {
    const p = pair(
      claim("A", value(2, 2, { counted: "ex-voisins" }), "2022-10-31"),
      claim("B", value(3, 3, { counted: "dirigeants" }), "2022-10-31"),
    );
    expect(p.relation).toBe("not_comparable");
    expect(explainPair(p, "en")).toMatch(/A counts ex-voisins; B counts dirigeants: different things/);
  });

  it("the same noun, whatever its spelling and number, is the same thing", () => {
    expect(
      pair(
        claim("A", value(2, 2, { counted: "ex-voisins" }), "2022-10-31"),
        claim("B", value(3, 3, { counted: "Ex-Voisin" }), "2022-10-31"),
      ).relation,
    ).toBe("conflict");
  });

  it("classes with no relation (civilians, soldiers) are not comparable", () => {
    expect(
      pair(
        claim("A", value(100, 100, { counted: "civils", countedKey: "civilians" }), "2022-10-31"),
        claim("B", value(100, 100, { counted: "soldats", countedKey: "soldiers" }), "2022-10-31"),
      ).relation,
    ).toBe("not_comparable");
  });

  it("a part that fits inside its whole is compatible, narrower scope: 286 dead and more than 200 soldiers", () => {
    const p = pair(
      claim("Euronews", people(286, 286, { counted: "morts" }), "2022-10-31"),
      claim("AP", moreThan(200, { counted: "soldats", countedKey: "soldiers" }), "2022-10-31"),
    );
    expect(p.relation).toBe("compatible");
    expect(p.reason.type).toBe("narrower");
    expect(explainPair(p, "en")).toMatch(/Narrower scope: the soldiers that AP counts are among the people/);
    expect(explainPair(p, "fr")).toMatch(/Périmètre plus étroit/);
  });

  it("a part larger than its whole is a conflict", () => {
    const p = pair(
      claim("A", people(150, 150, { counted: "morts" }), "2022-10-31"),
      claim("B", moreThan(200, { counted: "soldats", countedKey: "soldiers" }), "2022-10-31"),
    );
    expect(p.relation).toBe("conflict");
    expect(p.reason.type).toBe("partExceeds");
    expect(explainPair(p, "en")).toMatch(/the part is larger than the whole/);
  });

  it("a whole reported later below an earlier part is a conflict; a later part may be anything", () => {
    const soldiers = claim("A", value(200, 200, { counted: "soldats", countedKey: "soldiers" }), "2022-09-15");
    const dead = claim("B", people(150, 150, { counted: "morts" }), "2022-10-31");
    expect(pair(soldiers, dead).relation).toBe("conflict");
    const lateSoldiers = claim("C", value(100, 100, { counted: "soldats", countedKey: "soldiers" }), "2022-10-31");
    const earlyDead = claim("D", people(286, 286, { counted: "morts" }), "2022-09-15");
    expect(pair(earlyDead, lateSoldiers).relation).toBe("evolving");
  });

  it("not comparable: different units or kinds", () => {
    const money = (unit: string) => value(5, 5, { kind: "money", unit });
    expect(pair(claim("X", money("EUR"), "2022-10-31"), claim("Y", money("USD"), "2022-10-31")).relation).toBe(
      "not_comparable",
    );
    expect(
      pair(
        claim("X", value(42, 42, { kind: "duration", unit: "day" }), "2022-10-31"),
        claim("Y", people(42, 42), "2022-10-31"),
      ).relation,
    ).toBe("not_comparable");
  });
});

describe("a fact as a whole", () => {
  it("takes the most serious relation among its pairs, and lists that pair first", () => {
    const verdict = factVerdict([
      claim("RT", moreThan(800, { counted: "morts" }), "2020-10-21", "2020-10-21"),
      claim("Euronews", people(6500, 6500), "2022-10-31"),
      claim("AP", moreThan(6700), "2022-10-31"),
    ]);
    expect(verdict.relation).toBe("conflict");
    expect(verdict.pairs[0]?.relation).toBe("conflict");
    expect(explainFact(verdict, "en")).toMatch(/^Conflict\. Euronews: .*\(3 pairs: 1 conflict, 2 evolving\.\)$/);
    expect(explainFact(verdict, "fr")).toMatch(/^Contradiction\. .*\(3 paires : 1 contradiction, 2 évolutions\.\)$/);
  });

  it("says when there is nothing to compare", () => {
    expect(factVerdict([]).relation).toBe("none");
    const one = factVerdict([claim("A", people(1, 1), "2022-10-31")]);
    expect(one.relation).toBe("single");
    expect(explainFact(one, "fr")).toMatch(/rien à comparer/);
  });
});
