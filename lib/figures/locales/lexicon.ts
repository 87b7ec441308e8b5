// What a language brings to figure reading: its words and the few habits of its typography.
// The recognizers hold no word of any language; they receive one compiled Lexicon per sentence.
// Words are written as in running text ("près de", "d'", "cessez-le-feu"); lookups fold case,
// accents and hyphens, except in the lists that say "as written".
import type { Locale } from "@/lib/i18n/locales";

export type QualifierClass = "more_than" | "at_least" | "less_than" | "up_to" | "near" | "about";
export type TimeUnit = "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century";
export type NumberRole = "unit" | "ten" | "teen" | "tens" | "hundred" | "thousand" | "scale";
export type PeriodPart = "early" | "mid" | "late";
export type Relation = "last" | "next" | "this";
/** SI units quantities are normalised to, so that "5 km" and "5 000 m" compare. */
export type SiUnit = "m" | "m2" | "m3" | "kg" | "m/s" | "W" | "Wh" | "°C";

export type QualifierEntry = {
  phrase: string;
  cls: QualifierClass;
  /** Only before digits ("quelque 2 000", "über 200"): before anything else the words mean something else. */
  needsDigits?: boolean;
  /** A verb ("dépasse", "exceeded"): may be followed by a definite article ("dépassé les 1 000"). */
  verbal?: boolean;
  /** Does not bound a duration: "over five years" spreads something across the period. */
  notForDurations?: boolean;
};

/** A day, week (Monday to Sunday), month or year counted from the publication day's. */
export type RelativeDay = {
  phrase: string;
  days?: number;
  weeks?: number;
  months?: number;
  years?: number;
  lowerCaseOnly?: boolean;
};

/** One way of writing a decade: "années 1990", "1990s", "1990er Jahre". */
export type DecadeForm = { before?: string; gluedSuffix?: string; after?: string };

