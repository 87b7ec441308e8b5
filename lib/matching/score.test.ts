import { describe, expect, it } from "vitest";
import { readTestFigure } from "./test-figure";
import { extractFigures, toEpochDay } from "@/lib/figures";
import { conceptsOf } from "./domain-words";
import {
  bestMatch,
  certaintyOf,
  ownNames,
  pickBest,
  PROPOSAL_THRESHOLD,
  REASON_WEIGHTS,
  scoreMatch,
  TIE_MARGIN,
  type MatchCandidate,
  type MatchFigure,
} from "./score";

const KARABAKH = "entity-karabakh";
const ALIYEV = "entity-aliyev";

/** The figure `figure` of `sentence` as the extractor reads it, in an article of that day and language. */
function figureOf(
  sentence: string,
  figure: string,
  lang: "en" | "fr",
  publishedAt: string,
  entities: string[] = [],
): MatchFigure {
  return readTestFigure(sentence, figure, lang, publishedAt, { entities });
}

const war2020: MatchCandidate = {
  id: "war-2020-deaths",
  label: "People killed in the 2020 Nagorno-Karabakh war",
  kind: "count",
  countedKey: "people",
  entities: [KARABAKH],
  claims: [
    {
      value: { kind: "count", lower: 6500, upper: 6500, unit: null, counted: "personnes", countedKey: "people" },
      quote: "après la mort de 6 500 personnes des deux côtés",
      language: "fr",
      publishedAt: "2020-11-10",
      asOf: null,
    },
  ],
};

const sept2022: MatchCandidate = {
  id: "sept-2022-deaths",
  label: "People killed in the September 2022 fighting",
  kind: "count",
  countedKey: "people",
  entities: [],
  claims: [
    {
      value: { kind: "count", lower: 286, upper: 286, unit: null, counted: "morts", countedKey: "people" },
      quote: "Les affrontements de septembre ont fait 286 morts",
      language: "fr",
      publishedAt: "2022-09-16",
      asOf: null,
    },
  ],
};

const truce: MatchCandidate = {
  id: "truce-date",
  label: "Quand le cessez-le-feu humanitaire est entré en vigueur",
  kind: "date",
  countedKey: null,
  entities: [KARABAKH],
  claims: [
    {
      value: {
        kind: "date",
        lower: toEpochDay("2020-10-10"),
        upper: toEpochDay("2020-10-10"),
        unit: null,
        counted: null,
        countedKey: null,
      },
      quote: "un cessez-le-feu humanitaire à partir du 10 octobre à midi",
      language: "fr",
      publishedAt: "2020-10-10",
      asOf: null,
    },
  ],
};

describe("bilingual domain words", () => {
  it("gives an English and a French sentence about a toll the same concepts", () => {
    const en = conceptsOf("More than 6,500 people were killed in the fighting");
    const fr = conceptsOf("Plus de 6 500 personnes sont mortes dans les combats");
    expect(en.has("death") && fr.has("death")).toBe(true);
    expect(en.has("war") && fr.has("war")).toBe(true);
  });
});

describe("scoreMatch, English figures against a French fact", () => {
  it("proposes an English 2020 toll for the French fact of the 2020 toll, with its reasons", () => {
    const fig = figureOf(
      "The 2020 war over Nagorno-Karabakh killed more than 6,000 people on both sides.",
      "more than 6,000",
      "en",
      "2023-09-20",
      [KARABAKH],
    );
    const s = scoreMatch(fig, war2020);
    expect(s).not.toBeNull();
    expect(s!.score).toBeGreaterThanOrEqual(PROPOSAL_THRESHOLD);
    const codes = s!.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(["sameCounted", "sameYear", "sharedEntities", "sharedConcepts"]));
    expect(bestMatch(fig, [sept2022, war2020])?.factId).toBe("war-2020-deaths");
  });

  it("keeps another war's toll away, even with the same counted thing and place", () => {
    const fig = figureOf(
      "The four-day war of 2016 in Nagorno-Karabakh killed about 200 soldiers.",
      "about 200",
      "en",
      "2020-10-05",
      [KARABAKH],
    );
    expect(bestMatch(fig, [war2020, sept2022])).toBeNull();
    expect(scoreMatch(fig, war2020)!.reasons.map((r) => r.code)).toContain("otherYear");
  });

  it("never puts a count of other things into a toll", () => {
    const fig = figureOf(
      "About 1,960 Russian peacekeepers were deployed in Nagorno-Karabakh.",
      "About 1,960",
      "en",
      "2020-11-12",
      [KARABAKH],
    );
    const s = scoreMatch(fig, war2020);
    expect(s === null || s.score < PROPOSAL_THRESHOLD).toBe(true);
  });
});

