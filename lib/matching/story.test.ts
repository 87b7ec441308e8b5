import { describe, expect, it } from "vitest";
import { readTestFigure } from "./test-figure";
import { reach } from "./candidates";
import { eventsMeet } from "./domain-words";
import { holdsOwn, isNearMiss } from "./match-article";
import { placeReason, readFactPlaces, readFigurePlaces, toldPlaceWords } from "./places";
import { scoreMatch, type MatchCandidate, type MatchFigure, type MatchScore } from "./score";

// Cases of our own (no benchmark article): a train crash and an earthquake in one country, a
// peacekeeping force, a flood counted on both sides of a border.

function figureOf(sentence: string, figure: string, lang: "en" | "fr", context = sentence): MatchFigure {
  return readTestFigure(sentence, figure, lang, "2025-05-20", { context });
}

function fact(id: string, label: string, quote: string, lower: number, countedKey = "people"): MatchCandidate {
  return {
    id,
    label,
    kind: "count",
    countedKey,
    entities: [],
    claims: [
      {
        value: { kind: "count", lower, upper: lower, unit: null, counted: countedKey, countedKey },
        quote,
        language: "en",
        publishedAt: "2025-05-18",
        asOf: null,
      },
    ],
  };
}

const codes = (s: MatchScore | null) => (s?.raw ?? []).map((r) => r.code);

describe("which story a fact belongs to", () => {
  it("meets related kinds of event and keeps unrelated kinds apart", () => {
    expect(eventsMeet(new Set(["storm"]), new Set(["flood"]))).toBe(true);
    expect(eventsMeet(new Set(["war"]), new Set(["ceasefire"]))).toBe(true);
    expect(eventsMeet(new Set(["storm"]), new Set(["maritime"]))).toBe(false);
    expect(eventsMeet(new Set(["earthquake"]), new Set(["strike"]))).toBe(false);
  });

  it("keeps a train crash's toll away from an earthquake's in the same country", () => {
    const crash = figureOf(
      "The crash killed seven passengers, Italian officials said.",
      "seven",
      "en",
      "Train crash in Italy: seven dead\nTwo trains collided near a station in northern Italy on Monday.",
    );
    const quake = fact(
      "quake-deaths",
      "Deaths in the earthquake in Italy (May 2025)",
      "The earthquake killed at least five people in Italy.",
      5,
    );
    const train = fact("crash-deaths", "Deaths in the train crash in Italy", "The crash killed five people.", 5);
    expect(codes(scoreMatch(crash, quake))).toContain("otherStory");
    expect(codes(scoreMatch(crash, train))).not.toContain("otherStory");
  });

  it("keeps them together when a name of the story, not a country, is shared", () => {
    const blast = figureOf(
      "Six workers were killed in the explosion at the Nordlys plant in Norway.",
      "Six",
      "en",
      "Explosion at the Nordlys plant in Norway",
    );
    const named = fact("nordlys", "Deaths when the Nordlys capsized", "Four people died when the Nordlys capsized.", 4);
    const unnamed = fact(
      "ferry",
      "Deaths when a ferry capsized off Norway",
      "Four people died when a ferry capsized off Norway.",
      4,
    );
    expect(codes(scoreMatch(blast, named))).not.toContain("otherStory");
    expect(codes(scoreMatch(blast, unnamed))).toContain("otherStory");
  });
});

describe("an existing fact against a new-fact pair", () => {
  const score = (codes: [string, number][]): MatchScore => ({
    factId: "f",
    score: 6,
    reasons: codes.map(([code, points]) => ({ code: code as MatchScore["reasons"][number]["code"], points })),
  });
  it("keeps the figure when its label says what the figure is of and nothing speaks against it", () => {
    expect(
      holdsOwn(
        score([
          ["sameEvent", 1.5],
          ["valuesMeet", 1.7],
        ]),
      ),
    ).toBe(true);
    expect(
      holdsOwn(
        score([
          ["sameDay", 1.1],
          ["missingNames", -0.4],
        ]),
      ),
    ).toBe(true);
  });
  it("does not keep a figure from a new fact for a near miss of another story's fact", () => {
    const near = [{ code: "sameCounted" as const, points: 3 }];
    expect(isNearMiss({ score: 3.5, reasons: near }, 4.5)).toBe(true);
    expect(isNearMiss({ score: 3.5, reasons: [...near, { code: "otherStory" as const, points: -4 }] }, 4.5)).toBe(
      false,
    );
  });
  it("leaves it open to a pair otherwise", () => {
    expect(
      holdsOwn(
        score([
          ["valuesMeet", 1.7],
          ["sharedConcepts", 2],
        ]),
      ),
    ).toBe(false);
    expect(
      holdsOwn(
        score([
          ["sameEvent", 1.5],
          ["otherScope", -1.4],
        ]),
      ),
    ).toBe(false);
  });
});

describe("prefilter reach", () => {
  it("reaches a vague period far from a precise one (decades against nearly thirty years)", () => {
    const thirtyYears = 30 * 365.25;
    const decadesMid = (20 * 365.25 + 100 * 365.25) / 2;
    expect(thirtyYears + reach("duration", thirtyYears)).toBeGreaterThan(decadesMid);
    // Counts keep their narrower reach.
    expect(reach("count", 1000)).toBe(750);
  });
});

