import { describe, expect, it } from "vitest";
import { ENGLISH_ARTICLE, FRENCH_ARTICLE } from "./cases/articles";
import { extractFigures, fromEpochDay, parseFigure, type ExtractedFigure } from "./index";

type Row = [text: string, kind: string, lower: number | string | null, upper: number | string | null];

function rows(found: ExtractedFigure[]): Row[] {
  return found.map((f) => {
    const { kind, lower, upper } = f.value;
    const date = kind === "date" || kind === "date_range";
    const show = (x: number | null): number | string | null => (date && x !== null ? fromEpochDay(x) : x);
    return [f.text, kind, show(lower), show(upper)];
  });
}

describe("extractFigures on a French article", () => {
  const found = extractFigures(FRENCH_ARTICLE.text, { lang: "fr", publishedAt: FRENCH_ARTICLE.publishedAt });

  it("finds exactly the figures an editor would tag", () => {
    expect(rows(found)).toEqual([
      ["lundi 31 octobre", "date", "2022-10-31", "2022-10-31"],
      ["début des années 1990", "date", "1990-01-01", "1993-12-31"],
      ["Plus de 6\u00a0700", "count", 6700, null],
      ["six semaines", "duration", 42, 42],
      ["2020", "date", "2020-01-01", "2020-12-31"],
      ["environ 2 000", "count", 1800, 2200],
      ["septembre", "date", "2022-09-01", "2022-09-30"],
      ["286", "count", 286, 286],
      ["Plus de 200", "count", 200, null],
      ["deux jours", "duration", 2, 2],
      ["près de 7 600", "count", 6840, 7600],
      ["fin de l'année", "date", "2022-09-01", "2022-12-31"],
      ["jeudi dernier", "date", "2022-10-27", "2022-10-27"],
      ["une décennie", "duration", 3652, 3653],
      ["15 novembre", "date", "2022-11-15", "2022-11-15"],
      ["45 %", "percentage", 45, 45],
      ["6,5 millions d'euros", "money", 6500000, 6500000],
      ["2 milliards de dollars", "money", 2000000000, 2000000000],
      ["cinq ans", "duration", 1826, 1827],
    ]);
  });

  it("gives spans that are the text's own UTF-16 slices, inside their sentence", () => {
    for (const f of found) {
      expect(FRENCH_ARTICLE.text.slice(f.start, f.end)).toBe(f.text);
      expect(f.sentenceStart).toBeLessThanOrEqual(f.start);
      expect(f.sentenceEnd).toBeGreaterThanOrEqual(f.end);
    }
    const toll = found.find((f) => f.text === "286");
    expect(FRENCH_ARTICLE.text.slice(toll?.sentenceStart, toll?.sentenceEnd)).toBe(
      "En septembre, de nouveaux affrontements ont fait 286 morts, selon les autorités des deux pays.",
    );
  });

  it("never tags « Premier ministre », the phone number or the URL", () => {
    const forbidden = ["Premier ministre", "01 23 45 67 89", "https://www.rfi.fr/fr/europe/arton71307", "arton71307"];
    for (const word of forbidden) {
      const at = FRENCH_ARTICLE.text.indexOf(word);
      expect(found.filter((f) => f.start < at + word.length && f.end > at)).toEqual([]);
    }
  });
});

describe("extractFigures on an English article", () => {
  const found = extractFigures(ENGLISH_ARTICLE.text, { publishedAt: ENGLISH_ARTICLE.publishedAt });

  it("finds exactly the figures an editor would tag, without a language hint", () => {
    expect(rows(found)).toEqual([
      ["Monday, October 31, 2022", "date", "2022-10-31", "2022-10-31"],
      ["early 1990s", "date", "1990-01-01", "1993-12-31"],
      ["More than 6,700", "count", 6700, null],
      ["six-week", "duration", 42, 42],
      ["2020", "date", "2020-01-01", "2020-12-31"],
      ["about 2,000", "count", 1800, 2200],
      ["September", "date", "2022-09-01", "2022-09-30"],
      ["at least 286", "count", 286, null],
      ["Nearly 7,600", "count", 6840, 7600],
      ["last Thursday", "date", "2022-10-27", "2022-10-27"],
      ["a decade", "duration", 3652, 3653],
      ["November 15", "date", "2022-11-15", "2022-11-15"],
      ["€6.5 million", "money", 6500000, 6500000],
      ["$2 billion", "money", 2000000000, 2000000000],
      ["five years", "duration", 1826, 1827],
      ["45%", "percentage", 45, 45],
    ]);
  });

  it("never tags Prime Minister, the phone number or the URL", () => {
    for (const word of ["Prime Minister", "(202) 555-0123", "https://apnews.com/article/armenia-azerbaijan-123456"]) {
      const at = ENGLISH_ARTICLE.text.indexOf(word);
      expect(found.filter((f) => f.start < at + word.length && f.end > at)).toEqual([]);
    }
  });
});

describe("enumerations of dates", () => {
  const sentence = "Des cessez-le-feu ont été conclus les 10, 17 et 26 octobre.";
  const ctx = { lang: "fr" as const, publishedAt: "2020-11-03", sentence };

  it("extracts one figure per date, each with its own span", () => {
    const found = extractFigures(sentence, ctx);
    expect(found.map((f) => [f.text, fromEpochDay(f.value.lower ?? 0)])).toEqual([
      ["10", "2020-10-10"],
      ["17", "2020-10-17"],
      ["26 octobre", "2020-10-26"],
    ]);
  });

  it("parses the whole enumeration or one of its dates", () => {
    expect(parseFigure("les 10, 17 et 26 octobre", ctx).map((v) => fromEpochDay(v.lower ?? 0))).toEqual([
      "2020-10-10",
      "2020-10-17",
      "2020-10-26",
    ]);
    expect(parseFigure("17", ctx).map((v) => [v.kind, fromEpochDay(v.lower ?? 0)])).toEqual([["date", "2020-10-17"]]);
  });
});

// Speed is measured by `npm run bench:figures`, not asserted here: a loaded machine must not fail a test.
describe("extractFigures on a long text", () => {
  it("reads every copy of the articles in a text of many of them as it reads one", () => {
    const perArticle =
      extractFigures(FRENCH_ARTICLE.text, { publishedAt: FRENCH_ARTICLE.publishedAt }).length +
      extractFigures(ENGLISH_ARTICLE.text, { publishedAt: ENGLISH_ARTICLE.publishedAt }).length;
    const unit = `${FRENCH_ARTICLE.text}\n${ENGLISH_ARTICLE.text}\n`;
    const copies = Math.ceil(200_000 / unit.length);
    const found = extractFigures(unit.repeat(copies), { publishedAt: "2022-10-31" });
    expect(found).toHaveLength(perArticle * copies);
    expect(found.slice(-perArticle).map((f) => f.text)).toEqual(found.slice(0, perArticle).map((f) => f.text));
  });
});