describe("scoreMatch, French figures", () => {
  it("proposes a French date for the date of the truce, and a far date for nothing", () => {
    const near = figureOf(
      "Le cessez-le-feu humanitaire entre l'Arménie et l'Azerbaïdjan est entré en vigueur le 10 octobre au Haut-Karabakh.",
      "10 octobre",
      "fr",
      "2020-10-11",
      [KARABAKH],
    );
    expect(bestMatch(near, [truce])?.factId).toBe("truce-date");
    const far = figureOf(
      "Un nouveau cessez-le-feu est entré en vigueur le 20 septembre au Haut-Karabakh.",
      "20 septembre",
      "fr",
      "2023-09-21",
      [KARABAKH],
    );
    expect(bestMatch(far, [truce])).toBeNull();
  });

  it("weighs a date a few days off the fact's date down: another day is another event, not the same date", () => {
    const week = figureOf(
      "Le cessez-le-feu humanitaire entre l'Arménie et l'Azerbaïdjan est entré en vigueur le 18 octobre au Haut-Karabakh.",
      "18 octobre",
      "fr",
      "2020-10-19",
      [KARABAKH],
    );
    const close = scoreMatch(week, truce)!.reasons.find((r) => r.code === "datesClose");
    expect(close?.points).toBeLessThan(0);
    expect(scoreMatch(week, truce)!.score).toBeLessThan(scoreMatch(week, { ...truce, claims: [] })!.score);
  });

  it("proposes a French toll of the same days for its fact, not an older war's", () => {
    const fig = figureOf(
      "Les combats de septembre à la frontière ont fait près de 300 morts, selon un bilan officiel.",
      "près de 300",
      "fr",
      "2022-09-17",
    );
    expect(bestMatch(fig, [war2020, sept2022])?.factId).toBe("sept-2022-deaths");
  });

  it("refuses a sum in another currency even when the number is the same", () => {
    const chf: MatchCandidate = {
      id: "cost",
      label: "Coût des trains de nuit",
      kind: "money",
      countedKey: null,
      entities: [],
      claims: [
        {
          value: { kind: "money", lower: 1.2e9, upper: 1.2e9, unit: "CHF", counted: null, countedKey: null },
          quote: "un coût de 1,2 milliard de francs pour les trains de nuit",
          language: "fr",
          publishedAt: "2026-06-01",
          asOf: null,
        },
      ],
    };
    const fig = figureOf("Le plan coûtera 1,2 milliard d'euros.", "1,2 milliard d'euros", "fr", "2026-06-02", [ALIYEV]);
    const s = scoreMatch(fig, chf);
    expect(s!.reasons.map((r) => r.code)).toContain("otherUnit");
    expect(s!.score).toBeLessThan(PROPOSAL_THRESHOLD);
  });
});

describe("scoreMatch, neighbouring facts of one event", () => {
  const injured: MatchCandidate = {
    id: "storm-injured",
    label: "Blessés de la tempête Ondine",
    kind: "count",
    countedKey: "wounded",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 38, upper: 38, unit: null, counted: "blessés", countedKey: "wounded" },
        quote: "La tempête Ondine a fait 38 blessés dans l'Ouest",
        figure: "38",
        language: "fr",
        publishedAt: "2031-03-02",
        asOf: null,
      },
    ],
  };
  const dead: MatchCandidate = {
    ...injured,
    id: "storm-dead",
    label: "Morts de la tempête Ondine",
    countedKey: "people",
    claims: [
      {
        value: { kind: "count", lower: 9, upper: 9, unit: null, counted: "morts", countedKey: "people" },
        quote: "La tempête Ondine a fait 9 morts dans l'Ouest",
        figure: "9",
        language: "fr",
        publishedAt: "2031-03-02",
        asOf: null,
      },
    ],
  };

  it("never gives the dead to the injured's fact, nor the injured to the dead's", () => {
    const s = "La tempête Ondine a fait 11 morts et 40 blessés dans l'Ouest, selon la préfecture.";
    const deaths = figureOf(s, "11", "fr", "2031-03-03");
    const hurt = figureOf(s, "40", "fr", "2031-03-03");
    expect(scoreMatch(deaths, injured)).toBeNull();
    expect(scoreMatch(hurt, dead)).toBeNull();
    expect(bestMatch(deaths, [injured, dead])?.factId).toBe("storm-dead");
    expect(bestMatch(hurt, [injured, dead])?.factId).toBe("storm-injured");
  });

  it("gives each toll of a sentence the fact of its own year", () => {
    const s =
      "The September 2022 fighting killed 286 people, two years after the 2020 war over Nagorno-Karabakh killed 6,500 people.";
    const toll2022 = figureOf(s, "286", "en", "2023-09-20", [KARABAKH]);
    const toll2020 = figureOf(s, "6,500", "en", "2023-09-20", [KARABAKH]);
    expect(scoreMatch(toll2022, war2020)!.reasons.map((r) => r.code)).toContain("otherYear");
    expect(bestMatch(toll2022, [war2020, sept2022])?.factId).toBe("sept-2022-deaths");
    expect(bestMatch(toll2020, [war2020, sept2022])?.factId).toBe("war-2020-deaths");
  });

  it("keeps a date of saying away from a fact of the event's date", () => {
    const said = figureOf(
      "Le cessez-le-feu humanitaire est entré en vigueur au Haut-Karabakh, a annoncé samedi 10 octobre le ministère.",
      "samedi 10 octobre",
      "fr",
      "2020-10-11",
      [KARABAKH],
    );
    expect(scoreMatch(said, truce)).toBeNull();
    expect(bestMatch(said, [truce])).toBeNull();
  });
});

