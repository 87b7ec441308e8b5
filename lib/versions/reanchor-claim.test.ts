import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/anchors/offsets";
import { buildAnchor } from "@/lib/anchors/selectors";
import { figureFinder } from "./figure-finder";
import { createPositionMap, matchQuote } from "./match-quote";
import { reanchorClaim, type ClaimAnchor } from "./reanchor-claim";

const findFigures = figureFinder({ language: "fr", publishedAt: "2022-10-31" });

/** A claim on `quote` (its nth occurrence) with `figure` inside it, offsets in code points. */
function claimOn(text: string, quote: string, figure: string, occurrence = 1): ClaimAnchor {
  const cps = [...text];
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`«${quote}» is not in the text`);
  const start = [...text.slice(0, at)].length;
  const end = start + [...quote].length;
  const anchor = buildAnchor(text, start, end);
  const within = quote.indexOf(figure);
  if (within === -1) throw new Error(`«${figure}» is not in «${quote}»`);
  const figureStart = start + [...quote.slice(0, within)].length;
  expect(cps.slice(start, end).join("")).toBe(quote);
  return { ...anchor, figureStart, figureEnd: figureStart + [...figure].length, figure };
}

function reanchor(oldText: string, newText: string, claim: ClaimAnchor) {
  const hint = createPositionMap(oldText, newText)(claim.start);
  return reanchorClaim(newText, claim, { hint, findFigures });
}

const P1 =
  "Le sommet de Sotchi a réuni lundi les dirigeants de l'Arménie et de l'Azerbaïdjan sous l'égide de Vladimir Poutine.";
const P2 = "La guerre de 2020 au Haut-Karabakh a fait plus de 6 500 morts en six semaines, selon les deux camps.";
const P3 = "En septembre 2022, de nouveaux combats à la frontière ont fait 286 morts, d'après Erevan et Bakou.";
const P4 = "Nikol Pachinian et Ilham Aliev se sont engagés à ne pas recourir à la force, a indiqué le Kremlin.";
const TEXT = [P1, P2, P3, P4].join("\n\n");

