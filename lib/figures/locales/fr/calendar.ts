// French months, weekdays, periods, relative dates and the tense markers that place them.
import type { Lexicon } from "../lexicon";

export const calendarFr = {
  months: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" "),
  monthAbbreviations: [
    ["janv", 1],
    ["févr", 2],
    ["fév", 2],
    ["avr", 4],
    ["juil", 7],
    ["sept", 9],
    ["oct", 10],
    ["nov", 11],
    ["déc", 12],
  ],
  // "sept" is also seven, "mars" a planet: abbreviations need their dot.
  abbreviationsWithoutDot: false,
  capitalisedMonths: "",
  weekdays: "lundi mardi mercredi jeudi vendredi samedi dimanche".split(" "),
  weekdayAbbreviations: [],
  dayMonthLinks: "",
  listWords: "et",
  definiteArticles: "le la les l'",
  monthContext: "en depuis dès courant avant après",
  monthNouns: "mois",
  sinceWords: "depuis dès",
  duringWords: "pendant durant lors",
  yearContext: "en depuis dès jusqu année an vers",
  periodParts: [
    ["début", "early"],
    ["mi", "mid"],
    ["milieu", "mid"],
    ["fin", "late"],
  ],
  periodPartsOf: [],
  periodLinks: "des du mois de d' de",
  decadeForms: [{ before: "années" }],
  thisYear: ["de l'année", "de cette année", "de l'année en cours"],
  relativeDays: [
    { phrase: "hier", days: -1 },
    { phrase: "avant-hier", days: -2 },
    { phrase: "aujourd'hui", days: 0 },
    { phrase: "demain", days: 1 },
    { phrase: "après-demain", days: 2 },
    { phrase: "ce matin", days: 0 },
    { phrase: "ce soir", days: 0 },
    { phrase: "cet après-midi", days: 0 },
    { phrase: "l'an dernier", years: -1 },
    { phrase: "l'an passé", years: -1 },
    { phrase: "l'année dernière", years: -1 },
    { phrase: "l'année passée", years: -1 },
    { phrase: "l'an prochain", years: 1 },
    { phrase: "l'année prochaine", years: 1 },
    { phrase: "cette année", years: 0 },
    { phrase: "le mois dernier", months: -1 },
    { phrase: "le mois passé", months: -1 },
    { phrase: "le mois prochain", months: 1 },
    { phrase: "ce mois-ci", months: 0 },
    { phrase: "la semaine dernière", weeks: -1 },
    { phrase: "la semaine passée", weeks: -1 },
    { phrase: "la semaine prochaine", weeks: 1 },
    { phrase: "cette semaine", weeks: 0 },
  ],
  agoBefore: ["il y a"],
  agoAfter: [],
  agoUnlessFollowedBy: "que qu'",
  relationBefore: [
    ["ce", "this"],
    ["cet", "this"],
  ],
  relationAfter: [
    ["dernier", "last"],
    ["dernière", "last"],
    ["passé", "last"],
    ["passée", "last"],
    ["prochain", "next"],
    ["prochaine", "next"],
  ],
  dateRangePairs: [
    ["du", "au"],
    ["de", "à au"],
    ["entre", "et"],
  ],

  futureWords:
    "sera seront aura auront va vont doit doivent devra devront devrait devraient pourrait pourraient prévu prévue " +
    "prévus prévues programmé programmée attendu attendue demain",
  pastWords: "ont avait avaient était étaient fut furent eut eurent été hier",
  pastAsWritten: "a",
  // Endings of the future tense ("durera", "reprendra", "rencontreront"), and words that end so.
  futureEndings: "era ira dra rra eront iront dront rront",
  notFuture: "opéra caméra sierra terra madeira elvira",
  intentionVerbs:
    "convenu convenus convenue décidé décidés prévu accepté acceptés promis menacé résolu projette projettent " +
    "envisage envisagent compte comptent s'engage s'engagent engagés prêts prêt " +
    "reporté reportée reportés reportées repoussé repoussée repoussés repoussées renvoyé renvoyée",
  intentionLinks: "de d' à au",
} satisfies Partial<Lexicon>;