describe("pickBest", () => {
  const at = (factId: string, score: number) => ({ factId, score, reasons: [] });
  it("proposes the best fact above the threshold", () => {
    expect(pickBest([at("a", 9), at("b", 6)], 5)?.factId).toBe("a");
    expect(pickBest([at("a", 4)], 5)).toBeNull();
  });
  it("proposes nothing when two facts tie", () => {
    expect(pickBest([at("a", 9), at("b", 9 - TIE_MARGIN / 2)], 5)).toBeNull();
    expect(pickBest([at("a", 9), at("b", 4)], 5)?.factId).toBe("a");
  });
});

describe("scoreMatch, another story", () => {
  it("keeps a figure away from a fact when the two name no place or person in common", () => {
    const wreck: MatchCandidate = {
      id: "dunvel-deaths",
      label: "Morts du naufrage au large de Dunvel",
      kind: "count",
      countedKey: "people",
      entities: [],
      claims: [
        {
          value: { kind: "count", lower: 12, upper: 12, unit: null, counted: "morts", countedKey: "people" },
          quote: "Le naufrage d'une embarcation au large de Dunvel a fait 12 morts, selon la préfecture maritime.",
          figure: "12",
          language: "fr",
          publishedAt: "2031-11-03",
          asOf: null,
        },
      ],
    };
    const other = {
      ...figureOf(
        "Off Pelagos, another boat capsized the same day and 12 people drowned, the coastguard said.",
        "12",
        "en",
        "2031-11-04",
      ),
      context: "Migrant boat capsizes off Pelagos",
    };
    const same = {
      ...figureOf(
        "Twelve people died when a boat sank off Dunvel, French officials said.",
        "Twelve",
        "en",
        "2031-11-04",
      ),
      context: "Dunvel shipwreck",
    };
    // "drowned" is a death: the other wreck's toll is a death toll too, told of another place. The
    // names alone weigh it below the same story's (it stayed away only while "drowned" read as no death).
    expect(scoreMatch(other, wreck)!.reasons.map((r) => r.code)).toContain("noSharedName");
    expect(scoreMatch(other, wreck)!.score).toBeLessThan(scoreMatch(same, wreck)!.score);
    expect(bestMatch(same, [wreck])?.factId).toBe("dunvel-deaths");
  });
});

describe("scoreMatch, what a figure is of and when", () => {
  const turnout: MatchCandidate = {
    id: "lorvan-turnout",
    label: "Participation à la votation de Lorvan",
    kind: "percentage",
    countedKey: null,
    entities: [],
    claims: [
      {
        value: { kind: "percentage", lower: 46, upper: 46, unit: "%", counted: null, countedKey: null },
        quote: "À Lorvan, la participation a atteint 46 % dimanche.",
        figure: "46 %",
        language: "fr",
        publishedAt: "2031-06-15",
        asOf: null,
      },
    ],
  };

  it("never gives the yes share to the turnout's fact", () => {
    const yes = figureOf("À Lorvan, le oui l'emporte avec 48 % des voix.", "48 %", "fr", "2031-06-15");
    const turned = figureOf("In Lorvan, turnout reached 47 % on Sunday.", "47 %", "en", "2031-06-16");
    expect(scoreMatch(yes, turnout)).toBeNull();
    expect(bestMatch(turned, [turnout])?.factId).toBe("lorvan-turnout");
  });

  const marchers: MatchCandidate = {
    id: "ostrel-march-12",
    label: "Manifestants à Ostrel le 12 mars 2031",
    kind: "count",
    countedKey: "people",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 480000, upper: 480000, unit: null, counted: "personnes", countedKey: "people" },
        quote: "Quelque 480 000 personnes ont manifesté le 12 mars à Ostrel contre la réforme.",
        figure: "Quelque 480 000",
        language: "fr",
        publishedAt: "2031-03-13",
        asOf: null,
      },
    ],
  };

  it("keeps a headcount of another day away from the day's fact, but not a toll of a later day", () => {
    const later = figureOf(
      "Le 26 mars, 390 000 personnes ont manifesté à Ostrel contre la réforme.",
      "390 000",
      "fr",
      "2031-03-27",
    );
    const same = figureOf(
      "Le 12 mars, 450 000 personnes avaient manifesté à Ostrel contre la réforme.",
      "450 000",
      "fr",
      "2031-03-27",
    );
    expect(scoreMatch(later, marchers)!.raw!.map((r) => r.code)).toContain("otherDay");
    expect(bestMatch(later, [marchers])).toBeNull();
    expect(scoreMatch(same, marchers)!.raw!.map((r) => r.code)).toContain("sameDay");
    expect(bestMatch(same, [marchers])?.factId).toBe("ostrel-march-12");
  });
});

describe("scoreMatch, a count of what happened to people against a count of people", () => {
  it("weighs peacekeepers killed down against the fact of peacekeepers deployed", () => {
    const deployed: MatchCandidate = {
      id: "peacekeepers-deployed",
      label: "Russian peacekeepers deployed in Nagorno-Karabakh",
      kind: "count",
      countedKey: "peacekeepers",
      entities: [KARABAKH],
      claims: [
        {
          value: { kind: "count", lower: 1960, upper: 1960, unit: null, counted: "soldats", countedKey: "soldiers" },
          quote: "Un contingent de 1 960 soldats russes de maintien de la paix sera déployé au Haut-Karabakh",
          figure: "1 960",
          language: "fr",
          publishedAt: "2020-11-10",
          asOf: null,
        },
      ],
    };
    const killed = figureOf(
      "Six Russian peacekeepers were killed in Nagorno-Karabakh when their vehicle came under fire.",
      "Six",
      "en",
      "2023-09-21",
      [KARABAKH],
    );
    const s = scoreMatch(killed, deployed);
    expect(s!.reasons.map((r) => r.code)).toContain("otherOutcome");
    expect(bestMatch(killed, [deployed])).toBeNull();
  });
});