describe("a looser word for the fact's narrower class", () => {
  it("counts soldiers of a story about a peacekeeping force as its peacekeepers", () => {
    const soldiers = figureOf(
      "Le contingent comptera 1 200 militaires.",
      "1 200",
      "fr",
      "Une force de maintien de la paix pour le Liban-Sud\nL'ONU a voté le déploiement d'une force de paix.",
    );
    const peacekeepers = fact(
      "unifil",
      "Peacekeepers deployed in southern Lebanon",
      "Some 1,200 peacekeepers will be deployed.",
      1200,
      "peacekeepers",
    );
    const raw = scoreMatch(soldiers, peacekeepers)?.raw ?? [];
    expect(raw.find((r) => r.code === "sameCounted")?.detail).toContain("peacekeepers");
    expect(raw.map((r) => r.code)).not.toContain("partCounted");
  });
});

describe("parts and sides of a count in one sentence", () => {
  const read = (sentence: string, figure: string) => {
    const f = figureOf(sentence, figure, "en", "Floods in Portugal and Spain\nHeavy rain fell on Monday.");
    return readFigurePlaces(f.sentence, f.near, f.context);
  };
  const sentence = "Fifteen people have died in Portugal, ten of them in Porto, and six in Spain, all in Galicia.";

  it("gives a place in a clause of no number to the number before it, not to the whole", () => {
    const places = read(sentence, "Fifteen");
    expect(places.sentence.map((m) => m.text)).not.toContain("Galicia");
    expect(places.others.map((m) => m.text)).toEqual(expect.arrayContaining(["Porto", "Spain", "Galicia"]));
  });

  it("reads the whole as one side of a combined count, the country's own toll as its own", () => {
    const places = read(sentence, "Fifteen");
    const combined = placeReason(places, readFactPlaces("Flood deaths in Portugal and Spain combined", []));
    expect(combined?.code).toBe("placePart");
    expect(combined?.detail).toContain("beside");
    const own = placeReason(places, readFactPlaces("Flood deaths in Portugal", []));
    expect(own?.code ?? "placeSame").toBe("placeSame");
  });

  it("reads a party named by its capital against its adjective as no part of a place", () => {
    const f = figureOf("Selon l'accord, Moscou maintient quelque 900 militaires dans la région.", "quelque 900", "fr");
    const places = readFigurePlaces(f.sentence, f.near, f.context);
    expect(placeReason(places, readFactPlaces("Russian troops deployed in Moldova", []))).toBeNull();
    // A fact of the country itself, named as a place: Moscow is a part of it.
    expect(placeReason(places, readFactPlaces("Troops stationed in Russia", []))?.code).toBe("placePart");
  });
});

describe("one of several parts counted side by side", () => {
  const sentence = "Cinq des morts ont été recensés dans le Var, deux dans les Alpes-Maritimes.";
  const deux = figureOf(sentence, "deux", "fr", "Inondations : le bilan s'alourdit dans le Sud-Est");

  it("reads the part's clause as one part of the country's count, strongly", () => {
    const r = placeReason(
      readFigurePlaces(deux.sentence, deux.near, deux.context),
      readFactPlaces("Morts en France lors des inondations", []),
    );
    expect(r?.code).toBe("placePart");
    expect(r?.points).toBeLessThanOrEqual(-3);
    expect(r?.detail).toContain("beside");
  });

  it("never gives it to the fact of the other part", () => {
    const varDeaths = fact(
      "var",
      "Morts dans le Var lors des inondations",
      "Deux personnes sont mortes dans le Var.",
      2,
    );
    expect(scoreMatch(deux, varDeaths)).toBeNull();
  });
});

describe("a part in apposition", () => {
  it("goes to the region's fact, not to the country's", () => {
    const sentence = "In Italy, eleven people died, six of them in Liguria, the civil protection said.";
    const six = figureOf(sentence, "six", "en", "Floods in northern Italy");
    const italy = fact("italy", "Flood deaths in Italy", "Floods killed at least four people in Italy.", 4);
    const liguria = fact("liguria", "Flood deaths in Liguria", "Four people died in Liguria.", 4);
    const toItaly = scoreMatch(six, italy);
    const place = toItaly?.raw?.find((r) => r.code === "placePart");
    expect(place?.points).toBeLessThanOrEqual(-3);
    expect(scoreMatch(six, liguria)!.score).toBeGreaterThan((toItaly?.score ?? -Infinity) + 1);
  });
});

describe("a label's adjective of place", () => {
  it("is told by the same country in another language, so no name the story leaves out", () => {
    const f = figureOf("Les forces géorgiennes ont perdu 40 hommes.", "40", "fr");
    const told = toldPlaceWords(
      readFigurePlaces(f.sentence, f.near, f.context),
      readFactPlaces("Georgian soldiers killed in the war", []),
    );
    expect(told.has("georgian")).toBe(true);
  });
});
