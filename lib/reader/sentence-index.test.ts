import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sentenceAround } from "@/lib/anchors/sentence";
import { createSentenceIndex } from "./sentence-index";

const seeds = readdirSync("seeds/articles").map((f) => readFileSync(path.join("seeds/articles", f), "utf8"));

describe("createSentenceIndex", () => {
  it("finds exactly the sentence sentenceAround finds, for every kind of span", () => {
    const texts = [
      ...seeds,
      "Un. Deux !  Trois…\nQuatre « cinq. » six",
      "🇦🇲 Le bilan : 6 500 morts. Selon Bakou, plus de 2 900.",
      "x".repeat(2000) + ". Fin",
      "",
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return n === 0 ? 0 : seed % n;
    };
    for (const text of texts) {
      const length = [...text].length;
      const index = createSentenceIndex(text);
      for (let i = 0; i < 300; i++) {
        const start = random(length + 1);
        const end = Math.min(length, start + random(40));
        expect(index.around(start, end), `${start}-${end}`).toEqual(sentenceAround(text, start, end));
      }
    }
  });
});