describe("scoreMatch, a part next to its whole", () => {
  it("never gives the part to the whole's fact", () => {
    const whole: MatchCandidate = {
      id: "ondine-deaths-france",
      label: "Morts de la tempête Ondine en France",
      kind: "count",
      countedKey: "people",
      entities: [],
      claims: [
        {
          value: { kind: "count", lower: 11, upper: 11, unit: null, counted: "morts", countedKey: "people" },
          quote: "La tempête Ondine a fait 11 morts en France",
          figure: "11",
          language: "fr",
          publishedAt: "2031-03-02",
          asOf: null,
        },
      ],
    };
    const part = figureOf("La tempête Ondine a fait 12 morts en France, dont 8 dans le Gard.", "8", "fr", "2031-03-03");
    expect(scoreMatch(part, whole)!.reasons.map((r) => r.code)).toContain("partOfWhole");
    expect(bestMatch(part, [whole])).toBeNull();
    const all = figureOf("La tempête Ondine a fait 12 morts en France, dont 8 dans le Gard.", "12", "fr", "2031-03-03");
    expect(bestMatch(all, [whole])?.factId).toBe("ondine-deaths-france");
  });
});

describe("scoreMatch, a part of the population against a count of everyone", () => {
  it("counts civilians killed as a part of people killed, but people injured as the injured", () => {
    const toll: MatchCandidate = {
      id: "toll-2020",
      label: "People killed in the 2020 Nagorno-Karabakh war",
      kind: "count",
      countedKey: "people",
      entities: [KARABAKH],
      claims: war2020.claims,
    };
    const civilians = figureOf(
      "At least 6,500 civilians were killed in the 2020 war in Nagorno-Karabakh.",
      "At least 6,500",
      "en",
      "2020-11-12",
      [KARABAKH],
    );
    // What the scorer reads (raw): the fitted weights may count a reason for nothing.
    const codes = scoreMatch(civilians, toll)!.raw!.map((r) => r.code);
    expect(codes).toContain("partCounted");
    expect(codes).not.toContain("sameCounted");

    const wounded: MatchCandidate = {
      ...toll,
      id: "wounded-2020",
      label: "Blessés de la guerre de 2020 au Haut-Karabakh",
      countedKey: "wounded",
    };
    const injured = figureOf(
      "At least 6,500 people were injured in the 2020 war in Nagorno-Karabakh.",
      "At least 6,500",
      "en",
      "2020-11-12",
      [KARABAKH],
    );
    expect(scoreMatch(injured, wounded)!.reasons.map((r) => r.code)).toContain("sameCounted");
  });
});

describe("scoreMatch, what the fact's claims count", () => {
  const soldiersKilled: MatchCandidate = {
    id: "sept-2022-soldiers",
    label: "People killed in the September 2022 fighting",
    kind: "count",
    countedKey: "people",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 286, upper: 286, unit: null, counted: "soldats", countedKey: "soldiers" },
        quote: "Les affrontements de septembre 2022 ont tué 286 soldats",
        figure: "286",
        language: "fr",
        publishedAt: "2022-09-16",
        asOf: null,
      },
    ],
  };
  it("reads a figure against what the claims count, not only the fact's broader key", () => {
    const soldiers = figureOf(
      "The September 2022 fighting killed 290 soldiers, officials said.",
      "290",
      "en",
      "2022-09-17",
    );
    expect(scoreMatch(soldiers, soldiersKilled)!.reasons.map((r) => r.code)).toContain("sameCounted");
    const civilians = figureOf(
      "The September 2022 fighting killed 290 civilians, officials said.",
      "290",
      "en",
      "2022-09-17",
    );
    expect(scoreMatch(civilians, soldiersKilled)).toBeNull();
  });
});

