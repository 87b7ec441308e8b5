import { describe, expect, it } from "vitest";
import { extractFigures, fromEpochDay, toEpochDay } from "@/lib/figures";
import { conceptsOf } from "./domain-words";
import { dateOf, eventDay, storyDay } from "./event-day";
import { bestMatch, scoreMatch, type MatchCandidate, type MatchFigure } from "./score";

/** The event day of `figure` in `text` (an article of that day), as ISO days, and how it was told. */
function dayOf(text: string, figure: string, lang: "en" | "fr", publishedAt: string) {
  const found = extractFigures(text, { lang, publishedAt });
  const own = found.find((f) => f.text === figure);
  if (!own) throw new Error(`«${figure}» is not read in «${text}»`);
  const lead = found.filter((f) => f.sentenceStart === 0);
  const story = storyDay(lead, text, toEpochDay(publishedAt));
  const d = eventDay(
    found.filter((f) => f.sentenceStart === own.sentenceStart),
    own,
    text,
    own.sentenceStart,
    own.sentenceEnd,
    story,
  );
  return {
    day: d.lower === d.upper ? fromEpochDay(d.lower) : `${fromEpochDay(d.lower)}/${fromEpochDay(d.upper)}`,
    by: d.by,
  };
}

describe("eventDay", () => {
  // 2031-05-15 is a Thursday.
  const PUB = "2031-05-16";

  it("counts a comparison back from the sentence's date", () => {
    const en = "Turnout fell on Thursday, with police counting 21,000 marchers, down from 34,000 a week earlier.";
    expect(dayOf(en, "21,000", "en", PUB)).toEqual({ day: "2031-05-15", by: "sentence" });
    expect(dayOf(en, "34,000", "en", PUB)).toEqual({ day: "2031-05-08", by: "sentence" });
    const fr = "Ils étaient 8 000 jeudi à Brest, contre 11 000 la veille et 6 000 trois jours plus tard.";
    expect(dayOf(fr, "11 000", "fr", PUB).day).toBe("2031-05-14");
    expect(dayOf(fr, "6 000", "fr", PUB).day).toBe("2031-05-18");
    expect(dayOf("Les grévistes étaient 900 jeudi, 1 400 quinze jours plus tôt.", "1 400", "fr", PUB).day).toBe(
      "2031-05-01",
    );
  });

  it("reads the previous or following weekday from the sentence's other date", () => {
    const text = "On Thursday 2,000 nurses marched in Leeds; the previous Thursday 3,500 had.";
    expect(dayOf(text, "3,500", "en", PUB).day).toBe("2031-05-08");
    expect(dayOf("Le lundi suivant, 700 agents ont repris le travail.", "700", "fr", PUB).by).toBe("sentence");
  });

  it("leaves 'the eve of' an event, which names no date, to the sentence's other dates", () => {
    const text = "On Thursday, 5,000 people marched, after 300 had gathered on the eve of the vote.";
    expect(dayOf(text, "300", "en", PUB).day).toBe("2031-05-15");
  });

  it("falls back on the story's day: its lead's first day, else its publication", () => {
    const text = "Nurses marched in Leeds on Wednesday.\n\nPolice counted 4,000 of them; unions said 9,000.";
    expect(dayOf(text, "9,000", "en", PUB)).toEqual({ day: "2031-05-14", by: "story" });
    expect(dayOf("La police a compté 4 000 infirmières.", "4 000", "fr", PUB)).toEqual({
      day: "2031-05-15/2031-05-16",
      by: "story",
    });
    // "le même jour" with no date of its own is the story's day.
    const same = "Le séisme a frappé mardi.\n\nLe même jour, 40 répliques ont été enregistrées.";
    expect(dayOf(same, "40", "fr", PUB)).toEqual({ day: "2031-05-13", by: "story" });
    const before = "Le séisme a frappé mardi.\n\nLa veille, 40 secousses avaient été enregistrées.";
    expect(dayOf(before, "40", "fr", PUB)).toEqual({ day: "2031-05-12", by: "sentence" });
  });
});

