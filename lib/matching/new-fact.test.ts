import { describe, expect, it } from "vitest";
import { extractFigures } from "@/lib/figures";
import {
  countsMeet,
  durationOfItsOwn,
  bareDaysMeet,
  isBareDay,
  isNearMiss,
  mayMakeNewFact,
  periodOfAmount,
  sentencesMeet,
} from "./match-article";

describe("sentencesMeet", () => {
  it("asks two figures of a new fact for sentences about the same thing, not only the same story", () => {
    const story = [
      { code: "valuesMeet" as const, points: 3 },
      { code: "nearInTime" as const, points: 1.5 },
      { code: "storyWords" as const, points: 2 },
    ];
    expect(sentencesMeet({ reasons: [...story, { code: "sharedWords", points: 1.5 }] })).toBe(false);
    expect(
      sentencesMeet({
        reasons: [...story, { code: "sharedWords", points: 1.5 }, { code: "sharedConcepts", points: 1 }],
      }),
    ).toBe(true);
    // Across languages only names and domain concepts meet: less is asked.
    expect(sentencesMeet({ reasons: [...story, { code: "sharedWords", points: 1.5 }] }, true)).toBe(true);
  });

  it("counts the place both clauses name once both figures are the same outcome (a city's turnout)", () => {
    const lille = [
      { code: "valuesMeet" as const, points: 3 },
      { code: "sharedWords" as const, points: 0.75 },
      { code: "sameScope" as const, points: 1.5 },
    ];
    expect(sentencesMeet({ reasons: lille })).toBe(false);
    expect(sentencesMeet({ reasons: [...lille, { code: "sameOutcome", points: 1 }] })).toBe(true);
    // An outcome alone, with no place in common, is not enough.
    expect(sentencesMeet({ reasons: [lille[0]!, lille[1]!, { code: "sameOutcome", points: 1 }] })).toBe(false);
  });
});

describe("what may be a new fact's figure", () => {
  const dateIn = (sentence: string, figure: string, publishedAt = "2031-10-20") => {
    const f = extractFigures(sentence, { lang: sentence.includes(" les ") ? "fr" : "en", publishedAt }).find(
      (x) => x.text === figure,
    );
    if (!f) throw new Error(`«${figure}» not read in «${sentence}»`);
    const at = sentence.indexOf(figure);
    const near = { before: sentence.slice(0, at), after: sentence.slice(at + figure.length) };
    return mayMakeNewFact(f.text, f.value, near, publishedAt);
  };
  it("takes a past year only where it dates what its sentence tells, a past month anywhere", () => {
    expect(dateIn("In 2009, similar storms flooded the whole valley.", "2009")).toBe(true);
    expect(
      dateIn("Depuis, les digues de la vallée ont été rehaussées après les crues de mars 2009.", "mars 2009"),
    ).toBe(true);
    // A year as a name, a year of the story's own time.
    expect(dateIn("The protests are smaller than those against the 2019 reform.", "2019")).toBe(false);
    expect(dateIn("In 2031, the valley has already flooded twice.", "2031")).toBe(false);
  });
  const day = { kind: "date" as const };
  it("asks one of two dates for its number: two bare days of one week's stories meet by their dates alone", () => {
    expect(isBareDay("jeudi", day)).toBe(true);
    expect(isBareDay("on Monday", day)).toBe(true);
    expect(isBareDay("jeudi 26 mars", day)).toBe(false);
    expect(isBareDay("26 March", day)).toBe(false);
    expect(isBareDay("trois", { kind: "count" })).toBe(false);
  });
  it("leaves out ordinal durations and one unit spelt out, not a length given in numbers or words", () => {
    expect(durationOfItsOwn("troisième jour", { lower: 3, upper: 3 })).toBe(false);
    expect(durationOfItsOwn("the second day", { lower: 2, upper: 2 })).toBe(false);
    expect(durationOfItsOwn("plus d'une semaine", { lower: 7, upper: null })).toBe(false);
    expect(durationOfItsOwn("a week", { lower: 7, upper: 7 })).toBe(false);
    expect(durationOfItsOwn("vingt-quatre heures", { lower: 1, upper: 1 })).toBe(true);
    expect(durationOfItsOwn("44 jours", { lower: 44, upper: 44 })).toBe(true);
    expect(durationOfItsOwn("six weeks", { lower: 42, upper: 42 })).toBe(true);
  });
});