describe("scoreMatch, the place of the figure's own clause", () => {
  const toll = (id: string, label: string, n: number): MatchCandidate => ({
    id,
    label,
    kind: "count",
    countedKey: "people",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: n, upper: n, unit: null, counted: "morts", countedKey: "people" },
        quote: `La tempête Ilsa a fait ${n} morts selon la préfecture.`,
        figure: String(n),
        language: "fr",
        publishedAt: "2031-10-12",
        asOf: null,
      },
    ],
  });
  const region = toll("ilsa-varno", "Morts dans la Varno lors de la tempête Ilsa", 7);
  const country = toll("ilsa-norland", "Morts en Norland lors de la tempête Ilsa", 9);
  it("gives 'seven of them in Varno' to Varno's toll, not the country's", () => {
    const seven = figureOf("Storm Ilsa killed nine people, seven of them in Varno.", "seven", "en", "2031-10-13");
    const a = scoreMatch(seven, region)!;
    const b = scoreMatch(seven, country)!;
    expect(a.raw!.map((r) => r.code)).toContain("sameScope");
    expect(b.raw!.map((r) => r.code)).toContain("otherScope");
    expect(a.score).toBeGreaterThan(b.score);
  });

  const both = toll("ilsa-both", "Storm Ilsa death toll, Norland and Eskvale combined", 11);
  const esk = toll("ilsa-esk", "Deaths in Eskvale from Storm Ilsa", 2);
  it("gives 'five in Eskvale' to Eskvale's toll, not to the toll of Norland and Eskvale together", () => {
    const five = figureOf("Twelve people have died in Norland, and five in Eskvale.", "five", "en", "2031-10-13");
    expect(scoreMatch(five, both)!.raw!.map((r) => r.code)).not.toContain("sameScope");
    expect(scoreMatch(five, esk)!.raw!.map((r) => r.code)).toContain("sameScope");
  });
  it("keeps a count of two places joined away from one place's toll", () => {
    const onze = figureOf("Onze personnes sont mortes dans la Varno et le Norland.", "Onze", "fr", "2031-10-13");
    const s = scoreMatch(onze, region)!;
    expect(s.raw!.map((r) => r.code)).not.toContain("sameScope");
    expect(s.raw!.find((r) => r.code === "otherScope")?.detail).toBe("varno, norland");
  });
});

describe("scoreMatch, a day against a fact of its year and a fact of that day", () => {
  const date = (id: string, label: string, lower: string, upper: string, quote: string): MatchCandidate => ({
    id,
    label,
    kind: "date",
    countedKey: null,
    entities: [],
    claims: [
      {
        value: {
          kind: "date",
          lower: toEpochDay(lower),
          upper: toEpochDay(upper),
          unit: null,
          counted: null,
          countedKey: null,
        },
        quote,
        language: "fr",
        publishedAt: "2031-12-01",
        asOf: null,
      },
    ],
  });
  const year = date(
    "ostrel-accord-year",
    "Année de l'accord d'Ostrel",
    "2031-01-01",
    "2031-12-31",
    "L'accord d'Ostrel de 2031",
  );
  const day = date(
    "ostrel-accord-day",
    "Jour de l'accord d'Ostrel",
    "2031-10-10",
    "2031-10-10",
    "L'accord d'Ostrel du 10 octobre",
  );
  it("weighs the day within the year less than the day itself", () => {
    const figure = figureOf("L'accord d'Ostrel a été signé le 10 octobre 2031.", "10 octobre 2031", "fr", "2031-12-02");
    const inYear = scoreMatch(figure, year)!;
    const sameDay = scoreMatch(figure, day)!;
    expect(inYear.raw!.map((r) => r.code)).toContain("datesWithin");
    expect(sameDay.raw!.map((r) => r.code)).toContain("datesMeet");
    expect(sameDay.score).toBeGreaterThan(inYear.score);
  });
});

describe("scoreMatch, an open-ended claim", () => {
  const atLeast: MatchCandidate = {
    id: "marlec-toll",
    label: "Morts de l'explosion de Marlec",
    kind: "count",
    countedKey: "people",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 200, upper: null, unit: null, counted: "morts", countedKey: "people" },
        quote: "L'explosion de Marlec a fait plus de 200 morts.",
        figure: "plus de 200",
        language: "fr",
        publishedAt: "2031-05-02",
        asOf: null,
      },
    ],
  };
  it("counts the very number of a claim above a number rounding allows", () => {
    const same = figureOf("The Marlec explosion killed 286 people.", "286", "en", "2031-05-03");
    const close = figureOf("The Marlec explosion killed 290 people.", "290", "en", "2031-05-03");
    const exact: MatchCandidate = {
      ...atLeast,
      id: "marlec-toll-286",
      claims: [
        { ...atLeast.claims[0]!, value: { ...atLeast.claims[0]!.value, lower: 286, upper: 286 }, figure: "286" },
      ],
    };
    expect(scoreMatch(same, exact)!.raw!.map((r) => r.code)).toContain("valuesSame");
    expect(scoreMatch(close, exact)!.raw!.map((r) => r.code)).toContain("valuesMeet");
    expect(scoreMatch(close, exact)!.raw!.map((r) => r.code)).not.toContain("valuesSame");
  });
  it("meets a value near its bound, not any value above it", () => {
    const near = figureOf("The Marlec explosion killed 286 people.", "286", "en", "2031-05-03");
    const far = figureOf("The Marlec explosion killed 6,500 people.", "6,500", "en", "2031-05-03");
    expect(scoreMatch(near, atLeast)!.raw!.map((r) => r.code)).toContain("valuesMeet");
    expect(scoreMatch(far, atLeast)!.raw!.map((r) => r.code)).not.toContain("valuesMeet");
  });
});