describe("reanchorClaim", () => {
  it("leaves a claim in an unchanged text where it was, with a perfect score", () => {
    const claim = claimOn(TEXT, "a fait plus de 6 500 morts en six semaines", "plus de 6 500");
    const result = reanchor(TEXT, TEXT, claim);
    expect(result).toMatchObject({ status: "anchored", score: 1, figureChanged: null });
    if (result.status === "orphan") throw new Error("orphan");
    expect(result.anchor).toEqual(buildAnchor(TEXT, claim.start, claim.end));
    expect(result.figure).toEqual({ start: claim.figureStart, end: claim.figureEnd, text: "plus de 6 500" });
  });

  it("follows a moved paragraph, exactly", () => {
    const moved = [P3, P1, P4, P2].join("\n\n");
    const claim = claimOn(TEXT, "ont fait 286 morts", "286 morts");
    const result = reanchor(TEXT, moved, claim);
    expect(result.status).toBe("reanchored");
    if (result.status === "orphan") throw new Error("orphan");
    expect(result.anchor.exact).toBe("ont fait 286 morts");
    expect(sliceCodePoints(moved, result.figure.start, result.figure.end)).toBe("286 morts");
    expect(result.figureChanged).toBeNull();
    expect(result.score).toBeGreaterThan(0.8); // the sentence moved with it
  });

  it("follows text inserted before it", () => {
    const longer = `Mise à jour : précisions sur le bilan.\n\n${TEXT}`;
    const claim = claimOn(TEXT, "286 morts, d'après Erevan et Bakou", "286 morts");
    const result = reanchor(TEXT, longer, claim);
    expect(result).toMatchObject({ status: "reanchored", figureChanged: null });
    if (result.status === "orphan") throw new Error("orphan");
    expect(result.anchor.start).toBe(claim.start + [..."Mise à jour : précisions sur le bilan.\n\n"].length);
    expect(result.score).toBeGreaterThan(0.95);
  });

  it("re-anchors a quote edited slightly, keeping the figure", () => {
    const edited = TEXT.replace(
      "a fait plus de 6 500 morts en six semaines",
      "a causé plus de 6 500 morts en six semaines",
    );
    const claim = claimOn(
      TEXT,
      "La guerre de 2020 au Haut-Karabakh a fait plus de 6 500 morts en six semaines",
      "plus de 6 500",
    );
    const result = reanchor(TEXT, edited, claim);
    expect(result.status).toBe("reanchored");
    if (result.status === "orphan") throw new Error("orphan");
    expect(result.anchor.exact).toBe("La guerre de 2020 au Haut-Karabakh a causé plus de 6 500 morts en six semaines");
    expect(result.figure.text).toBe("plus de 6 500");
    expect(result.figureChanged).toBeNull();
    expect(result.score).toBeLessThan(1);
    expect(result.score).toBeGreaterThan(0.85);
  });

  it("flags a figure changed inside a re-anchored passage (a stealth edit)", () => {
    const edited = TEXT.replace("plus de 6 500 morts", "plus de 6 700 morts");
    const claim = claimOn(
      TEXT,
      "La guerre de 2020 au Haut-Karabakh a fait plus de 6 500 morts en six semaines",
      "plus de 6 500",
    );
    const result = reanchor(TEXT, edited, claim);
    expect(result.status).toBe("reanchored");
    if (result.status === "orphan") throw new Error("orphan");
    expect(result.figureChanged).toEqual({ from: "plus de 6 500", to: "plus de 6 700" });
    expect(result.figure.text).toBe("plus de 6 700");
    expect(result.anchor.exact).toContain("plus de 6 700 morts");
  });

  it("flags a figure rewritten in words, and one whose qualifier changed", () => {
    const words = TEXT.replace("ont fait 286 morts", "ont fait près de trois cents morts");
    const claim = claimOn(
      TEXT,
      "de nouveaux combats à la frontière ont fait 286 morts, d'après Erevan et Bakou",
      "286 morts",
    );
    const result = reanchor(TEXT, words, claim);
    expect(result.status).toBe("reanchored");
    if (result.status === "orphan") throw new Error("orphan");
    expect(result.figureChanged?.from).toBe("286 morts");
    expect(result.figureChanged?.to).toMatch(/trois cents/);
  });

  it("keeps a claim on its own occurrence of a duplicated quote", () => {
    const text = `${P3}\n\nUn an plus tôt, d'autres affrontements ont fait 286 morts, d'après Erevan et Bakou.\n\n${P4}`;
    const second = claimOn(text, "ont fait 286 morts, d'après Erevan et Bakou", "286 morts", 2);
    const edited = text.replace("En septembre 2022,", "En septembre 2022 (bilan révisé),");
    const result = reanchor(text, edited, second);
    if (result.status === "orphan") throw new Error("orphan");
    expect(result.anchor.prefix).toContain("d'autres affrontements");
    expect(result.anchor.start).toBe(second.start + [..." (bilan révisé)"].length);
  });

  it("does not jump to an identical passage elsewhere when its own was edited", () => {
    const text = `${P3}\n\nUn an plus tôt, d'autres affrontements ont fait 286 morts, d'après Erevan et Bakou.`;
    const first = claimOn(
      text,
      "de nouveaux combats à la frontière ont fait 286 morts, d'après Erevan et Bakou",
      "286 morts",
    );
    const edited = text.replace("à la frontière ont fait 286 morts", "à la frontière ont fait 296 morts");
    const result = reanchor(text, edited, first);
    expect(result.status).toBe("reanchored");
    if (result.status === "orphan") throw new Error("orphan");
    expect(result.anchor.exact).toContain("de nouveaux combats");
    expect(result.figureChanged).toEqual({ from: "286 morts", to: "296 morts" });
  });

  it("orphans a claim whose passage was deleted, or rewritten past recognition", () => {
    const claim = claimOn(TEXT, "Nikol Pachinian et Ilham Aliev se sont engagés à ne pas recourir à la force", "Nikol");
    const deleted = [P1, P2, P3].join("\n\n");
    expect(reanchor(TEXT, deleted, { ...claim })).toMatchObject({ status: "orphan", reason: "passageGone" });
    const tagged = claimOn(TEXT, "ont fait 286 morts, d'après Erevan et Bakou", "286 morts");
    const rewritten = TEXT.replace(
      P3,
      "Les affrontements de l'automne 2022 ont été meurtriers, selon les belligérants.",
    );
    expect(reanchor(TEXT, rewritten, tagged)).toMatchObject({ status: "orphan", reason: "passageGone" });
  });

  it("orphans a claim whose passage no longer holds a figure", () => {
    const claim = claimOn(
      TEXT,
      "de nouveaux combats à la frontière ont fait 286 morts, d'après Erevan et Bakou",
      "286 morts",
    );
    const vague = TEXT.replace("ont fait 286 morts", "ont fait des morts");
    expect(reanchor(TEXT, vague, claim)).toMatchObject({ status: "orphan", reason: "figureGone" });
  });

  it("counts offsets in code points around emoji and other astral characters", () => {
    const before = `🇦🇲🇦🇿 Direct 📌\n\n${P2}`;
    const after = `🇦🇲🇦🇿 Direct 📌 mis à jour 🕒\n\n${P2.replace("6 500", "6 700")}`;
    const claim = claimOn(before, "a fait plus de 6 500 morts en six semaines", "plus de 6 500");
    expect(claim.start).toBe([..."🇦🇲🇦🇿 Direct 📌\n\n"].length + P2.indexOf("a fait"));
    const result = reanchor(before, after, claim);
    if (result.status === "orphan") throw new Error("orphan");
    expect(sliceCodePoints(after, result.anchor.start, result.anchor.end)).toBe(result.anchor.exact);
    expect(sliceCodePoints(after, result.figure.start, result.figure.end)).toBe("plus de 6 700");
    expect(result.figureChanged).toEqual({ from: "plus de 6 500", to: "plus de 6 700" });
  });

  it("never cuts an emoji in two at the edge of an approximate match", () => {
    const text = "Alerte 🚨 : 286 morts selon Erevan 🚨 fin.";
    const quote = "🚨 : 286 morts selon Erevan 🚨";
    const claim = claimOn(text, quote, "286 morts");
    const edited = "Alerte 🚨 : 286 morts selon Bakou 🚨 fin.";
    const result = reanchor(text, edited, claim);
    if (result.status === "orphan") throw new Error("orphan");
    expect(result.anchor.exact.isWellFormed()).toBe(true);
  });
});

