import { describe, expect, it } from "vitest";
import { durationOfItsOwn, isBareDay, isNearMiss, sentencesMeet } from "./match-article";

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
});

describe("what may be a new fact's figure", () => {
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
  });
});