describe("scoreMatch, weighed reasons", () => {
  it("scores the sum of each reason's points times its weight (reason-weights.json)", () => {
    const figure = figureOf(
      "More than 6,500 people were killed in the 2020 war.",
      "More than 6,500",
      "en",
      "2020-11-12",
      [KARABAKH],
    );
    const s = scoreMatch(figure, war2020)!;
    for (const r of s.reasons) {
      const raw = s.raw!.find((x) => x.code === r.code)!;
      expect(r.points).toBeCloseTo(raw.points * (REASON_WEIGHTS[r.code] ?? 1), 1);
    }
    expect(s.score).toBeCloseTo(
      s.reasons.reduce((sum, r) => sum + r.points, 0),
      1,
    );
    expect(s.raw!.length).toBeGreaterThanOrEqual(s.reasons.length);
  });
});

describe("scoreMatch, a count whose sentence says nothing of the fact's outcome", () => {
  it("weighs men sent as reinforcements down against a death toll, not a sentence of deaths", () => {
    const toll: MatchCandidate = {
      id: "ilsa-deaths",
      label: "Morts de la tempête Ilsa",
      kind: "count",
      countedKey: "people",
      entities: [],
      claims: [
        {
          value: { kind: "count", lower: 40, upper: 40, unit: null, counted: "personnes", countedKey: "people" },
          quote: "La tempête Ilsa a fait 40 morts.",
          figure: "40",
          language: "fr",
          publishedAt: "2031-10-12",
          asOf: null,
        },
      ],
    };
    const sent = figureOf(
      "Après la tempête Ilsa, les pompiers ont envoyé 40 hommes en renfort.",
      "40",
      "fr",
      "2031-10-13",
    );
    const died = figureOf("Après la tempête Ilsa, 40 personnes ont perdu la vie.", "40", "fr", "2031-10-13");
    expect(scoreMatch(sent, toll)!.raw!.map((r) => r.code)).toContain("noOutcome");
    expect(scoreMatch(died, toll)!.raw!.map((r) => r.code)).not.toContain("noOutcome");
    expect(scoreMatch(died, toll)!.score).toBeGreaterThan(scoreMatch(sent, toll)!.score);
  });
});

describe("scoreMatch, a reading on a scale", () => {
  const toll: MatchCandidate = {
    id: "quake-deaths",
    label: "People killed by the earthquake in the Varno valley",
    kind: "count",
    countedKey: "people",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 7, upper: 7, unit: null, counted: "morts", countedKey: "people" },
        quote: "Le séisme de la vallée de Varno a fait 7 morts",
        figure: "7",
        language: "fr",
        publishedAt: "2026-03-02",
        asOf: null,
      },
    ],
  };
  const magnitude: MatchCandidate = {
    id: "quake-magnitude",
    label: "Magnitude of the earthquake in the Varno valley",
    kind: "count",
    countedKey: null,
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 6.1, upper: 6.1, unit: null, counted: null, countedKey: null },
        quote: "Un séisme de magnitude 6,1 a frappé la vallée de Varno",
        figure: "6,1",
        language: "fr",
        publishedAt: "2026-03-02",
        asOf: null,
      },
    ],
  };

  it("never gives a magnitude to a toll, nor a toll to a magnitude", () => {
    const reading = figureOf("A 7-magnitude earthquake struck the Varno valley on Monday.", "7", "en", "2026-03-03");
    expect(scoreMatch(reading, toll)).toBeNull();
    const dead = figureOf("The earthquake in the Varno valley killed 6 people.", "6", "en", "2026-03-03");
    expect(scoreMatch(dead, magnitude)).toBeNull();
    expect(scoreMatch(dead, toll)).not.toBeNull();
  });

  it("lets a magnitude meet the fact of the magnitude", () => {
    const reading = figureOf(
      "The Varno valley earthquake measured 6.1 on the Richter scale.",
      "6.1",
      "en",
      "2026-03-03",
    );
    expect(scoreMatch(reading, magnitude)).not.toBeNull();
  });
});

describe("scoreMatch, the year's tally against one event's toll", () => {
  const wreck: MatchCandidate = {
    id: "wreck-deaths",
    label: "Morts dans le naufrage au large de Porvik",
    kind: "count",
    countedKey: "people",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 6, upper: 6, unit: null, counted: "personnes", countedKey: "people" },
        quote: "Six personnes sont mortes dans le naufrage au large de Porvik.",
        figure: "Six",
        language: "fr",
        publishedAt: "2031-11-04",
        asOf: null,
      },
    ],
  };
  const year: MatchCandidate = {
    ...wreck,
    id: "crossing-deaths-year",
    label: "Morts en mer au large de Porvik depuis le début de l'année",
    claims: [
      {
        ...wreck.claims[0]!,
        quote: "Au moins 40 personnes sont mortes en mer depuis janvier au large de Porvik.",
        figure: "Au moins 40",
        value: { ...wreck.claims[0]!.value, lower: 40, upper: null },
      },
    ],
  };
  it("gives a count since January to the year's fact only", () => {
    const tally = figureOf(
      "At least 44 people have died off Porvik this year, aid groups say.",
      "At least 44",
      "en",
      "2031-11-06",
    );
    expect(scoreMatch(tally, wreck)).toBeNull();
    expect(scoreMatch(tally, year)).not.toBeNull();
    const toll = figureOf("Seven people died when the boat sank off Porvik.", "Seven", "en", "2031-11-06");
    expect(scoreMatch(toll, year)).toBeNull();
    expect(scoreMatch(toll, wreck)).not.toBeNull();
  });
});