describe("dateOf", () => {
  const of = (sentence: string, figure: string) => {
    const at = sentence.indexOf(figure);
    return [...dateOf({ before: sentence.slice(0, at), after: sentence.slice(at + figure.length) }, conceptsOf)];
  };

  it("reads what a date is of in its own clause, else over an enumeration, else in the next clause", () => {
    expect(
      of("The rebels, who have held the valley since a truce that ended in 2009, attacked on 3 May.", "3 May"),
    ).toContain("attack");
    expect(of("Le comité, présidé par la Norvège, la Suède et le Chili depuis 2011, s'est réuni.", "2011")).toContain(
      "chair",
    );
    expect(of("Le 9 novembre, l'accord a été signé à Minsk.", "9 novembre")).toContain("signing");
  });
});

describe("what a date or a duration is of, in the score", () => {
  const figure = (sentence: string, text: string, lang: "en" | "fr", publishedAt: string): MatchFigure => {
    const all = extractFigures(sentence, { lang, publishedAt });
    const found = all.find((f) => f.text === text);
    if (!found) throw new Error(`«${text}» is not read in «${sentence}»`);
    return {
      value: found.value,
      sentence,
      near: { before: sentence.slice(0, found.start), after: sentence.slice(found.end) },
      when: null,
      context: sentence,
      language: lang,
      publishedAt,
      entities: [],
      contextEntities: [],
    };
  };
  const dateFact = (id: string, label: string, quote: string, fig: string, day: string): MatchCandidate => ({
    id,
    label,
    kind: "date",
    countedKey: null,
    entities: [],
    claims: [
      {
        value: {
          kind: "date",
          lower: toEpochDay(day),
          upper: toEpochDay(day),
          unit: null,
          counted: null,
          countedKey: null,
        },
        quote,
        figure: fig,
        language: "fr",
        publishedAt: "2031-05-20",
        asOf: null,
      },
    ],
  });

  it("keeps the start of a strike away from a fact of its end", () => {
    const end = dateFact(
      "strike-end",
      "Date de la fin de la grève des dockers de Brest",
      "La grève des dockers s'est achevée le 12 mai.",
      "12 mai",
      "2031-05-12",
    );
    const start = dateFact(
      "strike-start",
      "Date du début de la grève des dockers de Brest",
      "La grève des dockers a commencé le 12 mai.",
      "12 mai",
      "2031-05-12",
    );
    const f = figure("The dockers' strike in Brest began on 12 May.", "12 May", "en", "2031-05-20");
    expect(scoreMatch(f, end)!.raw!.map((r) => r.code)).toContain("otherMoment");
    expect(bestMatch(f, [end, start])?.factId).toBe("strike-start");
  });

  it("gives a duration to the fact of what lasts", () => {
    const fact = (id: string, label: string, lower: number, upper: number): MatchCandidate => ({
      id,
      label,
      kind: "duration",
      countedKey: null,
      entities: [],
      claims: [
        {
          value: { kind: "duration", lower, upper, unit: "day", counted: null, countedKey: null },
          quote: label,
          language: "en",
          publishedAt: "2031-05-20",
          asOf: null,
        },
      ],
    });
    const occupation = fact("occupation", "How long the army occupied the northern valley", 7305, 36525);
    const f = figure(
      "L'armée a mis fin à trois décennies d'occupation de la vallée du nord.",
      "trois décennies",
      "fr",
      "2031-05-21",
    );
    expect(scoreMatch(f, occupation)!.raw!.map((r) => r.code)).toContain("sameEvent");
  });
});

