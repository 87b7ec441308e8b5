import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise-text";

describe("normaliseText", () => {
  it("unifies line ends and composes accents (NFC)", () => {
    expect(normaliseText("Aze\u0301ri\r\nBakou\rErevan")).toBe("Azéri\nBakou\nErevan");
  });

  it("keeps no-break spaces, which figures use", () => {
    expect(normaliseText("6\u00a0700 et 1\u202f280")).toBe("6\u00a0700 et 1\u202f280");
  });

  it("removes invisible characters and control codes", () => {
    expect(normaliseText("\ufeff6\u200b500 mo\u00adrts\u0007")).toBe("6500 morts");
  });

  it("keeps zero-width joiners and non-joiners, and text in any script", () => {
    for (const text of [
      "La famille 👨‍👩‍👧‍👦 est arrivée.",
      "می‌خواهم بروم",
      "क्‍ष",
      "قال المتحدث إن 50 شخصا قتلوا.",
      "Հայաստան",
    ]) {
      expect(normaliseText(text)).toBe(text.normalize("NFC"));
    }
  });

  it("collapses runs of spaces and blank lines, trims lines", () => {
    expect(normaliseText("  Un  deux\t trois  \n\n\n\nQuatre  \n\n")).toBe("Un deux trois\n\nQuatre");
  });

  it("is idempotent", () => {
    const once = normaliseText("A  b\r\n\r\n\r\nc\u200b d");
    expect(normaliseText(once)).toBe(once);
  });
});