describe("scoreMatch, a part given with 'including'", () => {
  const deaths: MatchCandidate = {
    id: "ilsa-eskvale",
    label: "Deaths in Eskvale from Storm Ilsa",
    kind: "count",
    countedKey: "people",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 2, upper: 2, unit: null, counted: "people", countedKey: "people" },
        quote: "Two people died in Eskvale as Storm Ilsa swept across the coast.",
        figure: "Two",
        language: "en",
        publishedAt: "2031-10-12",
        asOf: null,
      },
    ],
  };
  it("never gives 'including two children' to a fact counting everyone", () => {
    const two = figureOf(
      "Storm Ilsa has killed 12 people, including two children in Eskvale.",
      "two",
      "en",
      "2031-10-13",
    );
    expect(two.value.countedKey).toBe("children");
    expect(scoreMatch(two, deaths)).toBeNull();
    const whole = figureOf("Storm Ilsa has killed two people in Eskvale.", "two", "en", "2031-10-13");
    expect(scoreMatch(whole, deaths)).not.toBeNull();
  });
});

describe("scoreMatch, what a count counts across languages and when it goes unsaid", () => {
  const rescuers: MatchCandidate = {
    id: "tarvo-rescuers",
    label: "Rescuers deployed after the Tarvo mine collapse",
    kind: "count",
    countedKey: null,
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 400, upper: 400, unit: null, counted: "rescuers", countedKey: null },
        quote: "Some 400 rescuers are searching the Tarvo mine after the collapse.",
        figure: "Some 400",
        language: "en",
        publishedAt: "2032-02-03",
        asOf: null,
      },
    ],
  };
  it("lets a French noun meet the English noun of the same thing through the glossary", () => {
    const fr = figureOf("Près de 450 secouristes fouillent la mine de Tarvo.", "Près de 450", "fr", "2032-02-04");
    const codes = scoreMatch(fr, rescuers)!.reasons.map((r) => r.code);
    expect(codes).toContain("sameCounted");
    expect(codes).not.toContain("otherCounted");
    // Another thing counted, whatever the number: no concept joins "camions" and "rescuers".
    const trucks = figureOf(
      "Près de 450 camions attendent à l'entrée de la mine de Tarvo.",
      "Près de 450",
      "fr",
      "2032-02-04",
    );
    expect(scoreMatch(trucks, rescuers)!.reasons.map((r) => r.code)).toContain("otherCounted");
  });

  const toll: MatchCandidate = {
    id: "tarvo-deaths",
    label: "Miners killed in the Tarvo mine collapse",
    kind: "count",
    countedKey: "people",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 9, upper: 9, unit: null, counted: "miners", countedKey: null },
        quote: "Nine miners were killed when a gallery of the Tarvo mine collapsed.",
        figure: "Nine",
        language: "en",
        publishedAt: "2032-02-03",
        asOf: null,
      },
    ],
  };
  it("reads a revised toll with no noun after its number as a count of the dead", () => {
    const risen = figureOf(
      "The death toll from the collapse of the Tarvo mine has risen to 14, officials said.",
      "14",
      "en",
      "2032-02-05",
    );
    expect(risen.value.counted).toBeNull();
    const s = scoreMatch(risen, toll)!;
    expect(s.raw!.map((r) => r.code)).toEqual(expect.arrayContaining(["sameOutcome", "sameCounted"]));
  });

  const children: MatchCandidate = {
    id: "tarvo-children",
    label: "Children killed in the Tarvo school fire",
    kind: "count",
    countedKey: "children",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 3, upper: 3, unit: null, counted: "enfants", countedKey: "children" },
        quote: "Trois enfants sont morts dans l'incendie de l'école de Tarvo.",
        figure: "Trois",
        language: "fr",
        publishedAt: "2032-03-10",
        asOf: null,
      },
    ],
  };
  it("weighs a whole toll down against the fact of one class among the dead", () => {
    const whole = figureOf("L'incendie de l'école de Tarvo a fait quatre morts.", "quatre", "fr", "2032-03-11");
    const part = figureOf(
      "L'incendie de l'école de Tarvo a coûté la vie à quatre enfants.",
      "quatre",
      "fr",
      "2032-03-11",
    );
    const w = scoreMatch(whole, children)!;
    const p = scoreMatch(part, children)!;
    expect(w.reasons.map((r) => r.code)).toContain("otherCounted");
    expect(p.score).toBeGreaterThan(w.score);
  });
});

describe("scoreMatch, another article's figure as a one-claim fact", () => {
  const peer = (sentence: string, figure: string): MatchCandidate => {
    const found = extractFigures(sentence, { lang: "fr", publishedAt: "2033-10-02" }).find((f) => f.text === figure)!;
    const near = { before: sentence.slice(0, found.start), after: sentence.slice(found.end) };
    return {
      id: "peer",
      label: "",
      kind: "count",
      countedKey: found.value.countedKey,
      entities: [],
      context: "Crues dans le Sud-Ouest",
      names: ownNames(near, sentence),
      claims: [{ value: found.value, quote: sentence, figure, language: "fr", publishedAt: "2033-10-02", asOf: null }],
    };
  };
  it("reads the place of the peer's own clause as a label's: the same place meets, another (a place the gazetteer knows) does not", () => {
    const there = peer("Les crues ont fait sept morts, dont quatre dans le Tarn.", "quatre");
    expect(there.names).toEqual(["tarn"]);
    const same = figureOf("Les crues ont fait quatre morts dans le Tarn.", "quatre", "fr", "2033-10-03");
    const other = figureOf("Les crues ont fait quatre morts dans l'Aveyron.", "quatre", "fr", "2033-10-03");
    const codes = (f: MatchFigure) => scoreMatch(f, there)!.reasons.map((r) => r.code);
    expect(codes(same)).toContain("sameScope");
    // Another place where its own clause says it happened keeps it from the peer altogether.
    expect(scoreMatch(other, there)).toBeNull();
  });
});

