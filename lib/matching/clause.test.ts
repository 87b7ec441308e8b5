import { describe, expect, it } from "vitest";
import {
  clauseNames,
  datesAStatement,
  furnitureRanges,
  isAge,
  isIncrement,
  isMeasure,
  isPart,
  isPeriodOfAmount,
  isRate,
  isYearToDate,
  nearestYear,
  opensASpan,
  outcomeOf,
  shareOf,
} from "./clause";

/** The sentence cut around the first occurrence of figure. */
function around(sentence: string, figure: string) {
  const at = sentence.indexOf(figure);
  if (at < 0) throw new Error(`«${figure}» is not in «${sentence}»`);
  return { before: sentence.slice(0, at), after: sentence.slice(at + figure.length) };
}

describe("outcomeOf: what happened to what a count counts", () => {
  it("gives each count of one sentence its own outcome", () => {
    const s = "La tempête a fait 11 morts et 40 blessés dans le Gard.";
    expect(outcomeOf("morts", around(s, "11"))).toBe("death");
    expect(outcomeOf("blessés", around(s, "40"))).toBe("injury");
  });

  it("reads the verb before or after the figure when the counted noun says nothing", () => {
    const en = "The storm killed at least 11 people and injured 40 others.";
    expect(outcomeOf("people", around(en, "at least 11"))).toBe("death");
    expect(outcomeOf("others", around(en, "40"))).toBe("injury");
    const after = "Some 2,300 people were evacuated from the valley.";
    expect(outcomeOf("people", around(after, "Some 2,300"))).toBe("refugee");
  });

  it("does not reach past another number or a clause's end", () => {
    const s = "Two were injured; 300 people live in the village.";
    expect(outcomeOf("people", around(s, "300"))).toBeNull();
  });

  it("reads a hospital admission as its own outcome, whatever the cause, in either language", () => {
    const fr = "Au total, 48 malades ont été hospitalisés à Rennes.";
    expect(outcomeOf("malades", around(fr, "48"))).toBe("hospitalisation");
    const en = "Three people were killed and 27 have been admitted to hospital, officials said.";
    expect(outcomeOf(null, around(en, "27"))).toBe("hospitalisation");
    expect(outcomeOf("people", around(en, "Three"))).toBe("death");
    const injured = "Quatorze blessés ont été transportés à l'hôpital de Caen.";
    expect(outcomeOf("blessés", around(injured, "Quatorze"))).toBe("hospitalisation");
    expect(outcomeOf("patients", around("Some 60 patients remain in hospital.", "Some 60"))).toBe("hospitalisation");
    // The sick or the injured alone stay so.
    expect(outcomeOf("blessés", around("L'accident a fait 14 blessés.", "14"))).toBe("injury");
  });

  it("reads past a partitive to the outcome of its clause", () => {
    expect(outcomeOf(null, around("Douze d'entre eux ont été hospitalisés.", "Douze"))).toBe("hospitalisation");
    expect(outcomeOf(null, around("Some 40 were rescued; 12 of them later died.", "12"))).toBe("death");
  });

  it("reads a drowning as a death", () => {
    expect(outcomeOf("people", around("At least 9 people drowned in the river.", "At least 9"))).toBe("death");
    expect(outcomeOf("baigneurs", around("Cinq baigneurs se sont noyés cet été.", "Cinq"))).toBe("death");
  });

  it("says nothing when no outcome word is near", () => {
    expect(outcomeOf("policiers", around("Quelque 6 500 policiers seront mobilisés.", "6 500"))).toBeNull();
  });
});

describe("nearestYear: the year a sentence ties to a figure", () => {
  it("gives each toll of a sentence its own year", () => {
    const s = "The 2022 fighting killed 286 soldiers, two years after the 2020 war killed 6,500 people.";
    expect(nearestYear(around(s, "286"), 2023)).toBe(2022);
    expect(nearestYear(around(s, "6,500"), 2023)).toBe(2020);
  });

  it("ignores years after the article's own (a plan for 2030 is no time of the count)", () => {
    expect(nearestYear(around("Le plan prévoit 300 postes d'ici 2030.", "300"), 2026)).toBeNull();
  });
});

