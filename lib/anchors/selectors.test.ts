import { describe, expect, it } from "vitest";
import { buildAnchor, checkAnchor, CONTEXT_LENGTH, locateQuote } from "./selectors";

const text =
  "En 2020, Moscou avait réussi à obtenir un accord de cessez-le-feu après la mort de 6 500 personnes des deux côtés. Mais en septembre, une nouvelle flambée a fait 286 morts.";

describe("anchors", () => {
  it("keep the exact quote with its prefix and suffix", () => {
    const start = text.indexOf("6 500");
    const anchor = buildAnchor(text, start, start + 5);
    expect(anchor.exact).toBe("6 500");
    expect(anchor.prefix).toBe(text.slice(start - CONTEXT_LENGTH, start));
    expect(anchor.suffix).toBe(text.slice(start + 5, start + 5 + CONTEXT_LENGTH));
  });

  it("cut the context at the edges of the text", () => {
    const anchor = buildAnchor(text, 0, 7);
    expect(anchor.prefix).toBe("");
    expect(anchor.exact).toBe("En 2020");
  });

  it("count offsets in code points around emoji", () => {
    const t = "😀 plus de 200 soldats";
    const anchor = buildAnchor(t, 2, 13);
    expect(anchor.exact).toBe("plus de 200");
    expect(anchor.prefix).toBe("😀 ");
  });

  it("refuse a passage outside the text", () => {
    expect(() => buildAnchor(text, 10, 5)).toThrow(RangeError);
    expect(() => buildAnchor(text, 0, text.length + 1)).toThrow(RangeError);
  });

  it("accept a quote that matches the text at its offsets", () => {
    const start = text.indexOf("286 morts");
    expect(checkAnchor(text, { start, end: start + 9, exact: "286 morts" })).toEqual({ ok: true });
  });

  it("refuse a quote that does not match, saying what the text holds there", () => {
    const start = text.indexOf("286 morts");
    const check = checkAnchor(text, { start, end: start + 9, exact: "300 morts" });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain("«286 morts»");
  });

  it("refuse a quote that differs only by an invisible character, and the message shows it", () => {
    const t = "Le bilan.\nIl est lourd.";
    const check = checkAnchor(t, { start: 0, end: t.length, exact: "Le bilan.\r\nIl est lourd." });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.found).toBe(t);
    const [sent, found] = [...check.message.matchAll(/«([^»]*)»/g)].map((m) => m[1]);
    expect(sent).not.toBe(found);
    expect(sent).toContain("←⏎");
    expect(found).toContain(".⏎I");
  });

  it("refuse offsets beyond the text", () => {
    const check = checkAnchor(text, { start: text.length - 2, end: text.length + 3, exact: "x" });
    expect(check.ok).toBe(false);
  });

  it("find a repeated quote by its context", () => {
    const t = "Il a dit lundi. Il a répété lundi soir.";
    const second = locateQuote(t, { exact: "lundi", prefix: "répété ", suffix: " soir" });
    expect(second?.start).toBe(t.lastIndexOf("lundi"));
    expect(locateQuote(t, { exact: "mardi" })).toBeNull();
  });
});