describe("scoreMatch, a sentence that leaves its topic to the story", () => {
  const toll: MatchCandidate = {
    id: "velmar-cholera-deaths",
    label: "Morts du choléra à Velmar",
    kind: "count",
    countedKey: "people",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: 7, upper: 7, unit: null, counted: "morts", countedKey: "people" },
        quote: "L'épidémie de choléra a fait 7 morts à Velmar, selon l'agence de santé.",
        figure: "7",
        language: "fr",
        publishedAt: "2033-04-02",
        asOf: null,
      },
    ],
  };
  const inStory = (sentence: string, figure: string) => ({
    ...figureOf(sentence, figure, "en", "2033-04-05"),
    context: "Cholera outbreak spreads in Velmar",
  });
  it("reads a count of the fact's outcome in the story's topic", () => {
    const codes = scoreMatch(inStory("Nine people have died on the island.", "Nine"), toll)!.raw!.map((r) => r.code);
    expect(codes).toContain("sameOutcome");
    expect(codes).not.toContain("offTopic");
  });
  it("not one whose sentence names a place the fact does not", () => {
    const codes = scoreMatch(inStory("In nearby Corsel, nine people have died.", "nine"), toll)!.raw!.map(
      (r) => r.code,
    );
    expect(codes).toContain("offTopic");
  });
  it("not a count of nothing that happened to anyone", () => {
    const codes = scoreMatch(inStory("Nine ferries still sail to the island.", "Nine"), toll)!.raw!.map((r) => r.code);
    expect(codes).toContain("offTopic");
  });
});

describe("certaintyOf: confirmed cases are not suspected or estimated ones", () => {
  it("reads the certainty a text gives a count of cases, in either language", () => {
    expect(certaintyOf("Cas confirmés de rougeole dans le département")).toBe("confirmed");
    expect(certaintyOf("412 laboratory-confirmed measles cases")).toBe("confirmed");
    expect(certaintyOf("Cas suspects de choléra (estimation)")).toBe("unconfirmed");
    expect(certaintyOf("probable cases seen by doctors")).toBe("unconfirmed");
    expect(certaintyOf("Measles cases in the district")).toBeNull();
    // Both at once says neither.
    expect(certaintyOf("confirmed and suspected cases")).toBeNull();
  });

  it("keeps a count of confirmed cases away from a fact of suspected ones", () => {
    const sentence = "The district reported 412 confirmed measles cases since March.";
    const found = extractFigures(sentence, { lang: "en", publishedAt: "2031-05-20" }).find((f) => f.text === "412");
    if (!found) throw new Error("412 is not read");
    const f: MatchFigure = {
      value: found.value,
      sentence,
      near: { before: sentence.slice(0, found.start), after: sentence.slice(found.end) },
      context: sentence,
      language: "en",
      publishedAt: "2031-05-20",
      entities: [],
      contextEntities: [],
    };
    const fact = (id: string, label: string): MatchCandidate => ({
      id,
      label,
      kind: "count",
      countedKey: null,
      entities: [],
      claims: [
        {
          value: { kind: "count", lower: 400, upper: 400, unit: null, counted: null, countedKey: null },
          quote: "400 cases.",
          language: "en",
          publishedAt: "2031-05-18",
          asOf: null,
        },
      ],
    });
    const codes = (c: MatchCandidate) => scoreMatch(f, c)?.raw?.map((r) => `${r.code}:${r.detail ?? ""}`) ?? [];
    expect(codes(fact("confirmed", "Confirmed measles cases in the district"))).toContain("sameCounted:confirmed");
    expect(codes(fact("suspected", "Suspected measles cases in the district"))).toContain("otherCounted:confirmed");
  });
});

describe("ownNames: a superlative after the figure names the set it ranks in", () => {
  const own = (sentence: string, figure: string) => {
    const at = sentence.indexOf(figure);
    return ownNames({ before: sentence.slice(0, at), after: sentence.slice(at + figure.length) }, sentence);
  };
  it("leaves out the place a figure is ranked in, in either language", () => {
    const en = own("In Lorvan county turnout reached 48 %, the highest in Westmark.", "48 %");
    expect(en).toContain("lorvan");
    expect(en).not.toContain("westmark");
    const fr = own("Dans le canton d'Osk, la participation a atteint 48 %, la plus forte de Valmarie.", "48 %");
    expect(fr).not.toContain("valmarie");
  });
  it("keeps a place said after the figure without ranking", () => {
    expect(own("Turnout reached 48 % in Westmark.", "48 %")).toContain("westmark");
  });
});
