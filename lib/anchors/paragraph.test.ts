import { describe, expect, it } from "vitest";
import { clampToParagraph, lineAround } from "./paragraph";

const text = "Premier paragraphe, 286 morts.\n\nSecond paragraphe 🙂, 200 soldats.";

describe("a passage stays within one paragraph", () => {
  it("finds the line around a position", () => {
    expect(lineAround(text, 3)).toEqual({ start: 0, end: 30 });
    expect(lineAround(text, 40)).toEqual({ start: 32, end: [...text].length });
  });

  it("cuts a passage that runs past a line break, keeping the end that stays put", () => {
    expect(clampToParagraph(text, { start: 20, end: 40 }, "start")).toEqual({ start: 20, end: 30, clamped: true });
    expect(clampToParagraph(text, { start: 20, end: 40 }, "end")).toEqual({ start: 32, end: 40, clamped: true });
    expect(clampToParagraph(text, { start: 20, end: 29 }, "start")).toEqual({ start: 20, end: 29, clamped: false });
  });
});
