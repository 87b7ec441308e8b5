import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getFact, type FactView } from "@/lib/facts/get-fact";
import { loadSeeds } from "@/lib/seeds/load-seeds";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { explainFact } from "./explain";
import { factVerdict } from "./fact-verdict";

// The seed facts, as stored by the seed loader and read by the fact page, come
// out as the editors who tagged them expect (issue #10).

setUpTestDatabase();

const facts = new Map<string, FactView>();
beforeAll(async () => {
  await loadSeeds(null);
  const rows = await db().fact.findMany({ select: { id: true, seedKey: true } });
  for (const row of rows) {
    const fact = await getFact(row.id);
    if (fact && row.seedKey) facts.set(row.seedKey, fact);
  }
});

const verdictOf = (key: string) => {
  const fact = facts.get(key);
  if (!fact) throw new Error(`no seed fact ${key}`);
  return factVerdict(fact.claims, fact);
};

describe("the seed facts", () => {
  it("the 2020 war's toll: Euronews' 6 500 and AP's more than 6 700 conflict; RT's partial toll evolves towards them", () => {
    const v = verdictOf("war-2020-deaths");
    expect(v.relation).toBe("conflict");
    const top = v.pairs[0];
    expect([top?.a.outlet, top?.b.outlet].sort()).toEqual(["AP (traduction française)", "Euronews"]);
    expect(v.pairs.map((p) => p.relation).sort()).toEqual(["conflict", "evolving", "evolving"]);
    expect(explainFact(v, "en")).toMatch(/^Conflict\. /);
  });

  it("the September 2022 toll: soldiers among the dead, 200+ inside 286: compatible, narrower scope", () => {
    const v = verdictOf("sept-2022-deaths");
    expect(v.relation).toBe("compatible");
    expect(v.pairs[0]?.reason.type).toBe("narrower");
    expect(explainFact(v, "fr")).toMatch(/Périmètre plus étroit/);
  });

  it("two truces on 21 October, three on 2 November: evolving", () => {
    const v = verdictOf("truces-count");
    expect(v.relation).toBe("evolving");
  });

  it("the first truce on 9 or 10 October: conflict", () => {
    expect(verdictOf("first-truce-date").relation).toBe("conflict");
  });

  it("«six semaines» carries its rounding to the week", () => {
    const fact = facts.get("war-2020-duration");
    const claim = fact?.claims.find((c) => c.figure === "six semaines");
    expect(claim?.value).toMatchObject({ lower: 42, upper: 42, granularity: 7 });
  });
});