describe("isNearMiss", () => {
  it("keeps a figure that nearly fits a fact from new facts, unless its sentence names another year", () => {
    const close = [
      { code: "sameOutcome" as const, points: 1 },
      { code: "sharedConcepts" as const, points: 1 },
    ];
    expect(isNearMiss({ score: 3, reasons: close }, 4.5)).toBe(true);
    expect(isNearMiss({ score: 1, reasons: close }, 4.5)).toBe(false);
    expect(isNearMiss({ score: 3, reasons: [...close, { code: "otherYear" as const, points: -1.44 }] }, 4.5)).toBe(
      false,
    );
    // Nor a fact of years before, its sentence naming no year.
    expect(isNearMiss({ score: 3, reasons: [...close, { code: "farInTime" as const, points: -0.7 }] }, 4.5)).toBe(
      false,
    );
  });
  it("lets a fact of a wider scope (the nation's turnout) keep no figure of a part (a city's) from a new fact", () => {
    const close = [
      { code: "sameOutcome" as const, points: 1 },
      { code: "valuesMeet" as const, points: 3 },
    ];
    expect(isNearMiss({ score: 3.2, reasons: close }, 4.5)).toBe(true);
    expect(isNearMiss({ score: 3.2, reasons: [...close, { code: "placePart" as const, points: -0.75 }] }, 4.5)).toBe(
      false,
    );
    expect(isNearMiss({ score: 3.2, reasons: [...close, { code: "otherScope" as const, points: -1.5 }] }, 4.5)).toBe(
      false,
    );
  });

  it("lets a fact of another story (no name in common) keep no figure from a new fact", () => {
    const close = [
      { code: "sameCounted" as const, points: 1.4 },
      { code: "valuesMeet" as const, points: 1.5 },
    ];
    expect(isNearMiss({ score: 3.2, reasons: close }, 4.5)).toBe(true);
    expect(isNearMiss({ score: 3.2, reasons: [...close, { code: "noSharedName" as const, points: -0.8 }] }, 4.5)).toBe(
      false,
    );
  });
});

describe("countsMeet: two outlets' figures count the same thing", () => {
  const base = [
    { code: "valuesMeet" as const, points: 3 },
    { code: "nearInTime" as const, points: 1.5 },
  ];
  it("refuses two counts of differently named things, or a whole and its part", () => {
    // "22 avions" and "22 départements": one number, two things.
    expect(countsMeet({ reasons: [...base, { code: "otherCounted", points: -1.5 }] })).toBe(false);
    expect(countsMeet({ reasons: [...base, { code: "partCounted", points: -1.5 }] })).toBe(false);
    expect(countsMeet({ reasons: [...base, { code: "sameCounted", points: 3 }] })).toBe(true);
    expect(countsMeet({ reasons: base })).toBe(true);
  });
  it("across languages, leaves nouns the glossary does not know to the rest of the score", () => {
    const other = { reasons: [...base, { code: "otherCounted" as const, points: -1.5 }] };
    // "tentes" / "tents": no concept holds them, nothing says they differ.
    expect(countsMeet(other, { a: "tentes", b: "tents", crossLanguage: true })).toBe(true);
    // "hôpitaux" / "schools": both known to the glossary, in no concept together.
    expect(countsMeet(other, { a: "hôpitaux", b: "schools", crossLanguage: true })).toBe(false);
    expect(countsMeet(other, { a: "tentes", b: "tents", crossLanguage: false })).toBe(false);
  });
});

describe("periodOfAmount: the period a measure or a sum is given over", () => {
  const read = (text: string, lang: "en" | "fr", figure: string) => {
    const found = extractFigures(text, { lang, publishedAt: "2030-05-02" });
    const own = found.find((f) => f.text === figure);
    if (!own) throw new Error(`«${figure}» is not read in «${text}»: ${found.map((f) => f.text).join(", ")}`);
    return periodOfAmount(found, own, text);
  };
  it("reads the duration right after an amount as its period", () => {
    expect(read("Some 180 mm of rain fell within 12 hours on the hills above Nice.", "en", "within 12 hours")).toBe(
      true,
    );
    expect(read("La région investira 40 millions d'euros sur cinq ans dans ses lycées.", "fr", "cinq ans")).toBe(true);
  });
  it("keeps a duration of its own, also after a count", () => {
    expect(read("The siege lasted 12 days, the army said.", "en", "12 days")).toBe(false);
    expect(read("Plus de 300 blessés en deux jours de heurts à Dakar.", "fr", "deux jours")).toBe(false);
  });
});

describe("bareDaysMeet: two weekdays of one event", () => {
  const days = [{ code: "datesMeet" as const, points: 4.5 }];
  it("pairs two bare days whose sentences share a concept of the event and words of their own", () => {
    const both = [
      ...days,
      { code: "sharedConcepts" as const, points: 1 },
      { code: "sharedWords" as const, points: 2.25 },
    ];
    expect(bareDaysMeet({ reasons: both })).toBe(true);
    // Another place told against it keeps them apart.
    expect(bareDaysMeet({ reasons: [...both, { code: "placeOther" as const, points: -1.5 }] })).toBe(false);
  });
  it("does not pair two days by the story's concepts alone", () => {
    expect(bareDaysMeet({ reasons: [...days, { code: "sharedConcepts" as const, points: 3 }] })).toBe(false);
    expect(bareDaysMeet({ reasons: [...days, { code: "sharedWords" as const, points: 3 }] })).toBe(false);
  });
});
