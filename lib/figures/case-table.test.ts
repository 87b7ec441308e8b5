// The case table: every phrase is read twice, by parseFigure on the figure as tagged and by
// extractFigures on the sentence, and both must give the full expected values.
import { describe, expect, it } from "vitest";
import { figureCases, negativeCases } from "./cases";
import { extractFigures, parseFigure } from "./index";

const label = (lang: string, figure: string, text: string): string => `[${lang}] «${figure}» in: ${text}`;

describe("parseFigure reads each figure of the case table", () => {
  it.each(figureCases.map((c) => [label(c.lang, c.figure, c.text), c] as const))("%s", (_, c) => {
    expect(c.text).toContain(c.figure);
    const values = parseFigure(c.figure, { lang: c.lang, publishedAt: c.publishedAt, sentence: c.text });
    expect(values).toEqual(c.expect);
  });
});

describe("extractFigures finds each figure of the case table with the same span and values", () => {
  it.each(figureCases.map((c) => [label(c.lang, c.figure, c.text), c] as const))("%s", (_, c) => {
    const found = extractFigures(c.text, { lang: c.lang, publishedAt: c.publishedAt });
    const start = c.text.indexOf(c.figure);
    const end = start + c.figure.length;
    if (c.expect.length === 1) {
      const here = found.filter((f) => f.start === start && f.end === end);
      expect(here.map((f) => f.text)).toEqual([c.figure]);
      expect(here.map((f) => f.value)).toEqual(c.expect);
      return;
    }
    // An enumeration: one figure per date, each with its own span inside the tagged text.
    const inside = found.filter((f) => f.start >= start && f.end <= end);
    expect(inside.map((f) => f.value)).toEqual(c.expect);
    expect(new Set(inside.map((f) => `${f.start}-${f.end}`)).size).toBe(inside.length);
    expect(inside[0]?.start).toBe(start);
    expect(inside[inside.length - 1]?.end).toBe(end);
  });
});

describe("non-figures are never extracted nor parsed", () => {
  it.each(negativeCases.map((c) => [label(c.lang, c.notFigure, c.text), c] as const))("%s", (_, c) => {
    const start = c.text.indexOf(c.notFigure);
    expect(start).toBeGreaterThanOrEqual(0);
    const end = start + c.notFigure.length;
    const found = extractFigures(c.text, { lang: c.lang, publishedAt: c.publishedAt });
    expect(found.filter((f) => f.start < end && f.end > start).map((f) => f.text)).toEqual([]);
    expect(parseFigure(c.notFigure, { lang: c.lang, publishedAt: c.publishedAt, sentence: c.text })).toEqual([]);
  });
});
