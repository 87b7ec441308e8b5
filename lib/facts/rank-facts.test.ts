import { describe, expect, it } from "vitest";
import { toEpochDay } from "@/lib/figures";
import { rankFacts, type FactCandidate } from "./rank-facts";

const facts: FactCandidate[] = [
  {
    id: "deaths",
    label: "People killed in the 2020 Nagorno-Karabakh war",
    kind: "count",
    countedKey: "people",
    claims: [
      { lower: 6500, upper: 6500, countedKey: "people", quote: "après la mort de 6 500 personnes des deux côtés" },
    ],
  },
  {
    id: "peacekeepers",
    label: "Russian peacekeepers deployed",
    kind: "count",
    countedKey: "peacekeepers",
    claims: [
      {
        lower: 1800,
        upper: 2200,
        countedKey: "peacekeepers",
        quote: "Moscou a déployé environ 2 000 soldats dans la région",
      },
    ],
  },
  {
    id: "truce",
    label: "Date of the first humanitarian truce",
    kind: "date",
    countedKey: null,
    claims: [
      {
        lower: toEpochDay("2020-10-10"),
        upper: toEpochDay("2020-10-10"),
        countedKey: null,
        quote: "les 10, 17 et 26 octobre",
      },
    ],
  },
];

describe("rankFacts", () => {
  it("puts the fact counting the same thing with shared words first", () => {
    const ranked = rankFacts(
      {
        kind: "count",
        countedKey: "people",
        lower: 6700,
        upper: null,
        context: "Plus de 6 700 personnes sont mortes dans les combats.",
      },
      facts,
    );
    expect(ranked[0]?.id).toBe("deaths");
    expect(ranked[0]?.reasons).toContainEqual({ code: "sameCounted", detail: "people" });
    expect(ranked.map((r) => r.id)).not.toContain("truce");
  });

  it("proposes facts about close dates for a date", () => {
    const day = toEpochDay("2020-10-09");
    const ranked = rankFacts(
      { kind: "date", countedKey: null, lower: day, upper: day, context: "un accord de trêve humanitaire" },
      facts,
    );
    expect(ranked[0]?.id).toBe("truce");
    expect(ranked[0]?.reasons).toContainEqual({ code: "datesApart", detail: 1 });
  });

  it("proposes nothing when nothing fits", () => {
    expect(rankFacts({ kind: "money", countedKey: null, lower: 5, upper: 5, context: "5 euros" }, facts)).toEqual([]);
  });
});

describe("rankFacts with names", () => {
  const fact = (id: string, entities: string[]): FactCandidate => ({
    id,
    label: id === "named" ? "Aliev : prisonniers rendus" : "Prisonniers rendus",
    kind: "count",
    countedKey: null,
    claims: [],
    entities,
  });
  const draft = {
    kind: "count" as const,
    countedKey: null,
    lower: 12,
    upper: 12,
    context: "Aliyev promised to return 12 detainees",
    entities: [{ id: "aliev", name: "Ilham Aliev" }],
  };

  it("counts a name shared in another spelling, and says which", () => {
    const [first, ...rest] = rankFacts(draft, [fact("plain", []), fact("named", ["aliev", "baku"])]);
    expect(first?.id).toBe("named");
    expect(first?.reasons).toEqual([{ code: "sameNames", detail: "Ilham Aliev" }]);
    expect(rest).toEqual([]);
  });

  it("gives nothing for names when the draft names none", () => {
    expect(rankFacts({ ...draft, entities: [] }, [fact("named", ["aliev"])])).toEqual([]);
  });
});