describe("matchQuote", () => {
  it("finds nothing for an empty quote or text", () => {
    expect(matchQuote("", { exact: "a", prefix: "", suffix: "" })).toBeNull();
    expect(matchQuote("abc", { exact: "", prefix: "", suffix: "" })).toBeNull();
  });

  it("prefers, among exact occurrences, the one whose context matches", () => {
    const text = "Bilan : 286 morts à Erevan. Autre bilan : 286 morts à Bakou.";
    const match = matchQuote(text, { exact: "286 morts", prefix: "Autre bilan : ", suffix: " à Bakou." });
    expect(match).toMatchObject({ start: text.lastIndexOf("286"), exact: true, score: 1 });
  });

  it("uses the expected position to break ties", () => {
    const text = "a 286 morts. a 286 morts. a 286 morts.";
    const quote = { exact: "286 morts", prefix: "a ", suffix: "." };
    expect(matchQuote(text, quote, 28)?.start).toBe(28);
    expect(matchQuote(text, quote, 15)?.start).toBe(15);
    expect(matchQuote(text, quote, 0)?.start).toBe(2);
  });
});

describe("createPositionMap", () => {
  it("keeps positions before the first change and shifts those after the last", () => {
    const map = createPositionMap("aaa XX bbb", "aaa YYYY bbb");
    expect(map(2)).toBe(2);
    expect(map(7)).toBe(9);
    expect(map(5)).toBeGreaterThanOrEqual(4);
    expect(map(5)).toBeLessThanOrEqual(8);
  });

  it("counts code points", () => {
    const map = createPositionMap("😀 abc", "😀😀 abc");
    expect(map(2)).toBe(3);
  });
});
