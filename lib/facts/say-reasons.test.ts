import { describe, expect, it } from "vitest";
import { sayReasons } from "./say-reasons";

describe("sayReasons", () => {
  const reasons = [
    { code: "sameCounted", detail: "soldiers" },
    { code: "datesApart", detail: 1 },
    { code: "sharedWords", detail: "bilan, morts" },
    { code: "closeValues" },
  ] as const;

  it("says a proposal's reasons in French, counted things by their French names", () => {
    const said = sayReasons([...reasons], "fr");
    expect(said[0]).toMatch(/^même chose comptée \(soldats\)$/);
    expect(said[1]).toBe("dates à 1 jour d’écart");
    expect(said[2]).toBe("mots en commun : bilan, morts");
    expect(said[3]).toBe("valeurs proches");
  });

  it("says them in English, with plurals", () => {
    const said = sayReasons([...reasons, { code: "datesApart", detail: 3 }], "en");
    expect(said[0]).toBe("same counted thing (soldiers)");
    expect(said[1]).toBe("dates 1 day apart");
    expect(said[4]).toBe("dates 3 days apart");
  });

  it("keeps a key that has no name as it is", () => {
    expect(sayReasons([{ code: "relatedCounted", detail: "people", other: "no-such-key" }], "en")[0]).toMatch(
      /no-such-key\)$/,
    );
  });
});
