import { describe, expect, it } from "vitest";
import { extractFigures, parseFigure } from "./index";

const money = (text: string, lang: "fr" | "en" = "fr") =>
  extractFigures(text, { lang, publishedAt: "2026-05-04" }).map((f) => [f.text, f.value.kind, f.value.unit]);

describe("francs", () => {
  it("reads a bare franc as money, its code from the story's places", () => {
    expect(money("À Genève, la rénovation du pont coûtera 12 millions de francs.")).toEqual([
      ["12 millions de francs", "money", "CHF"],
    ]);
    expect(money("In Kigali, the new hospital will cost 9 billion francs.", "en")).toEqual([
      ["9 billion francs", "money", "RWF"],
    ]);
  });

  it("leaves the code unknown when nothing tells which franc", () => {
    expect(money("La commune a versé 20 000 francs à l'association.")).toEqual([["20 000 francs", "money", null]]);
    // Places of two franc countries, neither clearly first: no guess.
    expect(money("Entre Genève et Dakar, le billet coûte 900 francs.")).toEqual([["900 francs", "money", null]]);
    expect(money("Le budget prévoit 500 milliards de francs CFA.")).toEqual([
      ["500 milliards de francs CFA", "money", null],
    ]);
  });

  it("takes the code of the story's other sums in francs", () => {
    const text = "Le devis initial était de CHF 2 millions. Il atteint désormais 3,4 millions de francs.";
    expect(money(text)).toEqual([
      ["CHF 2 millions", "money", "CHF"],
      ["3,4 millions de francs", "money", "CHF"],
    ]);
  });

  it("gives a bare amount after a sum that sum's currency", () => {
    expect(
      money("La ville chiffre le chantier à 30 millions d'euros sur cinq ans ; l'opposition l'évalue à 45 millions."),
    ).toEqual([
      ["30 millions d'euros", "money", "EUR"],
      ["cinq ans", "duration", "day"],
      ["45 millions", "money", "EUR"],
    ]);
    // A counted noun makes it a count, whatever sits before it.
    expect(money("Le fonds de 30 millions d'euros aidera 4 000 familles.")).toEqual([
      ["30 millions d'euros", "money", "EUR"],
      ["4 000", "count", null],
    ]);
  });

  it("parses a tagged franc figure in its sentence as extraction reads it", () => {
    const sentence = "Le Conseil fédéral chiffre le coût à 1,5 milliard de francs, ses opposants à 900 millions.";
    expect(parseFigure("1,5 milliard de francs", { lang: "fr", sentence })[0]?.unit).toBe("CHF");
    expect(parseFigure("900 millions", { lang: "fr", sentence })[0]).toMatchObject({ kind: "money", unit: "CHF" });
    expect(parseFigure("200 francs", { lang: "fr" })[0]).toMatchObject({ kind: "money", unit: null });
  });
});
