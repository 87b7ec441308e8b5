import { describe, expect, it } from "vitest";
import { sentenceAround } from "./sentence";

const text =
  "En 2020, Moscou avait réussi à obtenir un cessez-le-feu après la mort de 6 500 personnes.\u00a0Mais en septembre, une flambée a fait 286 morts. Alors que Washington a joué un rôle.\nNouveau paragraphe.";

describe("sentenceAround", () => {
  it("finds the sentence holding a figure", () => {
    const at = text.indexOf("286");
    const s = sentenceAround(text, at, at + 3);
    expect(text.slice(s.start, s.end)).toBe("Mais en septembre, une flambée a fait 286 morts.");
  });

  it("stops at a paragraph break", () => {
    const at = text.indexOf("Washington");
    const s = sentenceAround(text, at, at + 10);
    expect(text.slice(s.start, s.end)).toBe("Alors que Washington a joué un rôle.");
  });

  it("handles the first sentence", () => {
    const s = sentenceAround(text, 3, 7);
    expect(text.slice(s.start, s.end)).toBe(
      "En 2020, Moscou avait réussi à obtenir un cessez-le-feu après la mort de 6 500 personnes.",
    );
  });
});
