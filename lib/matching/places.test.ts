import { describe, expect, it } from "vitest";
import { readTestFigure } from "./test-figure";
import { searchWords } from "./candidates";
import { placeReason, readFactPlaces, readFigurePlaces } from "./places";
import { scoreMatch, type MatchCandidate, type MatchFigure } from "./score";

// Cases of our own (no benchmark article): a wildfire, a landslide, a referendum.

function figureOf(sentence: string, figure: string, lang: "en" | "fr", context = sentence): MatchFigure {
  return readTestFigure(sentence, figure, lang, "2025-08-12", { context });
}

function fact(id: string, label: string, quote: string, lower: number, lang: "en" | "fr" = "en"): MatchCandidate {
  return {
    id,
    label,
    kind: "count",
    countedKey: "people",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower, upper: lower, unit: null, counted: "people", countedKey: "people" },
        quote,
        language: lang,
        publishedAt: "2025-08-11",
        asOf: null,
      },
    ],
  };
}

const reasonOf = (sentence: string, figure: string, lang: "en" | "fr", label: string, context?: string) => {
  const f = figureOf(sentence, figure, lang, context);
  const places = readFigurePlaces(f.sentence, f.near, f.context);
  return placeReason(places, readFactPlaces(label, []));
};

describe("placeReason", () => {
  it("meets the same place under another language's spelling", () => {
    expect(
      reasonOf("Dans la province de Gérone, 40 personnes ont été évacuées.", "40", "fr", "People evacuated in Girona")
        ?.code,
    ).toBe("placeSame");
    expect(
      reasonOf("Le cortège lyonnais a réuni 12 000 manifestants.", "12 000", "fr", "Protesters in Lyon")?.code,
    ).toBe("placeSame");
  });

  it("keeps a figure about another place away, strongly in its own clause", () => {
    const r = reasonOf("On Rhodes, 300 people were evacuated.", "300", "en", "People evacuated in Crete");
    expect(r?.code).toBe("placeOther");
    expect(r!.points).toBeLessThanOrEqual(-4);
    expect(reasonOf("En Belgique, 300 personnes ont été évacuées.", "300", "fr", "Évacués en France")?.code).toBe(
      "placeOther",
    );
  });

  it("tells a part (a place within the fact's) and a whole (a place holding it)", () => {
    expect(reasonOf("In Girona, 40 people were evacuated.", "40", "en", "People evacuated in Spain")?.code).toBe(
      "placePart",
    );
    expect(reasonOf("In Spain, 40 people were evacuated.", "40", "en", "People evacuated in Girona")?.code).toBe(
      "placeWhole",
    );
  });

  it("reads places apart on one side, one of them on the other, as a part or a whole", () => {
    const part = reasonOf("In Sweden, 5 people died.", "5", "en", "Deaths in Norway and Sweden combined");
    expect(part?.code).toBe("placePart");
    const whole = reasonOf("The storm killed 14 people in France and in Italy.", "14", "en", "Deaths in Italy");
    expect(whole?.code).toBe("placeWhole");
    expect(whole!.points).toBeLessThan(-1);
  });

  it("weighs another place named as who acted (an adjective, a capital speaking) half as much", () => {
    const located = reasonOf("In Armenia, 30 soldiers died.", "30", "en", "Soldiers killed in Georgia");
    const actor = reasonOf("Armenian officials said 30 soldiers died.", "30", "en", "Soldiers killed in Georgia");
    expect(located?.code).toBe("placeOther");
    expect(actor?.code).toBe("placeOther");
    expect(actor!.points).toBeGreaterThan(located!.points);
  });

  it("reads another place in the sentence from where things happened and its subject, not a party in passing", () => {
    const passing = reasonOf(
      "The fighting killed 40 soldiers, before a truce brokered by Moscow.",
      "40",
      "en",
      "Soldiers killed in Georgia",
    );
    expect(passing).toBeNull();
    const subject = reasonOf(
      "La Martinique voisine, touchée plus tard, recense 640 cas et deux décès.",
      "deux",
      "fr",
      "Décès de la dengue en Guadeloupe",
    );
    expect(subject?.code).toBe("placeOther");
  });

  it("says nothing when neither side names a place, or the label names none", () => {
    expect(reasonOf("At least 300 people were evacuated.", "At least 300", "en", "People evacuated")).toBeNull();
    expect(reasonOf("In Crete, 300 people were evacuated.", "300", "en", "People evacuated")).toBeNull();
  });

  it("takes a story's place from its title, not from its dateline", () => {
    const r = reasonOf(
      "La participation a atteint 45 %.",
      "45 %",
      "fr",
      "Participation dans le canton de Genève",
      "Votation : le oui l'emporte en Suisse\nGENÈVE — Les électeurs suisses ont accepté dimanche l'initiative.",
    );
    expect(r?.code).toBe("placeWhole");
  });
});

describe("scoreMatch with places", () => {
  const catalonia = fact("girona", "People evacuated in the province of Girona", "Some 40 people were evacuated", 40);
  const france = fact("france", "People evacuated in the Pyrénées-Orientales", "Some 40 people were evacuated", 40);

  it("gives a French figure about Gérone to the fact about Girona, not to a French department's", () => {
    const fig = figureOf("Dans la province de Gérone, 40 personnes ont été évacuées.", "40", "fr");
    const a = scoreMatch(fig, catalonia)!;
    expect(a.raw?.map((r) => r.code)).toContain("placeSame");
    expect(a.raw?.map((r) => r.code)).not.toContain("missingNames");
    // Another place where the figure's own clause says it happened: never the department's fact.
    expect(scoreMatch(fig, france)).toBeNull();
  });

  it("does not count a place holding the figure's as a name the story leaves out", () => {
    const spain = fact("spain", "People evacuated in Spain", "Some 40 people were evacuated", 40);
    const s = scoreMatch(figureOf("In Girona, 40 people were evacuated.", "40", "en"), spain)!;
    expect(s.raw?.map((r) => r.code)).not.toContain("missingNames");
    expect(s.raw?.map((r) => r.code)).toContain("placePart");
  });

  it("does not count a place named under another spelling as a name the story leaves out", () => {
    const fig = figureOf("At least 40 people were evacuated in Gerona.", "At least 40", "en");
    const s = scoreMatch(fig, catalonia)!;
    expect(s.raw?.map((r) => r.code)).not.toContain("noSharedName");
    expect(s.raw?.map((r) => r.code)).not.toContain("missingNames");
  });
});

describe("searchWords", () => {
  it("looks for the story's places under their other spellings", () => {
    const words = searchWords({ context: "Crues : trois morts dans la province de Gérone", sentences: [] }, []);
    expect(words).toContain("Girona");
    const lyon = searchWords({ context: "Le cortège lyonnais a réuni des milliers de personnes", sentences: [] }, []);
    expect(lyon).toContain("Lyon");
  });
});
