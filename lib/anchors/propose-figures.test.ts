import { describe, expect, it } from "vitest";
import { extractFigures } from "@/lib/figures";
import { proposeFigures } from "./propose-figures";

const text =
  "Une nouvelle série d’hostilités a éclaté en septembre, lorsque plus de 200 soldats ont été tués des deux côtés.\n\nLe sommet s'est tenu lundi.";
const ctx = { lang: "fr" as const, publishedAt: "2022-10-31" };
const found = extractFigures(text, ctx);
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe("what a selection offers to the tag form", () => {
  it("the figures found inside it, read in their sentence", () => {
    const p = proposeFigures(text, span("lorsque plus de 200 soldats ont été tués"), found, ctx);
    expect(p.figures.map((f) => f.text)).toEqual(["plus de 200"]);
    expect(p.figures[0]?.value).toMatchObject({
      lower: 200,
      lowerInclusive: false,
      upper: null,
      countedKey: "soldiers",
    });
    expect(p.widenedFor).toEqual([]);
  });

  it("a selection that cuts through a figure is widened to take it whole", () => {
    const p = proposeFigures(text, span("200 soldats"), found, ctx);
    expect(text.slice(p.start, p.end)).toBe("plus de 200 soldats");
    expect(p.widenedFor).toEqual(["plus de 200"]);
    expect(p.figures[0]?.value.lower).toBe(200);
  });

  it("a selection of just a date word is read with the publication date", () => {
    const p = proposeFigures(text, span("lundi"), found, ctx);
    expect(p.figures[0]?.text).toBe("lundi");
    expect(p.figures[0]?.value.kind).toBe("date");
  });

  it("a selection with no figure offers none", () => {
    const p = proposeFigures(text, span("Le sommet"), found, ctx);
    expect(p.figures).toEqual([]);
  });

  it("a figure the extraction missed is read from the selection itself", () => {
    const p = proposeFigures(text, span("200"), [], ctx);
    expect(p.figures[0]).toMatchObject({ text: "200", value: { lower: 200, upper: 200 } });
  });
});
