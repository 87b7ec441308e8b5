import { describe, expect, it } from "vitest";
import { segmentText } from "./segments";

describe("segmentText", () => {
  it("returns the whole text as one run without highlights", () => {
    expect(segmentText(10, [])).toEqual([{ start: 0, end: 10, ids: [] }]);
  });

  it("nests overlapping highlights", () => {
    const segments = segmentText(20, [
      { id: "a", start: 2, end: 10 },
      { id: "b", start: 5, end: 15 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ["a"] },
      { start: 5, end: 10, ids: ["a", "b"] },
      { start: 10, end: 15, ids: ["b"] },
      { start: 15, end: 20, ids: [] },
    ]);
  });

  it("keeps two claims on the same passage together", () => {
    const segments = segmentText(8, [
      { id: "a", start: 1, end: 4 },
      { id: "b", start: 1, end: 4 },
    ]);
    expect(segments[1]).toEqual({ start: 1, end: 4, ids: ["a", "b"] });
  });

  it("ignores empty or out-of-range highlights", () => {
    expect(segmentText(5, [{ id: "x", start: 3, end: 3 }])).toEqual([{ start: 0, end: 5, ids: [] }]);
  });
});
