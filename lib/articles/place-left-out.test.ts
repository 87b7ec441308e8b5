import { describe, expect, it } from "vitest";
import { applyPlacement, placeLeftOut } from "./place-left-out";
import { stripBoilerplate } from "./strip-boilerplate";

const restore = (original: string, current: string, leftOut: string[], index: number) => {
  const p = placeLeftOut(original, current, leftOut, index);
  return p ? applyPlacement(current, p) : null;
};

describe("putting a left-out line back where it stood", () => {
  it("as its own paragraph between two paragraphs", () => {
    const original = "First paragraph.\n\nShare this article\n\nSecond paragraph.";
    expect(restore(original, "First paragraph.\n\nSecond paragraph.", ["Share this article"], 0)).toBe(original);
  });

  it("inside a paragraph, right after the line it followed", () => {
    const original = "A line.\nPhoto: AFP\nAnother line.\n\nB.";
    expect(restore(original, "A line.\nAnother line.\n\nB.", ["Photo: AFP"], 0)).toBe(original);
  });

  it("at the start and at the end of the text", () => {
    expect(restore("Partager\n\nLe texte.", "Le texte.", ["Partager"], 0)).toBe("Partager\n\nLe texte.");
    expect(restore("Le texte.\n\n© AFP 2022", "Le texte.", ["© AFP 2022"], 0)).toBe("Le texte.\n\n© AFP 2022");
  });

  it("the right one of two identical lines, after another was put back", () => {
    const original = "Partager\n\nUn.\n\nPartager\n\nDeux.";
    const current = "Un.\n\nDeux.";
    const second = restore(original, current, ["Partager", "Partager"], 1) as string;
    expect(second).toBe("Un.\n\nPartager\n\nDeux.");
    expect(restore(original, second, ["Partager"], 0)).toBe(original);
  });

  it("round-trips what the furniture filter removed, line by line, in any order", () => {
    const original = [
      "Partager cet article",
      "",
      "Le président a reçu lundi les deux dirigeants, a annoncé le Kremlin dans un communiqué.",
      "Publié le 31 octobre 2022",
      "Les combats ont fait 286 morts en septembre, selon un bilan officiel communiqué mardi.",
      "",
      "Tous droits réservés AFP",
    ].join("\n");
    let { text, removed } = stripBoilerplate(original);
    expect(removed.length).toBeGreaterThanOrEqual(3);
    for (const index of [2, 0, 0]) {
      text = restore(original, text, removed, index) as string;
      removed = removed.filter((_, i) => i !== index);
    }
    expect(text).toBe(original);
  });

  it("says when the line is not among the missing ones", () => {
    expect(placeLeftOut("A.\n\nB.", "A.\n\nB.", ["C."], 0)).toBeNull();
    expect(placeLeftOut("A.\n\nB.", "A.", ["B."], 3)).toBeNull();
  });

  it("gives its position in code points", () => {
    const p = placeLeftOut("🙂 Un.\n\nPartager\n\nDeux.", "🙂 Un.\n\nDeux.", ["Partager"], 0);
    expect(p).toEqual({ at: 7, insert: "Partager\n\n" }); // UTF-16 would say 8
  });
});
