import { describe, expect, it } from "vitest";
import { diffQuotes, pairsToDiff } from "./word-diff";

const join = (pieces: { text: string }[]) => pieces.map((p) => p.text).join("");

describe("the word diff of two quotes", () => {
  const euronews = "après la mort de 6\u00a0500 personnes des deux côtés";
  const ap = "Plus de 6\u00a0700 personnes sont mortes dans les combats";
  const d = diffQuotes({ text: euronews, figureStart: 17, figureEnd: 22 }, { text: ap, figureStart: 0, figureEnd: 13 });

  it("keeps each quote whole, spaces included: nothing runs together", () => {
    expect(join(d.a)).toBe(euronews);
    expect(join(d.b)).toBe(ap);
  });

  it("marks only in each quote what the other lacks", () => {
    expect(d.a.filter((p) => p.changed).map((p) => p.text)).toContain("après");
    expect(d.a.some((p) => p.changed && p.text.includes("Plus"))).toBe(false);
    expect(d.b.filter((p) => p.changed).map((p) => p.text.trim())).toContain("dans les combats");
  });

  it("marks the figure in both, even where it shares words with the other quote", () => {
    expect(join(d.a.filter((p) => p.figure))).toBe("6\u00a0500");
    expect(join(d.b.filter((p) => p.figure))).toBe("Plus de 6\u00a0700");
    // "de 6 " is common to both: inside AP's figure it is marked as figure, not as changed.
    expect(d.b.find((p) => p.figure && p.text.startsWith(" de"))?.changed).toBe(false);
  });

  it("counts figure offsets in code points", () => {
    const text = "🙂 plus de 200 soldats";
    const x = diffQuotes({ text, figureStart: 2, figureEnd: 13 }, { text: "286 morts", figureStart: 0, figureEnd: 3 });
    expect(join(x.a.filter((p) => p.figure))).toBe("plus de 200");
  });
});

describe("which pairs to diff", () => {
  it("the conflicting pair first, and only pairs about the same figure at the same time", () => {
    const pairs = [
      { relation: "conflict", reason: { type: "disjoint" } },
      { relation: "evolving", reason: { type: "grows" } },
      { relation: "not_comparable", reason: { type: "kind" } },
      { relation: "compatible", reason: { type: "narrower" } },
    ] as const;
    expect(pairsToDiff(pairs as unknown as Parameters<typeof pairsToDiff>[0]).map((p) => p.relation)).toEqual([
      "conflict",
      "compatible",
    ]);
  });
});