describe("the story's day in the score", () => {
  const figure = (sentence: string, text: string, publishedAt: string): MatchFigure => {
    const all = extractFigures(sentence, { lang: "fr", publishedAt });
    const found = all.find((f) => f.text === text);
    if (!found) throw new Error(`«${text}» is not read in «${sentence}»`);
    const pub = toEpochDay(publishedAt);
    return {
      value: found.value,
      sentence,
      near: { before: sentence.slice(0, found.start), after: sentence.slice(found.end) },
      when: { lower: pub - 1, upper: pub, by: "story" },
      context: sentence,
      language: "fr",
      publishedAt,
      entities: [],
      contextEntities: [],
    };
  };
  const count = (id: string, label: string, quote: string, n: number, asOf: string | null): MatchCandidate => ({
    id,
    label,
    kind: "count",
    countedKey: "people",
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: n, upper: n, unit: null, counted: "personnes", countedKey: "people" },
        quote,
        language: "fr",
        publishedAt: "2031-05-08",
        asOf,
      },
    ],
  });

  it("weighs against a fact its label dates to another day, not against a running tally", () => {
    const march = count(
      "brest-march-8",
      "Manifestants à Brest le 8 mai 2031",
      "À Brest, 4 000 personnes ont manifesté contre la fermeture du port.",
      4000,
      null,
    );
    const tally = count(
      "brest-evacuated",
      "Personnes évacuées à Brest après l'incendie du port",
      "À Brest, 4 000 personnes ont été évacuées après l'incendie du port.",
      4000,
      "2031-05-08",
    );
    const f = figure("À Brest, 4 200 personnes ont défilé contre la fermeture du port.", "4 200", "2031-05-16");
    const codes = (fact: MatchCandidate) => scoreMatch(f, fact)!.raw!.map((r) => r.code);
    expect(codes(march)).toContain("otherDay");
    expect(codes(tally)).not.toContain("otherDay");
  });
});

describe("days counted from an event the text names", () => {
  it("are left to the sentence's dates: 'two days before the vote' counts from no date", () => {
    const text = "On Thursday, 2,000 people marched, and 900 had gathered two days before the vote.";
    expect(dayOf(text, "900", "en", "2031-05-16").day).toBe("2031-05-15");
    const fr = "Jeudi, 2 000 personnes ont défilé ; 900 s'étaient réunies trois jours avant le scrutin.";
    expect(dayOf(fr, "900", "fr", "2031-05-16").day).toBe("2031-05-15");
  });
});

describe("a tally kept over a period is no other day's fact", () => {
  const figure = (sentence: string, text: string, lang: "en" | "fr", day: string): MatchFigure => {
    const found = extractFigures(sentence, { lang, publishedAt: day }).find((f) => f.text === text);
    if (!found) throw new Error(`«${text}» is not read in «${sentence}»`);
    const d = toEpochDay(day);
    return {
      value: found.value,
      sentence,
      near: { before: sentence.slice(0, found.start), after: sentence.slice(found.end) },
      when: { lower: d, upper: d },
      context: sentence,
      language: lang,
      publishedAt: day,
      entities: [],
      contextEntities: [],
    };
  };
  const fact = (id: string, label: string, quote: string, n: number, countedKey: string | null): MatchCandidate => ({
    id,
    label,
    kind: "count",
    countedKey,
    entities: [],
    claims: [
      {
        value: { kind: "count", lower: n, upper: n, unit: null, counted: null, countedKey },
        quote,
        language: "en",
        publishedAt: "2031-03-03",
        asOf: "2031-03-02",
      },
    ],
  });
  const codes = (f: MatchFigure, c: MatchCandidate) => scoreMatch(f, c)?.raw?.map((r) => r.code) ?? [];

  it("reads a toll brought up to date on a later day as the same running toll", () => {
    const toll = fact("flood-toll", "Deaths in the valley floods", "The floods have killed 9 people.", 9, "people");
    const en = figure(
      "A fisherman was found on Tuesday, bringing the regional death toll to 11 and the total to 14.",
      "14",
      "en",
      "2031-03-11",
    );
    expect(codes(en, toll)).not.toContain("otherDay");
    const fr = figure(
      "Un pêcheur a été retrouvé mardi, ce qui porte à 14 le nombre de morts.",
      "14",
      "fr",
      "2031-03-11",
    );
    expect(codes(fr, toll)).not.toContain("otherDay");
    // A headcount of that day is still another day's.
    const marchers = fact("march", "Marchers on 2 March", "9 people marched.", 9, "people");
    const crowd = figure("On Tuesday 14 people marched in the square.", "14", "en", "2031-03-11");
    expect(codes(crowd, marchers)).toContain("otherDay");
  });

  it("reads a number of truces as counted over the weeks they were signed", () => {
    const truces = fact(
      "truces",
      "Ceasefires agreed in the border war",
      "Two ceasefires were agreed.",
      2,
      "ceasefires",
    );
    const f = figure("Le 9 mars, deux trêves avaient déjà été signées.", "deux", "fr", "2031-03-11");
    expect(codes(f, truces)).not.toContain("otherDay");
  });
});