describe("datesAStatement: a date of saying", () => {
  it("reads a verb of saying just before the date, in either language", () => {
    const en = "The toll rose to 52, officials said on Wednesday.";
    expect(datesAStatement(around(en, "Wednesday"))).toBe(true);
    const fr = "Le ministère a annoncé vendredi un bilan de 12 morts.";
    expect(datesAStatement(around(fr, "vendredi"))).toBe(true);
  });

  it("leaves the date of the event alone", () => {
    const s = "The earthquake struck on 12 March at dawn, officials said.";
    expect(datesAStatement(around(s, "12 March"))).toBe(false);
    expect(datesAStatement(around("The storm hit Norland on Sunday.", "Sunday"))).toBe(false);
    expect(datesAStatement(around("The quake struck in Norland on Sunday.", "Sunday"))).toBe(false);
  });

  it("reads past where it was said, between the verb and the date", () => {
    const en = "The truce, announced in Porvik on Sunday after talks, was due to begin at dawn.";
    expect(datesAStatement(around(en, "Sunday"))).toBe(true);
    const fr = "Le ministre a déclaré à Porvik lundi que la trêve tenait.";
    expect(datesAStatement(around(fr, "lundi"))).toBe(true);
  });

  it("reads a toll's revision as its own date, not the event's", () => {
    const fr = "Le bilan de l'incendie, survenu samedi, s'est alourdi mardi à neuf morts.";
    expect(datesAStatement(around(fr, "mardi"))).toBe(true);
    expect(datesAStatement(around(fr, "samedi"))).toBe(false);
    expect(datesAStatement(around("The toll was revised on Tuesday to nine.", "Tuesday"))).toBe(true);
  });
});

describe("numbers that are no claim", () => {
  it("tells an increment from a total", () => {
    expect(isIncrement(around("Two more deaths were reported overnight.", "Two"), "deaths")).toBe(true);
    expect(isIncrement(around("Le bilan compte trois morts supplémentaires.", "trois"), "morts")).toBe(true);
    expect(isIncrement(around("On déplore trois morts de plus depuis lundi.", "trois"), "morts")).toBe(true);
    expect(isIncrement(around("Another 40 people were evacuated.", "40"), "people")).toBe(true);
    expect(isIncrement(around("The storm killed 11 people, officials said.", "11"), "people")).toBe(false);
    expect(isIncrement(around("Le bilan s'élève à 11 morts, plus que prévu.", "11"), "morts")).toBe(false);
  });

  it("tells an age", () => {
    expect(isAge(around("A woman aged 61 died in her home.", "61"))).toBe(true);
    expect(isAge(around("Une femme âgée de 61 ans est morte.", "61"))).toBe(true);
    expect(isAge(around("The victim, 61 years old, was a fisherman.", "61"))).toBe(true);
    expect(isAge(around("At least 61 people died.", "61"))).toBe(false);
  });

  it("tells an age in apposition, between commas or in brackets", () => {
    const s = "Le conducteur, 47 ans, a été placé en garde à vue.";
    expect(isAge(around(s, "47 ans"), "47 ans")).toBe(true);
    expect(isAge(around(s, "47"), "47")).toBe(true);
    expect(isAge(around("Une retraitée (82 ans) a été secourue.", "82 ans"), "82 ans")).toBe(true);
    // A span of years is no age, with or without commas around the clause.
    const span = "Le chantier, qui a duré 12 ans, est achevé.";
    expect(isAge(around(span, "12 ans"), "12 ans")).toBe(false);
    expect(isAge(around("En dix ans, 12 usines ont fermé.", "12"), "12")).toBe(false);
  });

  it("tells a reading on a scale, which counts nothing", () => {
    const fr = "Un séisme de magnitude 5,8 a secoué la côte, faisant 14 morts.";
    expect(isMeasure(around(fr, "5,8"))).toBe(true);
    expect(isMeasure(around(fr, "14"))).toBe(false);
    expect(isMeasure(around("Une secousse d'une magnitude de 5,8 a été ressentie.", "5,8"))).toBe(true);
    expect(isMeasure(around("La secousse a atteint 5,8 sur l'échelle de Richter.", "5,8"))).toBe(true);
    expect(isMeasure(around("A 5.8-magnitude tremor shook the coast.", "5.8"))).toBe(true);
    expect(isMeasure(around("The quake measured 5.8 on the Richter scale.", "5.8"))).toBe(true);
    expect(isMeasure(around("Magnitude aside, 14 people died in the quake.", "14"))).toBe(false);
  });

  it("finds page furniture: datelines, bylines, update lines", () => {
    const text = [
      "Par Marie Dupont, à Wimereux",
      "",
      "WIMEREUX, 12 novembre (Le Veilleur) — Le naufrage a fait 11 morts, selon la préfecture.",
      "",
      "Selon le ministère, 11 personnes sont mortes — dont 3 enfants.",
      "",
      "GÉRONDE (Haute-Vienne), 13 novembre — Deux jours après le naufrage, 14 corps ont été retrouvés.",
      "",
      "Mis à jour le 13 novembre 2026 à 10 h 32.",
    ].join("\n");
    const ranges = furnitureRanges(text);
    const inFurniture = (s: string) => {
      const at = text.indexOf(s);
      return ranges.some(([a, b]) => a <= at && at + s.length <= b);
    };
    expect(inFurniture("Marie Dupont")).toBe(true);
    expect(inFurniture("12 novembre")).toBe(true);
    expect(inFurniture("11 morts")).toBe(false);
    expect(inFurniture("11 personnes")).toBe(false);
    expect(inFurniture("13 novembre 2026")).toBe(true);
    expect(inFurniture("13 novembre —")).toBe(true);
    expect(inFurniture("14 corps")).toBe(false);
  });
});

