import { describe, expect, it } from "vitest";
import { sentencesMeet } from "./match-article";

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
