import { describe, expect, it } from "vitest";
import { createOffsetIndex, hasLoneSurrogate, sliceCodePoints } from "./offsets";

describe("code point offsets", () => {
  it("are UTF-16 indices when the text has no astral characters", () => {
    const text = "Plus de 6\u00a0700 personnes";
    const index = createOffsetIndex(text);
    expect(index.length).toBe(text.length);
    expect(index.toCodePoint(8)).toBe(8);
    expect(index.toUtf16(8)).toBe(8);
  });

  it("count an emoji as one character, as the W3C TextPositionSelector does", () => {
    const text = "a😀b😀c 6 500";
    const index = createOffsetIndex(text);
    expect(index.length).toBe(11);
    // "b" is UTF-16 index 3, code point 2; "c" is UTF-16 6, code point 4.
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.toUtf16(2)).toBe(3);
    expect(index.toCodePoint(6)).toBe(4);
    expect(index.toUtf16(4)).toBe(6);
    expect(sliceCodePoints(text, 6, 11)).toBe("6 500");
  });

  it("round-trip every position of a mixed text", () => {
    const text = "𝟙 a 😀😀 b 𝔸𝔹 c";
    const index = createOffsetIndex(text);
    for (let cp = 0; cp <= index.length; cp++) expect(index.toCodePoint(index.toUtf16(cp))).toBe(cp);
  });

  it("spot unpaired surrogates", () => {
    expect(hasLoneSurrogate("ok 😀")).toBe(false);
    expect(hasLoneSurrogate("bad \ud800 here")).toBe(true);
    expect(hasLoneSurrogate("bad \udc00")).toBe(true);
  });
});
