import { describe, expect, it } from "vitest";
import { diffParts, diffTexts } from "./diff-versions";

const join = (parts: { kind: string; text: string }[], kind: string) =>
  parts
    .filter((p) => p.kind !== kind)
    .map((p) => p.text)
    .join("");

describe("diffTexts", () => {
  it("says when two texts are the same", () => {
    expect(diffTexts("a b", "a b")).toMatchObject({ identical: true, hunks: [], totalHunks: 0 });
  });

  it("diffs word by word inside a changed paragraph", () => {
    const before = "Premier paragraphe.\n\nLa guerre a fait 6 500 morts.\n\nDernier.";
    const after = "Premier paragraphe.\n\nLa guerre a fait 6 700 morts.\n\nDernier.";
    const diff = diffTexts(before, after);
    expect(diff.identical).toBe(false);
    const parts = diff.hunks.flatMap((h) => h.parts);
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["500"]);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["700"]);
    expect(diff).toMatchObject({ wordsAdded: 1, wordsRemoved: 1 });
  });

  it("rebuilds both texts from its parts", () => {
    const before = "Un.\n\nDeux trois quatre.\n\nCinq 🙂 six.";
    const after = "Un.\n\nDeux quatre cinq.\n\nSept 🙂 six.\n\nHuit.";
    const parts = diffParts(before, after);
    expect(join(parts, "added")).toBe(before);
    expect(join(parts, "removed")).toBe(after);
  });

  it("shows unrelated paragraphs replaced whole rather than interleaved word by word", () => {
    const before = "La guerre a fait 6 500 morts en six semaines.\n\nFin.";
    const after = "Mise à jour : le bilan a été révisé.\n\nFin.";
    const parts = diffParts(before, after);
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual([
      "La guerre a fait 6 500 morts en six semaines.",
    ]);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual([
      "Mise à jour : le bilan a été révisé.",
    ]);
  });

  it("keeps a few words of context around each change and pages long diffs", () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraphe ${i} : ${"mot ".repeat(40)}fin.`);
    const before = paragraphs.join("\n\n");
    const after = paragraphs.map((p, i) => (i % 3 === 0 ? p.replace("fin.", "fin modifiée.") : p)).join("\n\n");
    const first = diffTexts(before, after, { hunksPerPage: 40 });
    expect(first.totalHunks).toBe(100);
    expect(first.pages).toBe(3);
    expect(first.hunks).toHaveLength(40);
    const hunk = first.hunks[1]!;
    expect(hunk.cutBefore).toBe(true);
    expect(hunk.parts.map((p) => p.text).join("").length).toBeLessThan(400);
    const last = diffTexts(before, after, { hunksPerPage: 40, page: 9 });
    expect(last.page).toBe(3);
    expect(last.hunks).toHaveLength(20);
  });

  it("shows a paragraph rewritten beyond a word diff's reach as replaced", () => {
    const words = (seed: number) => Array.from({ length: 6_000 }, (_, i) => `w${(i * seed) % 9973}`).join(" ");
    const diff = diffTexts(words(7), words(13));
    const parts = diff.hunks.flatMap((h) => h.parts);
    expect(parts.some((p) => p.kind === "removed")).toBe(true);
    expect(parts.some((p) => p.kind === "added")).toBe(true);
  });
});
