import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8Byte } from "./utf8";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("strict UTF-8", () => {
  it("accepts text in any script, emoji with joiners included", () => {
    for (const text of [
      "Plus de 6 700 morts",
      "قال المتحدث إن 50 شخصا قتلوا.",
      "Հայաստան",
      "👨‍👩‍👧‍👦",
      "می‌خواهم",
      "日本語",
    ]) {
      expect(decodeUtf8(utf8(text))).toEqual({ text });
      expect(firstInvalidUtf8Byte(utf8(text))).toBe(-1);
    }
  });

  it("gives the offset of the first bad byte", () => {
    // "Erevan été" in Latin-1: é is 0xE9 at offset 7.
    expect(decodeUtf8(bytes(0x45, 0x72, 0x65, 0x76, 0x61, 0x6e, 0x20, 0xe9, 0x74, 0xe9))).toEqual({
      invalidAt: 7,
      byte: 0xe9,
    });
    const cases: [number[], number][] = [
      [[0x80], 0], // a continuation byte alone
      [[0x41, 0xc0, 0xaf], 1], // overlong "/"
      [[0x41, 0x42, 0xe0, 0x80, 0xaf], 2], // overlong, three bytes
      [[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0xf5, 0x80, 0x80, 0x80], 0], // no such lead byte
      [[0x61, 0xe2, 0x82], 1], // cut off at the end
      [[0xe2, 0x82, 0xac, 0xff], 3], // after a valid "€"
    ];
    for (const [input, at] of cases) expect(firstInvalidUtf8Byte(bytes(...input)), input.join(",")).toBe(at);
  });

  it("drops a byte order mark", () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: "A" });
  });
});