describe("isPart: a count given as a part of the one before it", () => {
  it("reads dont, including, of whom, d'entre eux", () => {
    expect(isPart(around("La tempête a fait onze morts, dont 8 dans le Gard.", "8"))).toBe(true);
    expect(isPart(around("Twelve people died, including two children.", "two"))).toBe(true);
    expect(isPart(around("Some 120 people were injured, 38 of whom remain in hospital.", "38"))).toBe(true);
    expect(isPart(around("Quinze blessés, trois d'entre eux grièvement.", "trois"))).toBe(true);
  });
  it("reads a verb of including: the toll includes them", () => {
    expect(isPart(around("Le maire compte neuf morts ; il y inclut deux pompiers.", "deux"))).toBe(true);
    expect(isPart(around("The toll of nine includes three children.", "three"))).toBe(true);
  });
  it("reads 'among' four words back, past a verb", () => {
    expect(isPart(around("Parmi les blessés figurent trois pompiers.", "trois"))).toBe(true);
    expect(isPart(around("Among the dead are two children.", "two"))).toBe(true);
  });
  it("leaves a whole alone", () => {
    expect(isPart(around("The storm, which killed 11 people, hit on Monday.", "11"))).toBe(false);
    expect(isPart(around("La tempête a fait onze morts, dont 8 dans le Gard.", "onze"))).toBe(false);
  });
});

