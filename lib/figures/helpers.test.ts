import { describe, expect, it } from "vitest";
import {
  classifyCounted,
  COUNTED_CLASSES,
  countedLabel,
  fromEpochDay,
  isCountedSubset,
  parseFigure,
  toEpochDay,
} from "./index";
import { guessLang } from "./lang";
import { splitSentences } from "./sentences";
import { tokenize } from "./tokenize";

describe("epoch days", () => {
  it.each([
    ["1970-01-01", 0],
    ["1969-12-31", -1],
    ["2022-10-31", 19296],
    ["2000-02-29", 11016],
    ["1990-01-01", 7305],
  ])("%s is day %d and back", (iso, day) => {
    expect(toEpochDay(iso)).toBe(day);
    expect(fromEpochDay(day)).toBe(iso);
  });

  it("rejects what is not a calendar day", () => {
    expect(() => toEpochDay("2022-02-30")).toThrow(RangeError);
    expect(() => toEpochDay("31/10/2022")).toThrow(RangeError);
  });
});

describe("counted nouns", () => {
  it.each([
    ["soldats", "soldiers"],
    ["Soldats", "soldiers"],
    ["troops", "soldiers"],
    ["servicemen", "soldiers"],
    ["morts", "people"],
    ["tués", "people"],
    ["casualties", "people"],
    ["lives", "people"],
    ["civils", "civilians"],
    ["casques bleus", "peacekeepers"],
    ["soldats de la paix", "peacekeepers"],
    ["peacekeepers", "peacekeepers"],
    ["prisonniers de guerre", "prisoners"],
    ["prisoners of war", "prisoners"],
    ["réfugiés", "refugees"],
    ["refugies", "refugees"],
    ["personnes déplacées", "displaced"],
    ["blessées", "wounded"],
    ["trêves", "ceasefires"],
    ["cessez-le-feu", "ceasefires"],
    ["ceasefires", "ceasefires"],
    ["accords", "agreements"],
    ["chars", null],
  ])("%s is %s", (noun, key) => {
    expect(classifyCounted(noun)).toBe(key);
  });

  it("knows which classes contain which", () => {
    expect(isCountedSubset("soldiers", "people")).toBe(true);
    expect(isCountedSubset("civilians", "people")).toBe(true);
    expect(isCountedSubset("peacekeepers", "soldiers")).toBe(true);
    expect(isCountedSubset("peacekeepers", "people")).toBe(true);
    expect(isCountedSubset("people", "soldiers")).toBe(false);
    expect(isCountedSubset("civilians", "soldiers")).toBe(false);
    expect(isCountedSubset("soldiers", "soldiers")).toBe(true);
  });
});

describe("ordinal periods", () => {
  it("reads entering the ninth week as eight weeks passed, nine not", () => {
    const [v] = parseFigure("la neuvième semaine", { lang: "fr" });
    expect([v?.kind, v?.lower, v?.lowerInclusive, v?.upper, v?.upperInclusive]).toEqual([
      "duration",
      56,
      true,
      63,
      false,
    ]);
  });
});

describe("parseFigure without context", () => {
  const one = (figure: string): [number | null, number | null] => {
    const [v] = parseFigure(figure);
    return [v?.lower ?? null, v?.upper ?? null];
  };

  it.each([
    ["6 700", 6700],
    ["6\u00a0700", 6700],
    ["6\u202f700", 6700],
    ["6,700", 6700],
    ["1'280", 1280],
    ["quatre-vingt-dix-sept", 97],
    ["soixante-dix", 70],
    ["quatre-vingts", 80],
    ["mille deux cents", 1200],
    ["deux millions", 2000000],
    ["twenty-one", 21],
    ["one thousand two hundred and fifty", 1250],
    ["a hundred", 100],
    ["2,5 milliards", 2500000000],
  ])("%s is %d", (figure, n) => {
    expect(one(figure)).toEqual([n, n]);
  });

  it("reads the language's decimal mark before a scale word", () => {
    expect(parseFigure("1,28 million", { lang: "fr" })[0]?.lower).toBe(1280000);
    expect(parseFigure("1.28 million", { lang: "en" })[0]?.lower).toBe(1280000);
    expect(parseFigure("1,280 million", { lang: "en" })[0]?.lower).toBe(1280000000);
    expect(parseFigure("1.280", { lang: "fr" })[0]?.lower).toBe(1280);
    expect(parseFigure("1,280", { lang: "fr" })[0]?.lower).toBe(1280);
    expect(parseFigure("1 billion", { lang: "fr" })[0]?.lower).toBe(1e12);
  });

  it("returns nothing for what is not a figure", () => {
    expect(parseFigure("Premier ministre")).toEqual([]);
    expect(parseFigure("")).toEqual([]);
    expect(parseFigure("la troisième fois")).toEqual([]);
  });
});

describe("counted labels in the interface's language", () => {
  it("names a class in the plural by default, in the singular when asked", () => {
    expect(countedLabel("soldiers", "fr")).toBe("soldats");
    expect(countedLabel("people", "en", false)).toBe("person");
    expect(countedLabel("peacekeepers", "fr")).toBe("soldats de la paix");
    expect(countedLabel("tanks", "en")).toBeNull();
  });

  it("has a label for every class in every interface language", () => {
    for (const key of COUNTED_CLASSES)
      for (const locale of ["en", "fr"] as const) expect(countedLabel(key, locale)).not.toBeNull();
  });
});

describe("the language of a sentence, from its function words", () => {
  const lang = (text: string) => guessLang(tokenize(text));
  it.each([
    ["At least 99 soldiers were killed.", "en"],
    ["Mindestens 99 Soldaten wurden getötet.", "de"],
    ["Plus de 6 700 personnes sont mortes dans les combats.", "fr"],
    ["Die Zahl der Toten stieg auf mehr als 1.000.", "de"],
  ])("%s is %s", (text, expected) => {
    expect(lang(text)).toBe(expected);
  });

  it("does not guess from a figure alone", () => {
    expect(lang("6 700")).toBeNull();
  });
});

describe("sentences", () => {
  it("does not end a German sentence at the dot of an ordinal day before a month", () => {
    const text = "Die Offensive begann am 27. September 2020. Sie dauerte sechs Wochen.";
    expect(splitSentences(text).map(([a, b]) => text.slice(a, b))).toEqual([
      "Die Offensive begann am 27. September 2020.",
      "Sie dauerte sechs Wochen.",
    ]);
  });
});
