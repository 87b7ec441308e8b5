import { describe, expect, it } from "vitest";
import { describeValue, parseFigure, toEpochDay } from "./index";

const NBSP = "\u00a0";

function say(figure: string, lang: "fr" | "en", locale: "fr" | "en" = lang): string[] {
  return parseFigure(figure, { lang, publishedAt: "2022-10-31" }).map((v) => describeValue(v, locale));
}

describe("describeValue", () => {
  it.each([
    ["plus de 6 700 personnes", "fr", "en", "more than 6,700 (people)"],
    ["plus de 6 700 personnes", "fr", "fr", `plus de 6${NBSP}700 (personnes)`],
    ["about 200", "en", "en", "between 180 and 220 (about 200)"],
    ["environ 200", "fr", "fr", "entre 180 et 220 (environ 200)"],
    ["31 octobre 2022", "fr", "en", "31 October 2022"],
    ["31 October 2022", "en", "fr", "31 octobre 2022"],
    ["September 2022", "en", "en", "September 2022"],
    ["six semaines", "fr", "en", "42 days (six weeks)"],
    ["six weeks", "en", "fr", "42 jours (six semaines)"],
    ["neuf mois", "fr", "en", "between 273 and 276 days (nine months)"],
    ["plus de deux ans", "fr", "en", "more than 730 days (two years)"],
    ["plusieurs décennies", "fr", "en", "at least 7,305 days and less than 36,525 days (several decades)"],
    ["près de 7 000 soldats", "fr", "en", "between 6,300 and 7,000 (nearly 7,000 soldiers)"],
    ["des milliers de personnes", "fr", "fr", `entre 2${NBSP}000 et 9${NBSP}999 (plusieurs milliers de personnes)`],
    ["une centaine de civils", "fr", "en", "between 90 and 110 (about 100 civilians)"],
    ["moins de 100 victimes", "fr", "en", "fewer than 100 (people)"],
    ["up to 5,000 fighters", "en", "fr", `jusqu'à 5${NBSP}000 (soldats)`],
    ["45 %", "fr", "en", "45%"],
    ["un tiers des électeurs", "fr", "en", "33.33%"],
    ["6,5 millions d'euros", "fr", "en", "€6.5 million"],
    ["6,5 millions d'euros", "fr", "fr", "6,5 millions d'euros"],
    ["$2 billion", "en", "fr", "2 milliards de dollars"],
    ["50 000 drams", "fr", "en", "50,000 drams"],
    ["au début des années 1990", "fr", "en", "the early 1990s (1990–1993)"],
    ["fin septembre 2020", "fr", "fr", "fin septembre 2020 (21-30 septembre)"],
    ["du 10 au 17 octobre 2020", "fr", "en", "10–17 October 2020"],
    ["from 1992 to 1994", "en", "fr", "de 1992 à 1994"],
    ["1er novembre 2020", "fr", "fr", "1er novembre 2020"],
  ] as const)("%s (%s) in %s: %s", (figure, lang, locale, expected) => {
    expect(say(figure, lang, locale)).toEqual([expected]);
  });
});

describe("dates stored without their precision (claims keep only bounds)", () => {
  const day = (iso: string) => toEpochDay(iso);
  const date = (lo: string, hi: string) => ({
    kind: "date" as const,
    lower: day(lo),
    upper: day(hi),
    lowerInclusive: true,
    upperInclusive: true,
    approximate: false,
    qualifier: null,
    unit: null,
    counted: null,
    countedKey: null,
  });
  it.each([
    ["2022-10-31", "2022-10-31", "31 October 2022"],
    ["2022-09-01", "2022-09-30", "September 2022"],
    ["2020-01-01", "2020-12-31", "2020"],
    ["1990-01-01", "1993-12-31", "the early 1990s (1990–1993)"],
    ["2020-09-21", "2020-09-30", "late September 2020 (21–30 September)"],
    ["2020-10-14", "2020-10-18", "14–18 October 2020"],
  ])("%s to %s reads as %s", (lo, hi, expected) => {
    expect(describeValue(date(lo, hi), "en")).toBe(expected);
  });
});