describe("clauseNames: the place or party of a figure's own clause", () => {
  it("gives each count of a sentence the names of its own clause", () => {
    const s = "Twelve people have died, nine of them in Varno, and three in Osk, according to the prefecture.";
    expect(clauseNames(around(s, "nine"))).toEqual(["Varno"]);
    expect(clauseNames(around(s, "three"))).toEqual(["Osk"]);
    expect(clauseNames(around(s, "Twelve"))).toEqual([]);
  });
  it("reads French elisions and leaves the sentence's first word alone", () => {
    const s = "Huit des victimes sont mortes dans la Varne, trois dans l'Orvanne, où le fleuve a débordé.";
    expect(clauseNames(around(s, "Huit"))).toEqual(["Varne"]);
    expect(clauseNames(around(s, "trois"))).toEqual(["Orvanne"]);
    expect(
      clauseNames(around("Le canton de Lorvan l'a approuvée à 61,3 %, avec une participation de 51 %.", "61,3 %")),
    ).toEqual(["Lorvan"]);
  });
  it("ends a clause at a conjunction that opens another noun phrase, not at one that joins two names", () => {
    const s = "The find brings the toll in Norland to 12 and the total in Norland and Eskvale to 17.";
    expect(clauseNames(around(s, "12"))).toEqual(["Norland"]);
    expect(clauseNames(around(s, "17"))).toEqual(["Norland", "Eskvale"]);
    const fr = "Onze personnes sont mortes dans la Varne et l'Orvanne et le bilan pourrait s'alourdir.";
    expect(clauseNames(around(fr, "Onze"))).toEqual(["Varne", "Orvanne"]);
  });
  it("gives a place the sentence opens with to a clause that names none", () => {
    const en = "In Norland, nine people died, seven of them in Varno.";
    expect(clauseNames(around(en, "nine"))).toEqual(["Norland"]);
    expect(clauseNames(around(en, "seven"))).toEqual(["Varno"]);
    expect(clauseNames(around("En Eskvale, le bilan s'établit à onze morts.", "onze"))).toEqual(["Eskvale"]);
    expect(clauseNames(around("Dans le Haut-Varno, 40 maisons ont été détruites.", "40"))).toEqual(["Haut-Varno"]);
    expect(clauseNames(around("Selon la préfecture, 40 maisons ont été détruites.", "40"))).toEqual([]);
  });
});

describe("opensASpan: a date that starts a running count", () => {
  it("reads since and depuis, not a plain date", () => {
    expect(opensASpan("The toll has risen to 40 since ")).toBe(true);
    expect(opensASpan("Depuis le ")).toBe(true);
    expect(opensASpan("Les trois trêves conclues le ")).toBe(false);
    expect(opensASpan("The march on ")).toBe(false);
    expect(opensASpan("Les manifestations des ")).toBe(false);
    // The date in apposition to what opened the span.
    expect(opensASpan("2 140 cas ont été confirmés depuis la déclaration de l'épidémie, le ")).toBe(true);
    expect(opensASpan("3,050 cases were confirmed since the start of the outbreak, on ")).toBe(true);
    expect(opensASpan("Depuis la crue, les secours, qui sont arrivés le ")).toBe(false);
  });
});

describe("furnitureRanges, datelines of two places", () => {
  it("reads a dateline naming two towns", () => {
    const text = "LORVAN/OSK, 20 septembre 2031 (Le Fil) — Les deux capitales ont signé un accord mercredi.";
    const [range] = furnitureRanges(text);
    expect(range && text.slice(range[0], range[1])).toContain("20 septembre 2031");
    expect(range?.[1]).toBeLessThan(text.indexOf("Les deux"));
  });
});

describe("isYearToDate: a tally of the year so far, not one event's count", () => {
  it("reads since January and this year in the figure's own clause", () => {
    const fr = "Avec au moins 40 morts depuis janvier selon les associations, l'année est déjà meurtrière.";
    expect(isYearToDate(around(fr, "au moins 40"))).toBe(true);
    expect(isYearToDate(around("Depuis le 1er janvier, 9 200 personnes ont traversé le détroit.", "9 200"))).toBe(true);
    expect(isYearToDate(around("At least 40 people have died at sea this year, aid groups say.", "At least 40"))).toBe(
      true,
    );
    expect(isYearToDate(around("Since the start of the year, 9,200 people have crossed.", "9,200"))).toBe(true);
  });
  it("leaves an event's own running count and an event of this year alone", () => {
    expect(isYearToDate(around("Environ 800 personnes ont été évacuées depuis jeudi matin.", "Environ 800"))).toBe(
      false,
    );
    expect(isYearToDate(around("This year, 12,000 runners took part in the race.", "12,000"))).toBe(false);
    expect(isYearToDate(around("The storm killed 12 people on Monday, the worst this year.", "12"))).toBe(false);
  });
});

