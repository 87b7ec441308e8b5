import { describe, expect, it } from "vitest";
import type { Locale, UiLocale } from "@/lib/i18n/locales";
import { describeValue, parseFigure, toEpochDay } from "./index";

// Intl writes French thousands with a narrow no-break space, and a no-break space before "%" and units.
const NNBSP = "\u202f";
const NBSP = "\u00a0";

function say(figure: string, lang: Locale, locale: UiLocale = lang === "fr" ? "fr" : "en"): string[] {
  return parseFigure(figure, { lang, publishedAt: "2022-10-31" }).map((v) => describeValue(v, locale));
}

describe("describeValue", () => {
  it.each([
    ["plus de 6 700 personnes", "fr", "en", "more than 6,700 (people)"],
    ["plus de 6 700 personnes", "fr", "fr", `plus de 6${NNBSP}700 (personnes)`],
    ["about 200", "en", "en", "between 180 and 220 (about 200)"],
    ["environ 200", "fr", "fr", "entre 180 et 220 (environ 200)"],
    ["31 octobre 2022", "fr", "en", "31 October 2022"],
    ["31 October 2022", "en", "fr", "31 octobre 2022"],
    ["September 2022", "en", "en", "September 2022"],
    ["près de 7 000 soldats", "fr", "en", "between 6,300 and 7,000 (nearly 7,000 soldiers)"],
    ["des milliers de personnes", "fr", "fr", `entre 2${NNBSP}000 et 9${NNBSP}999 (plusieurs milliers de personnes)`],
    ["une centaine de civils", "fr", "en", "between 90 and 110 (about 100 civilians)"],
    ["moins de 100 victimes", "fr", "en", "fewer than 100 (people)"],
    ["up to 5,000 fighters", "en", "fr", `jusqu'à 5${NNBSP}000 (soldats)`],
    ["mindestens 99 Soldaten", "de", "fr", "au moins 99 (soldats)"],
    ["mehr als 6.700 Menschen", "de", "en", "more than 6,700 (people)"],
    ["45 %", "fr", "en", "45%"],
    ["2,5 %", "fr", "fr", `2,5${NBSP}%`],
    ["un tiers des électeurs", "fr", "en", "33.33%"],
    ["6,5 millions d'euros", "fr", "en", "€6.5 million"],
    ["6,5 millions d'euros", "fr", "fr", "6,5 millions d'euros"],
    ["1,2 milliard d'euros", "fr", "fr", "1,2 milliard d'euros"],
    ["$2 billion", "en", "fr", "2 milliards de dollars"],
    ["300 €", "fr", "en", "€300"],
    ["300 €", "fr", "fr", "300 euros"],
    ["12 millions de francs suisses", "fr", "en", "12 million Swiss francs"],
    // Francs of an unknown country (CFA: West or Central Africa?): the amount alone, no guessed currency.
    ["500 milliards de francs CFA", "fr", "fr", "500 milliards"],
    ["20 000 francs", "fr", "en", "20,000"],
    ["50 000 drams", "fr", "en", "50,000 drams"],
    ["au début des années 1990", "fr", "en", "the early 1990s (1990–1993)"],
    ["fin septembre 2020", "fr", "fr", "fin septembre 2020 (21-30 septembre)"],
    ["du 10 au 17 octobre 2020", "fr", "en", "10–17 October 2020"],
    ["from 1992 to 1994", "en", "fr", "de 1992 à 1994"],
    ["1er novembre 2020", "fr", "fr", "1er novembre 2020"],
    ["1er novembre 2020", "fr", "en", "1 November 2020"],
  ] as const)("%s (%s) in %s: %s", (figure, lang, locale, expected) => {
    expect(say(figure, lang, locale)).toEqual([expected]);
  });
});

describe("durations as people say them, in the unit they were written in", () => {
  it.each([
    ["moins de deux heures", "fr", "fr", "moins de deux heures"],
    ["moins d'une semaine", "fr", "fr", "moins d'une semaine"],
    ["15 ans", "fr", "fr", "15 ans"],
    ["fifteen years", "en", "en", "15 years"],
    ["30 years", "en", "fr", "trois décennies"],
    ["plus d'un an", "fr", "fr", "plus d'un an"],
    ["less than a week", "en", "fr", "moins d'une semaine"],
    ["plus de huit jours", "fr", "fr", "plus de huit jours"],
    ["less than two hours", "en", "en", "less than two hours"],
    ["une décennie", "fr", "fr", "une décennie"],
    ["a decade", "en", "fr", "une décennie"],
    ["six semaines", "fr", "fr", "six semaines"],
    ["six weeks", "en", "fr", "six semaines"],
    ["sechs Wochen", "de", "en", "six weeks"],
    ["about two years", "en", "en", "about two years"],
    ["environ deux ans", "fr", "fr", "environ deux ans"],
    ["deux ans", "fr", "en", "two years"],
    ["five years", "en", "en", "five years"],
    ["vingt ans", "fr", "fr", "deux décennies"],
    ["neuf mois", "fr", "en", "nine months"],
    ["trois mois", "fr", "fr", "trois mois"],
    ["un mois", "fr", "fr", "un mois"],
    ["une semaine", "fr", "fr", "une semaine"],
    ["an hour", "en", "en", "an hour"],
    ["trois heures", "fr", "fr", "trois heures"],
    ["44 jours", "fr", "fr", "44 jours"],
    ["44 days", "en", "fr", "44 jours"],
    ["un an et demi", "fr", "fr", "un an et demi"],
    ["a year and a half", "en", "fr", "un an et demi"],
    ["deux ans et demi", "fr", "en", "two and a half years"],
    ["plus de deux ans", "fr", "en", "more than two years"],
    ["moins de trois mois", "fr", "en", "less than three months"],
    ["près de six semaines", "fr", "fr", "près de six semaines"],
    ["plusieurs décennies", "fr", "en", "several decades"],
    ["quelques jours", "fr", "fr", "quelques jours"],
    ["decades-old", "en", "en", "at least two decades"],
    ["jahrzehntelange", "de", "fr", "au moins deux décennies"],
    ["son neuvième mois", "fr", "fr", "au moins huit mois et moins de neuf mois"],
  ] as const)("%s (%s) in %s: %s", (figure, lang, locale, expected) => {
    expect(say(figure, lang, locale)).toEqual([expected]);
  });

  it("says an exact count of days without a rounding step in days, whatever it divides by", () => {
    const v = { ...parseFigure("six semaines", { lang: "fr" })[0]!, granularity: null };
    expect(describeValue(v, "fr")).toBe("42 jours");
  });

  it("follows French plural rules: one and a half is singular", () => {
    const [v] = parseFigure("1,5 jour", { lang: "fr" });
    expect(v && describeValue(v, "fr")).toBe("1,5 jour");
  });
});

describe("quantities in the unit a reader expects for their size", () => {
  it.each([
    ["5 kilomètres", "fr", "fr", `5${NBSP}km`],
    ["7.5 km", "en", "en", `7.5${NBSP}km`],
    ["2,5 km", "fr", "fr", `2,5${NBSP}km`],
    ["30 mètres", "fr", "fr", `30${NBSP}m`],
    ["140 km2", "fr", "en", `140${NBSP}km²`],
    ["environ 200 hectares", "fr", "fr", `entre 180 et 220${NBSP}ha (environ 200${NBSP}ha)`],
    ["12 tonnes", "fr", "en", `12${NBSP}t`],
    ["more than 30 miles", "en", "en", `more than 48.28${NBSP}km`],
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
