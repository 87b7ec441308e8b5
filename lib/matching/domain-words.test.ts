import { describe, expect, it } from "vitest";
import { fold } from "@/lib/aliases/fold";
import { conceptsOf, conceptsOfWord, OUTCOMES, SHARES, stem } from "./domain-words";
import enFr from "./domain-words/en-fr.json";

const concepts: Record<string, Record<string, string[]>> = enFr.concepts;

/** Words listed under two concepts on purpose: what the word means there, in both. */
const SHARED: Record<string, string[]> = {
  // "a publié" (statement), "Publié le 12 mars" (page furniture).
  publi: ["statement", "furniture"],
};

/** Concepts of how a sentence is put, not what it is about (the data's roles). */
const grammar = new Set([
  ...enFr.statements.concepts,
  ...Object.values(enFr.nonClaims).filter(Array.isArray).flat(),
  ...enFr.shares.answers,
]);

/**
 * Common words of either language, and words common to many topics: any of
 * them in a topical concept would make unrelated sentences meet.
 */
const COMMON = (
  "people person persons first last state states over new one two year years day days week weeks month months " +
  "time times hour hours night line lines part place home homes house life group country countries city town " +
  "national region government minister ministry officials authorities forces armed power cut cuts close site " +
  "deal mission work working rate share percent million billion euros dollars francs more also after before " +
  "personne personnes premier premiere dernier derniere etat etats an ans annee jour jours semaine mois heure " +
  "heures nuit ligne temps vie maison groupe pays ville commune national nationale region gouvernement ministre " +
  "ministere autorites forces mission travail taux part pourcent million milliard euros car but son sort pour " +
  "coup cours cote eleve eleves feu terre fer chemin garde vent ventes prefecture prefet direction ferme site " +
  "plan plans rap trait senior seniors jets gel serre finance finances"
).split(" ");

describe("en-fr domain words", () => {
  it("names existing concepts in every role", () => {
    const names = new Set(Object.keys(concepts));
    const roles = [...enFr.outcomes.concepts, ...enFr.shares.concepts, ...grammar];
    expect(roles.filter((c) => !names.has(c))).toEqual([]);
    expect(enFr.shares.answers.every((c) => enFr.shares.concepts.includes(c))).toBe(true);
  });

  it("gives every concept folded single words in both languages", () => {
    for (const [concept, byLanguage] of Object.entries(concepts)) {
      for (const language of enFr.languages) {
        const words = byLanguage[language] ?? [];
        expect(words.length, `${concept} in ${language}`).toBeGreaterThan(0);
        for (const w of words) expect(/^[a-z]+$/.test(w) && fold(w) === w, `${concept}: «${w}»`).toBe(true);
      }
    }
  });

  it("lists a word under one concept only, as the reader trims it", () => {
    const of = new Map<string, Set<string>>();
    for (const [concept, byLanguage] of Object.entries(concepts))
      for (const words of Object.values(byLanguage))
        for (const w of words) of.set(stem(w), (of.get(stem(w)) ?? new Set()).add(concept));
    const twice = [...of].filter(([, cs]) => cs.size > 1).map(([w, cs]) => [w, [...cs].sort()]);
    expect(twice).toEqual(Object.entries(SHARED).map(([w, cs]) => [w, [...cs].sort()]));
  });

  it("keeps common words out of the topics", () => {
    const topical = (w: string) => [...conceptsOfWord(w)].filter((c) => !grammar.has(c));
    expect(COMMON.filter((w) => topical(w).length > 0)).toEqual([]);
  });
});