describe("outcomeOf past a verb revising a toll", () => {
  it("reads the clause's subject as what the revised count counts", () => {
    const en = "The death toll from last week's landslide in the Varna valley has risen to 23.";
    expect(outcomeOf(null, around(en, "23"))).toBe("death");
    const fr = "Le nombre de blessés dans l'accident de car de Tulle s'est alourdi à 31.";
    expect(outcomeOf(null, around(fr, "31"))).toBe("injury");
  });
  it("counts no distance for the counted noun itself", () => {
    const s = "Quelque 4 500 habitants ont dû quitter leur maison après la rupture de la digue.";
    expect(outcomeOf("habitants", around(s, "Quelque 4 500"))).toBe("refugee");
  });
  it("still stops at another number or a clause's end", () => {
    const s = "Two people died on Monday; the count of cars swept away has risen to 40.";
    expect(outcomeOf(null, around(s, "40"))).toBeNull();
  });
});

describe("isRate and isPeriodOfAmount: durations that are no length of anything", () => {
  it("reads working time per week or per day as a rate", () => {
    expect(isRate(around("Unions want a 32-hour week by 2030.", "32-hour"))).toBe(true);
    expect(isRate(around("Les salariés travaillent 39 heures par semaine.", "39 heures"))).toBe(true);
    expect(isRate(around("Le retour à la semaine de 40 heures divise la majorité.", "40 heures"))).toBe(true);
    expect(isRate(around("The shop is open 24 hours a day.", "24 hours"))).toBe(true);
  });
  it("keeps the length of an event", () => {
    expect(isRate(around("The strike lasted 12 days.", "12 days"))).toBe(false);
    expect(isRate(around("a six-week war", "six-week"))).toBe(false);
    expect(isRate(around("La grève a duré trois semaines, selon les syndicats.", "trois semaines"))).toBe(false);
  });
  it("reads a period after an amount from the words between them", () => {
    expect(isPeriodOfAmount(" of rain fell in ")).toBe(true);
    expect(isPeriodOfAmount(" d'euros sur ")).toBe(true);
    expect(isPeriodOfAmount(" of rain fell. It rained again for ")).toBe(false);
    expect(isPeriodOfAmount(" of rain fell, the agency said, after ")).toBe(false);
  });
});

describe("isPart: a partitive", () => {
  it("reads 'six of the victims' and 'deux des blessés' as parts", () => {
    expect(isPart(around("The funerals of six of the victims were held on Friday.", "six"))).toBe(true);
    expect(isPart(around("Deux des blessés sont dans un état grave.", "Deux"))).toBe(true);
    expect(isPart(around("Trois de ces soldats ont été tués.", "Trois"))).toBe(true);
  });
  it("reads no part in a plain count", () => {
    expect(isPart(around("Six victims were identified on Friday.", "Six"))).toBe(false);
    expect(isPart(around("Deux blessés ont été évacués.", "Deux"))).toBe(false);
  });
});

describe("shareOf: what a percentage is a share of", () => {
  it("takes the one share its sentence named before it when its own clause names none", () => {
    const s = "Le non l'a emporté dans les campagnes : 63 % dans le Jura, 58 % en Valais.";
    expect(shareOf(around(s, "63 %"))).toBe("rejection");
    expect(shareOf(around(s, "58 %"))).toBe("rejection");
  });
  it("reads its own clause first, and nothing from two shares named before it", () => {
    const s = "Avec une participation de 48 %, le oui obtient 54 %.";
    expect(shareOf(around(s, "48 %"))).toBe("turnout");
    expect(shareOf(around(s, "54 %"))).toBe("approval");
    const both = "Turnout and the yes vote were close: 51% in the capital.";
    expect(shareOf(around(both, "51%"))).toBeNull();
  });
});