export type Lexicon = {
  locale: Locale;

  // --- Which language, and where sentences end
  /** Neutral words (articles, prepositions, auxiliaries, conjunctions) that tell the language of a sentence. */
  functionWords: string;
  /** Words whose final dot does not end a sentence ("M.", "Oct.", "Nr."). */
  abbreviations: string;
  /** Words that close a counted noun phrase: function words, auxiliaries, common verbs, calendar words, units. */
  stopwords: string;

  // --- Numbers
  /** The decimal mark; the other mark groups thousands. */
  decimalMark: "," | ".";
  numberWords: [word: string, value: number, role: NumberRole][];
  /** "et" in "vingt et un" (only before un and onze), "and" in "one hundred and five", "und" in "einundzwanzig". */
  numberJoiners: { word: string; onlyBefore?: number[]; unitFirst?: boolean }[];
  /** Number words glued into one word ("zweitausendfünfhundert", "einundzwanzig"). */
  compoundNumbers?: boolean;
  /** Indefinite articles: one before a multiplier ("a hundred") or a unit ("un an"), never a figure alone. */
  articles: string;
  /** Number words that are figures only before a counted noun of the lexicon ("one soldier"). */
  needsCountedNoun: string;
  /**
   * Where an indefinite article is the number one, before a counted noun of the lexicon: `after`
   * these words ("dont un enfant"), before one of `alone` ("une seule personne"), or next to another
   * count, joined by a comma or one of `joiners` ("un mort et deux blessés", "deux morts et un blessé").
   */
  countingArticle?: { after: string; alone: string; joiners: string };
  /** "half" in "half a million". */
  halfBefore: string;
  /** Scale words after digits, with their value ("6,5 millions", "2,5 Mrd."). */
  scales: [word: string, value: number][];
  /** Scales glued to digits: "2bn", "10M", "100k"; `currency`: only with a currency in sight ("£3m"). */
  gluedScales: [suffix: string, value: number, when: "always" | "currency" | "upper-case"][];
  /** Determiners after which "two" means both: "les deux pays", "the two countries". */
  bothDeterminers: string;

  // --- Qualifiers and ranges
  preQualifiers: QualifierEntry[];
  postQualifiers: [phrase: string, cls: QualifierClass][];
  /** Phrases that hold a qualifier's words without being one: "en plus de 4 avions" is 4, not more than 4. */
  notQualifiers: string[];
  /** Ranges with their opening word: "entre … et", "de … à", "from … to". */
  rangePairs: [lead: string, separators: string][];
  /** Range separators without an opening word, as written ("à", "to", "bis"). */
  bareRangeSeparators: string;
  /** Verbs of change before "de … à": "passé de 200 à 300" is two figures, not a range. */
  changeVerbs: string;
  /** After a change verb, the word of the difference: "rose by 50 to 250" is a change of 50, not a range. */
  changeBy: string;

  // --- Vague amounts and shares
  /** After an article: "une centaine" (about 100), "a dozen", "ein Dutzend". */
  aboutNouns: [word: string, value: number][];
  /** After a number: "trois douzaines", "two dozen": about that many times the value. */
  aboutMultiples: [word: string, value: number][];
  /** After a vague prefix: "des centaines", "several hundred", "mehrere Tausend". */
  magnitudes: [word: string, value: number][];
  /** Vague prefixes and the multiples they allow: "des" [2, 10), "quelques" [2, 6). */
  vaguePrefixes: [phrase: string, lo: number, hi: number][];
  /** Alone: "hundreds", "tens of thousands", "Hunderte": [2, 10) times the value. */
  bareMagnitudes: [phrase: string, value: number][];
  /** "de milliers", "of thousands": multiplies a vague amount. */
  ofMagnitudes: [phrase: string, value: number][];
  /** "plusieurs", "several": before a plural noun, a vague count of it. */
  severalWords: string;
  /** Nouns of how often, not how many: "à plusieurs reprises", "several times". */
  notCounted: string;
  /** Endings of plural nouns. */
  pluralEndings: string;
  /** Plural time units that alone are a vague duration: "decades", "centuries". */
  vagueTimePlurals: [word: string, unit: TimeUnit][];
  /** Open-ended durations: "decades-old", "years-long", "jahrzehntelang": at least two units. */
  openDurations: [phrase: string, unit: TimeUnit][];
  /** Shares: "la moitié" 50, "two thirds" 66.67. */
  fractions: [phrase: string, percent: number][];
  /** Words after a fraction that make it a share of something: "de", "of", "der". */
  fractionLinks: string;
  /** Before a fraction, a change by that share: "by a third", "d'un tiers". */
  fractionChangeLinks: string;
  /** Ratios: "un sur trois", "1 in 5", "9 out of 10". */
  ratioWords: string[];

  // --- Units
  percentWords: string[];
  currencyWords: [word: string, code: string][];
  /** Words between an amount and its currency: "millions d'euros", "$2 of". */
  ofWords: string;
  /** A part of a counted whole: "12 of the 15 members", "deux des trois hôpitaux", "12 der 15 Mitglieder". */
  partitiveLinks: string[];
  timeUnits: [word: string, unit: TimeUnit][];
  /** Units of measure with their value in SI units: "kilomètre" is 1000 m. */
  measures: [word: string, factor: number, unit: SiUnit][];
  /** Dimensions after a measure: "30 m high", "5 Kilometer breit". */
  dimensionWords: string;
  /** "et demi", "and a half". */
  halfPhrases: string[];
  /** Articles that say "one" before a unit and are not figures before other words ("un jour" = some day). */
  articleNotDurations: string[];

  // --- Ages, ordinals
  /** "25 years old", "25 Jahre alt". */
  ageAfter: string;
  /** "aged 45". */
  ageBefore: string;
  /** "un homme de 45 ans": a person noun, the link word, then the age. */
  agePersonNouns: string;
  ageLink: string;
  ordinalWords: [word: string, n: number][];
  /** Glued to digits: "1er", "3e", "27th". */
  ordinalSuffixes: string;
  /** A dot after the digits makes an ordinal ("27. September", "der 3. Monat"). */
  ordinalDot?: boolean;

  // --- Counted nouns
  /** Surface forms of each counted class, singular (see counted-classes.ts for the classes). */
  countedForms: Record<string, string[]>;
  /** How the interface names each counted class in this language, [one, many] (interface languages only). */
  countedLabels?: Record<string, [one: string, many: string]>;
  /** Words that are their own plural ("people", "gens"). */
  invariantNouns: string;
  /** Plural to singular endings, most specific first: [["ies", "y"], ["s", ""]]. */
  singularEndings: [plural: string, singular: string][];
  /** Irregular plurals: [["children", "child"]]. */
  irregularPlurals: [plural: string, singular: string][];
  /** Adjectives that come before the noun where adjectives usually follow it ("nouveaux soldats"). */
  prenominalAdjectives: string;
  /** Adjectives come first and the noun last ("2,000 Russian troops"). */
  headNounLast: boolean;
  /** How many words after the number may hold the counted noun. */
  countedReach: number;
  /** Endings of participles that end a noun phrase ("refugees reached"). */
  participleEndings: string;
  /** Plural nouns without a plural ending. */
  pluralNouns: string;

  // --- Calendar
  months: string[];
  monthAbbreviations: [word: string, month: number][];
  /** Abbreviations read without a dot when capitalised next to a number ("Oct 31"). */
  abbreviationsWithoutDot: boolean;
  /** Month names that are ordinary words unless capitalised ("may", "march"). */
  capitalisedMonths: string;
  weekdays: string[];
  weekdayAbbreviations: [word: string, weekday: number][];
  /** "the 10th of October". */
  dayMonthLinks: string;
  /** "les 3, 12 et 24 mars": words between days of a list. */
  listWords: string;
  /** Definite articles that may follow a list word or a range word ("et le 3 juin"). */
  definiteArticles: string;
  /** Before a month named alone, these make it a date ("en septembre", "in September"). */
  monthContext: string;
  /** "au mois de septembre". */
  monthNouns: string;
  /** "pendant la guerre de 2020", "during the 2022 offensive": a period that dates the clause. */
  duringWords: string;
  /** "depuis 2014", "since 2014": a year that starts a period running to now. */
  sinceWords: string;
  /** Words opening a relative clause ("a war that ended in 1994,", "la guerre qui s'est achevée en 1994,"): its year dates only that clause. */
  relativeWords: string;
  /** Before a four-digit number, these make it a year ("en 2020", "im Jahr 2020"). */
  yearContext: string;
  periodParts: [word: string, part: PeriodPart][];
  /** "the beginning of", "the end of". */
  periodPartsOf: [word: string, part: PeriodPart][];
  /** Words between a part and its period: "début des années 1980", "fin du mois de", "Anfang der 1990er". */
  periodLinks: string;
  decadeForms: DecadeForm[];
  /** "fin de l'année", "by the end of the year": the publication year. */
  thisYear: string[];
  relativeDays: RelativeDay[];
  /**
   * A duration counted back from the publication day: "il y a trois jours" (before it),
   * "three days ago" (after it), "vor drei Tagen".
   */
  agoBefore: string[];
  agoAfter: string[];
  /** After "il y a" + duration, words that make it a duration again: "il y a dix ans que …" ("for ten years"). */
  agoUnlessFollowedBy: string;
  relationBefore: [word: string, rel: Relation][];
  relationAfter: [word: string, rel: Relation][];
  /** Periods with two ends: "du … au", "from … to", "vom … bis". */
  dateRangePairs: [lead: string, separators: string][];

  // --- Tense, for dates without a year and weekdays
  futureWords: string;
  pastWords: string;
  /** Past markers that count only as written (the French "a", not "à"). */
  pastAsWritten: string;
  /** Endings of future-tense verbs ("durera", "reprendront") and words that end so without being verbs. */
  futureEndings: string;
  notFuture: string;
  /** Endings of regular past forms ("killed", "launched"), and words of five letters or more that end so without being one. */
  pastEndings: string;
  notPast: string;
  /**
   * A compound past: an auxiliary that is also a present ("est", "sont") followed by a past participle,
   * told by its ending as written ("est entré", "sont arrivés") or named ("sont morts").
   */
  pastAuxiliaries: string;
  auxiliaryParticipleEndings: string;
  auxiliaryParticiples: string;
  /** Verbs of intention: followed by their link word they announce what comes ("agreed to hold", "convenu de"). */
  intentionVerbs: string;
  intentionLinks: string;

  // --- Not figures
  /** Street words after the number ("12 rue de la Paix"). */
  streetWordsAfter: string;
  /** "12 bis rue …". */
  streetNumberSuffixes: string;
  /** Street words ending a capitalised name after the number ("1600 Pennsylvania Ave"). */
  streetWordsLast: string;
  /** Words before a number that make it a reference or a label ("article 5", "Épisode 2"). */
  references: string;
  abbreviatedReferences: string;
  /** Times of day: words glued to or after the hour ("14h", "9 am", "14 Uhr"). */
  clockWords: string;
  /** Clock words that mark a time only after a time preposition ("vers 23 heures"). */
  clockWordsAfterPreposition: string;
  timePrepositions: string;
  /** "10 p.m.", "o'clock". */
  clockPhrases: string[];
  /** Every noun takes a capital (German): a capitalised word before a number is not enough to make it a name. */
  capitalisedNouns?: boolean;
  /** Capitalised words that may stand right before a number without naming it (beyond function words). */
  capitalisedOk: string;
  /** "1 min read", "Lecture : 4 min", "Lesezeit": a reading time, page furniture. */
  readingTimeWords: string;
  /** Counters of page furniture on a short line: "23 comments", "345 partages". */
  furnitureNouns: string;
};