describe("conceptsOf", () => {
  it("gives an English and a French sentence on the same thing the same topics", () => {
    const pairs: [string, string, string][] = [
      ["Floodwaters forced 3,000 people from their homes", "Les inondations ont chassé 3 000 personnes", "flood"],
      ["The wildfire has burned 12,000 hectares", "L'incendie a parcouru 12 000 hectares", "fire"],
      ["Unemployment rose to 7.4% in March", "Le chômage a atteint 7,4 % en mars", "unemployment"],
      ["A ceasefire took effect at noon", "Un cessez-le-feu est entré en vigueur à midi", "ceasefire"],
      ["Measles cases doubled this year", "Les cas de rougeole ont doublé cette année", "measles"],
      ["Turnout in the referendum was 45%", "La participation au référendum a atteint 45 %", "referendum"],
    ];
    for (const [en, fr, concept] of pairs) {
      expect(conceptsOf(en).has(concept), en).toBe(true);
      expect(conceptsOf(fr).has(concept), fr).toBe(true);
    }
  });

  it("does not make a topic of a ceasefire's fire, a first time or a no", () => {
    const truce = conceptsOf("Un cessez-le-feu a été signé, le premier depuis 2020");
    const wildfire = conceptsOf("Plus de 300 pompiers luttent contre l'incendie");
    expect([...truce].filter((c) => wildfire.has(c))).toEqual([]);
    expect(conceptsOf("No one was hurt in the first hours of the night")).toEqual(new Set(["injury"]));
  });

  it("keeps the outcomes and shares of a count or a share", () => {
    expect(OUTCOMES.has("death") && OUTCOMES.has("injury") && SHARES.has("turnout")).toBe(true);
    expect([...conceptsOf("Le oui l'emporte avec 52 % des voix, le non 48 %")]).not.toContain("rejection");
  });

  it("reads a set phrase as a whole, and its common last word alone as nothing", () => {
    for (const text of [
      "40 personnes ont perdu la vie",
      "L'accident a coûté la vie à trois enfants",
      "Un randonneur y a trouvé la mort",
      "Six people lost their lives in the blaze",
      "The storm claimed the lives of nine people",
    ]) {
      expect(conceptsOf(text).has("death"), text).toBe(true);
    }
    for (const text of ["La vie chère pèse sur les ménages", "La qualité de vie des habitants", "A life of service"]) {
      expect(conceptsOf(text).has("death"), text).toBe(false);
    }
  });

  it("reads leaving one's home, a hospital admission and a walkout in both languages", () => {
    const pairs: [string, string, string][] = [
      [
        "About 900 villagers fled their homes overnight",
        "Quelque 900 villageois ont dû quitter leur domicile",
        "refugee",
      ],
      [
        "Forty passengers were taken to hospital",
        "Quarante passagers ont été transportés à l'hôpital",
        "hospitalisation",
      ],
      ["Dockers walked out at dawn", "Les dockers ont cessé le travail à l'aube", "strike"],
      ["12,000 households were left without heating", "12 000 foyers sont privés de chauffage", "household"],
      ["Some 3,000 people were left homeless", "Quelque 3 000 personnes sont sans abri", "refugee"],
      ["Half the island was without power", "La moitié de l'île était privée d'électricité", "outage"],
      ["Half the workforce was employed on short contracts", "La moitié des emplois sont des contrats courts", "jobs"],
    ];
    for (const [en, fr, concept] of pairs) {
      expect(conceptsOf(en).has(concept), en).toBe(true);
      expect(conceptsOf(fr).has(concept), fr).toBe(true);
    }
    // Their last words alone name nothing of it.
    expect(conceptsOf("The hospital opened a new wing").has("hospitalisation")).toBe(false);
    expect(conceptsOf("Le travail du dimanche divise les commerçants").has("strike")).toBe(false);
  });
});

describe("revisions", () => {
  it("are concepts of saying too: a date right after a revised toll dates the revision", () => {
    for (const c of enFr.revisions.concepts) {
      expect(Object.keys(concepts)).toContain(c);
      expect(enFr.statements.concepts).toContain(c);
    }
  });
});

describe("phrases", () => {
  it("are two folded words or more, and their concepts exist", () => {
    const names = new Set(Object.keys(concepts));
    for (const [concept, byLanguage] of Object.entries(enFr.phrases.concepts)) {
      expect(names.has(concept), concept).toBe(true);
      for (const phrase of Object.values(byLanguage).flat()) {
        expect(phrase.split(" ").length, phrase).toBeGreaterThan(1);
        expect(phrase, phrase).toBe(fold(phrase).replace(/[^a-z ]/g, ""));
      }
    }
  });
});
