// A lexicon made ready for the recognizers: word lists as sets, phrases as tries. Several lexicons
// compile into one when a sentence's language is unknown (earlier lexicons win where they differ).
import type { Locale } from "@/lib/i18n/locales";
import { buildTrie, type Trie } from "../phrases";
import { foldWord } from "../text";
import type {
  DecadeForm,
  Lexicon,
  NumberRole,
  PeriodPart,
  QualifierClass,
  QualifierEntry,
  Relation,
  RelativeDay,
  SiUnit,
  TimeUnit,
} from "./lexicon";
import { makeNormSet, makeWordSet, type WordSet } from "./word-set";

export type NumberEntry = { value: number; role: NumberRole };
export type Joiner = { onlyBefore: ReadonlySet<number> | null; unitFirst: boolean };
export type GluedScale = { value: number; when: "always" | "currency" | "upper-case" };
export type Measure = { factor: number; unit: SiUnit };

export type Lex = {
  locales: readonly Locale[];
  /** Null when the lexicons compiled together disagree. */
  decimalMark: "," | "." | null;
  stopwords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;

  numberWords: ReadonlyMap<string, NumberEntry>;
  joiners: ReadonlyMap<string, Joiner>;
  compoundNumbers: boolean;
  articles: WordSet;
  needsCountedNoun: ReadonlySet<string>;
  countingArticle: { after: ReadonlySet<string>; alone: ReadonlySet<string>; joiners: ReadonlySet<string> };
  halfBefore: ReadonlySet<string>;
  scales: ReadonlyMap<string, number>;
  /** Keyed by the suffix as written (case matters: "10M" is ten million, "10m" ten metres). */
  gluedScales: ReadonlyMap<string, GluedScale>;
  bothDeterminers: ReadonlySet<string>;

  pre: Trie<QualifierEntry>;
  post: Trie<QualifierClass>;
  notQualifiers: Trie<true>;
  rangeSeparators: ReadonlyMap<string, WordSet>;
  bareRangeSeparators: WordSet;
  changeVerbs: ReadonlySet<string>;
  changeBy: ReadonlySet<string>;

  aboutNouns: ReadonlyMap<string, number>;
  aboutMultiples: ReadonlyMap<string, number>;
  magnitudes: ReadonlyMap<string, number>;
  vaguePrefixes: Trie<[number, number]>;
  bareMagnitudes: Trie<number>;
  ofMagnitudes: Trie<number>;
  severalWords: ReadonlySet<string>;
  notCounted: ReadonlySet<string>;
  pluralEndings: readonly string[];
  vagueTimePlurals: ReadonlyMap<string, TimeUnit>;
  openDurations: Trie<TimeUnit>;
  fractions: Trie<number>;
  fractionLinks: WordSet;
  fractionChangeLinks: WordSet;
  ratioWords: Trie<true>;

  percent: Trie<true>;
  currencySuffix: Trie<string>;
  currencyPrefix: Trie<string>;
  currencyWords: ReadonlySet<string>;
  ofWords: WordSet;
  partitiveLinks: Trie<true>;
  timeUnits: Trie<TimeUnit>;
  measures: Trie<Measure>;
  halfPhrases: Trie<true>;
  dimensionWords: ReadonlySet<string>;
  articleNotDurations: Trie<true>;

  ageAfter: ReadonlySet<string>;
  ageBefore: ReadonlySet<string>;
  agePersonNouns: ReadonlySet<string>;
  ageLink: WordSet;
  ordinalWords: ReadonlyMap<string, number>;
  ordinalSuffixes: ReadonlySet<string>;
  ordinalDot: boolean;

  counted: Trie<string>;
  countedLocale: Trie<Locale>;
  invariantNouns: ReadonlySet<string>;
  singularEndings: readonly [string, string][];
  irregularPlurals: ReadonlyMap<string, string>;
  prenominalAdjectives: ReadonlySet<string>;
  headNounLast: boolean;
  countedReach: number;
  participleEndings: readonly string[];
  pluralNouns: ReadonlySet<string>;

  months: ReadonlyMap<string, number>;
  monthAbbreviations: ReadonlyMap<string, number>;
  abbreviationsWithoutDot: boolean;
  capitalisedMonths: ReadonlySet<string>;
  weekdays: ReadonlyMap<string, number>;
  weekdayAbbreviations: ReadonlyMap<string, number>;
  dayMonthLinks: WordSet;
  listWords: WordSet;
  definiteArticles: WordSet;
  monthContext: ReadonlySet<string>;
  monthNouns: ReadonlySet<string>;
  yearContext: ReadonlySet<string>;
  sinceWords: ReadonlySet<string>;
  relativeWords: ReadonlySet<string>;
  duringWords: ReadonlySet<string>;
  periodParts: ReadonlyMap<string, PeriodPart>;
  periodPartsOf: ReadonlyMap<string, PeriodPart>;
  periodLinks: WordSet;
  decadeForms: readonly DecadeForm[];
  decadeBefore: ReadonlySet<string>;
  decadeAfter: ReadonlySet<string>;
  thisYear: Trie<true>;
  relativeDays: Trie<RelativeDay>;
  agoBefore: Trie<true>;
  agoAfter: Trie<true>;
  agoUnlessFollowedBy: WordSet;
  relationBefore: ReadonlyMap<string, Relation>;
  relationAfter: ReadonlyMap<string, Relation>;
  dateRangeSeparators: ReadonlyMap<string, WordSet>;

  futureWords: ReadonlySet<string>;
  pastWords: ReadonlySet<string>;
  pastAsWritten: WordSet;
  futureEndings: readonly string[];
  notFuture: ReadonlySet<string>;
  pastEndings: readonly string[];
  notPast: ReadonlySet<string>;
  pastAuxiliaries: ReadonlySet<string>;
  auxiliaryParticipleEndings: readonly string[];
  auxiliaryParticiples: ReadonlySet<string>;
  intentionVerbs: ReadonlySet<string>;
  intentionLinks: WordSet;

  streetWordsAfter: ReadonlySet<string>;
  streetWordsLast: ReadonlySet<string>;
  streetNumberSuffixes: ReadonlySet<string>;
  references: ReadonlySet<string>;
  abbreviatedReferences: ReadonlySet<string>;
  clockWords: ReadonlySet<string>;
  clockWordsAfterPreposition: ReadonlySet<string>;
  timePrepositions: WordSet;
  clockPhrases: Trie<true>;
  capitalisedOk: ReadonlySet<string>;
  capitalisedNouns: boolean;
  readingTimeWords: ReadonlySet<string>;
  furnitureNouns: ReadonlySet<string>;
  /** Month, weekday and year words: a number after them is a date, not a name ("Jahr 2020"). */
  calendarWords: ReadonlySet<string>;
};

const firstWins = <V>(pairs: Iterable<readonly [string, V]>, fold = true): Map<string, V> => {
  const out = new Map<string, V>();
  for (const [k, v] of pairs) {
    const key = fold ? foldWord(k) : k;
    if (!out.has(key)) out.set(key, v);
  }
  return out;
};

const norms = (ls: readonly Lexicon[], pick: (l: Lexicon) => string): ReadonlySet<string> => makeNormSet(ls.map(pick));
const words = (ls: readonly Lexicon[], pick: (l: Lexicon) => string, asWritten = false): WordSet =>
  makeWordSet(ls.map(pick), asWritten);
const trie = <T>(ls: readonly Lexicon[], pick: (l: Lexicon) => Iterable<readonly [string, T]>): Trie<T> =>
  buildTrie(ls.flatMap((l) => [...pick(l)]));
const flagged = (phrases: readonly string[]): [string, true][] => phrases.map((p) => [p, true]);

function separators(pairs: readonly [string, string][]): Map<string, WordSet> {
  const grouped = new Map<string, string[]>();
  for (const [lead, seps] of pairs) {
    const key = foldWord(lead.replace(/['\u2019]$/, ""));
    grouped.set(key, [...(grouped.get(key) ?? []), seps]);
  }
  return new Map([...grouped].map(([k, v]) => [k, makeWordSet(v, true)]));
}

// Symbols and ISO codes are the same in every language.
const CURRENCY_SYMBOLS: [string, string][] = [
  ["€", "EUR"],
  ["$", "USD"],
  ["£", "GBP"],
  ["₽", "RUB"],
  ["֏", "AMD"],
  ["₼", "AZN"],
  ["₴", "UAH"],
];
const CURRENCY_CODES = "EUR USD GBP RUB AMD AZN CHF UAH JPY CNY TRY".split(" ");
const SI_ABBREVIATIONS: [string, number, SiUnit][] = [
  ["km", 1000, "m"],
  ["kms", 1000, "m"],
  ["m", 1, "m"],
  ["cm", 0.01, "m"],
  ["mm", 0.001, "m"],
  ["km2", 1e6, "m2"],
  ["km²", 1e6, "m2"],
  ["m2", 1, "m2"],
  ["m²", 1, "m2"],
  ["ha", 1e4, "m2"],
  ["m3", 1, "m3"],
  ["m³", 1, "m3"],
  ["kg", 1, "kg"],
  ["km/h", 1 / 3.6, "m/s"],
  ["km / h", 1 / 3.6, "m/s"],
  ["mph", 0.44704, "m/s"],
  ["°c", 1, "°C"],
  ["° c", 1, "°C"],
  ["°", 1, "°C"],
  ["kw", 1e3, "W"],
  ["mw", 1e6, "W"],
  ["gw", 1e9, "W"],
  ["kwh", 1e3, "Wh"],
  ["mwh", 1e6, "Wh"],
  ["gwh", 1e9, "Wh"],
  ["twh", 1e12, "Wh"],
  ["hectare", 1e4, "m2"],
  ["hectares", 1e4, "m2"],
];

export function compileLexicons(ls: readonly Lexicon[]): Lex {
  const marks = new Set(ls.map((l) => l.decimalMark));
  const currencyWords = ls.flatMap((l) => l.currencyWords);
  const ofWords = ls.flatMap((l) => l.ofWords.split(/\s+/).filter(Boolean));
  const decadeForms = ls.flatMap((l) => l.decadeForms);
  return {
    locales: ls.map((l) => l.locale),
    decimalMark: marks.size === 1 ? ([...marks][0] ?? null) : null,
    stopwords: norms(ls, (l) => l.stopwords),
    abbreviations: norms(ls, (l) => l.abbreviations),

    numberWords: firstWins(ls.flatMap((l) => l.numberWords.map(([w, value, role]) => [w, { value, role }] as const))),
    joiners: firstWins(
      ls.flatMap((l) =>
        l.numberJoiners.map(
          (j) =>
            [j.word, { onlyBefore: j.onlyBefore ? new Set(j.onlyBefore) : null, unitFirst: !!j.unitFirst }] as const,
        ),
      ),
    ),
    compoundNumbers: ls.some((l) => l.compoundNumbers),
    articles: words(ls, (l) => l.articles),
    needsCountedNoun: norms(ls, (l) => l.needsCountedNoun),
    countingArticle: {
      after: norms(ls, (l) => l.countingArticle?.after ?? ""),
      alone: norms(ls, (l) => l.countingArticle?.alone ?? ""),
      joiners: norms(ls, (l) => l.countingArticle?.joiners ?? ""),
    },
    halfBefore: norms(ls, (l) => l.halfBefore),
    scales: firstWins(ls.flatMap((l) => l.scales)),
    gluedScales: firstWins(
      ls.flatMap((l) => l.gluedScales.map(([s, value, when]) => [s, { value, when }] as const)),
      false,
    ),
    bothDeterminers: norms(ls, (l) => l.bothDeterminers),

    pre: trie(ls, (l) => l.preQualifiers.map((q) => [q.phrase, q] as const)),
    post: trie(ls, (l) => l.postQualifiers),
    notQualifiers: trie(ls, (l) => flagged(l.notQualifiers)),
    rangeSeparators: separators(ls.flatMap((l) => l.rangePairs)),
    bareRangeSeparators: words(ls, (l) => l.bareRangeSeparators, true),
    changeVerbs: norms(ls, (l) => l.changeVerbs),
    changeBy: norms(ls, (l) => l.changeBy),

    aboutNouns: firstWins(ls.flatMap((l) => l.aboutNouns)),
    aboutMultiples: firstWins(ls.flatMap((l) => l.aboutMultiples)),
    magnitudes: firstWins(ls.flatMap((l) => l.magnitudes)),
    vaguePrefixes: trie(ls, (l) => l.vaguePrefixes.map(([p, lo, hi]) => [p, [lo, hi]] as const)),
    bareMagnitudes: trie(ls, (l) => l.bareMagnitudes),
    ofMagnitudes: trie(ls, (l) => l.ofMagnitudes),
    severalWords: norms(ls, (l) => l.severalWords),
    notCounted: norms(ls, (l) => l.notCounted),
    pluralEndings: [...norms(ls, (l) => l.pluralEndings)],
    vagueTimePlurals: firstWins(ls.flatMap((l) => l.vagueTimePlurals)),
    openDurations: trie(ls, (l) => l.openDurations),
    fractions: trie(ls, (l) => l.fractions),
    fractionLinks: words(ls, (l) => l.fractionLinks),
    fractionChangeLinks: words(ls, (l) => l.fractionChangeLinks),
    ratioWords: trie(ls, (l) => flagged(l.ratioWords)),

    percent: buildTrie(flagged(["%", ...ls.flatMap((l) => l.percentWords)])),
    currencySuffix: buildTrie([
      ...CURRENCY_SYMBOLS,
      ...CURRENCY_CODES.map((c): [string, string] => [c, c]),
      ...currencyWords,
      ...currencyWords.flatMap(([w, c]) => ofWords.map((o): [string, string] => [`${o} ${w}`, c])),
    ]),
    currencyPrefix: buildTrie([
      ...CURRENCY_SYMBOLS,
      ["US$", "USD"],
      ["US $", "USD"],
      ...CURRENCY_CODES.map((c): [string, string] => [c, c]),
    ]),
    currencyWords: makeNormSet([currencyWords.map(([w]) => w).join(" "), CURRENCY_CODES.join(" ")]),
    ofWords: words(ls, (l) => l.ofWords),
    partitiveLinks: trie(ls, (l) => flagged(l.partitiveLinks)),
    timeUnits: trie(ls, (l) => l.timeUnits),
    measures: buildTrie([
      ...SI_ABBREVIATIONS.map(([w, factor, unit]): [string, Measure] => [w, { factor, unit }]),
      ...ls.flatMap((l) => l.measures.map(([w, factor, unit]): [string, Measure] => [w, { factor, unit }])),
    ]),
    halfPhrases: trie(ls, (l) => flagged(l.halfPhrases)),
    dimensionWords: norms(ls, (l) => l.dimensionWords),
    articleNotDurations: trie(ls, (l) => flagged(l.articleNotDurations)),

    ageAfter: norms(ls, (l) => l.ageAfter),
    ageBefore: norms(ls, (l) => l.ageBefore),
    agePersonNouns: norms(ls, (l) => l.agePersonNouns),
    ageLink: words(ls, (l) => l.ageLink),
    ordinalWords: firstWins(ls.flatMap((l) => l.ordinalWords)),
    ordinalSuffixes: norms(ls, (l) => l.ordinalSuffixes),
    ordinalDot: ls.some((l) => l.ordinalDot),

    counted: trie(ls, (l) =>
      Object.entries(l.countedForms).flatMap(([key, forms]) => forms.map((f) => [f, key] as const)),
    ),
    countedLocale: trie(ls, (l) =>
      Object.values(l.countedForms).flatMap((forms) => forms.map((f) => [f, l.locale] as const)),
    ),
    invariantNouns: norms(ls, (l) => l.invariantNouns),
    singularEndings: ls.flatMap((l) => l.singularEndings.map(([p, s]): [string, string] => [foldWord(p), foldWord(s)])),
    irregularPlurals: firstWins(ls.flatMap((l) => l.irregularPlurals)),
    prenominalAdjectives: norms(ls, (l) => l.prenominalAdjectives),
    headNounLast: ls.every((l) => l.headNounLast),
    countedReach: Math.max(...ls.map((l) => l.countedReach)),
    participleEndings: [...norms(ls, (l) => l.participleEndings)],
    pluralNouns: norms(ls, (l) => l.pluralNouns),

    months: firstWins(ls.flatMap((l) => l.months.map((m, k) => [m, k + 1] as const))),
    monthAbbreviations: firstWins(ls.flatMap((l) => l.monthAbbreviations)),
    abbreviationsWithoutDot: ls.some((l) => l.abbreviationsWithoutDot),
    capitalisedMonths: norms(ls, (l) => l.capitalisedMonths),
    weekdays: firstWins(ls.flatMap((l) => l.weekdays.map((d, k) => [d, k + 1] as const))),
    weekdayAbbreviations: firstWins(ls.flatMap((l) => l.weekdayAbbreviations)),
    dayMonthLinks: words(ls, (l) => l.dayMonthLinks),
    listWords: words(ls, (l) => l.listWords),
    definiteArticles: words(ls, (l) => l.definiteArticles),
    monthContext: norms(ls, (l) => l.monthContext),
    monthNouns: norms(ls, (l) => l.monthNouns),
    yearContext: norms(ls, (l) => l.yearContext),
    sinceWords: norms(ls, (l) => l.sinceWords),
    relativeWords: norms(ls, (l) => l.relativeWords),
    duringWords: norms(ls, (l) => l.duringWords),
    periodParts: firstWins(ls.flatMap((l) => l.periodParts)),
    periodPartsOf: firstWins(ls.flatMap((l) => l.periodPartsOf)),
    periodLinks: words(ls, (l) => l.periodLinks),
    decadeForms,
    decadeBefore: makeNormSet(decadeForms.map((d) => d.before ?? "")),
    decadeAfter: makeNormSet(decadeForms.map((d) => d.after ?? "")),
    thisYear: trie(ls, (l) => flagged(l.thisYear)),
    relativeDays: trie(ls, (l) => l.relativeDays.map((r) => [r.phrase, r] as const)),
    agoBefore: trie(ls, (l) => flagged(l.agoBefore)),
    agoAfter: trie(ls, (l) => flagged(l.agoAfter)),
    agoUnlessFollowedBy: words(ls, (l) => l.agoUnlessFollowedBy),
    relationBefore: firstWins(ls.flatMap((l) => l.relationBefore)),
    relationAfter: firstWins(ls.flatMap((l) => l.relationAfter)),
    dateRangeSeparators: separators(ls.flatMap((l) => l.dateRangePairs)),

    futureWords: norms(ls, (l) => l.futureWords),
    pastWords: norms(ls, (l) => l.pastWords),
    pastAsWritten: words(ls, (l) => l.pastAsWritten, true),
    futureEndings: [...norms(ls, (l) => l.futureEndings)],
    notFuture: norms(ls, (l) => l.notFuture),
    pastEndings: [...norms(ls, (l) => l.pastEndings)],
    notPast: norms(ls, (l) => l.notPast),
    pastAuxiliaries: norms(ls, (l) => l.pastAuxiliaries),
    // As written: "entré" is a participle, "entre" a preposition.
    auxiliaryParticipleEndings: ls.flatMap((l) => l.auxiliaryParticipleEndings.split(/\s+/).filter(Boolean)),
    auxiliaryParticiples: norms(ls, (l) => l.auxiliaryParticiples),
    intentionVerbs: norms(ls, (l) => l.intentionVerbs),
    intentionLinks: words(ls, (l) => l.intentionLinks, true),

    streetWordsAfter: norms(ls, (l) => l.streetWordsAfter),
    streetWordsLast: norms(ls, (l) => l.streetWordsLast),
    streetNumberSuffixes: norms(ls, (l) => l.streetNumberSuffixes),
    references: norms(ls, (l) => l.references),
    abbreviatedReferences: norms(ls, (l) => l.abbreviatedReferences),
    clockWords: norms(ls, (l) => l.clockWords),
    clockWordsAfterPreposition: norms(ls, (l) => l.clockWordsAfterPreposition),
    timePrepositions: words(ls, (l) => l.timePrepositions),
    clockPhrases: trie(ls, (l) => flagged(l.clockPhrases)),
    capitalisedOk: makeNormSet([
      ...ls.map((l) => `${l.capitalisedOk} ${l.functionWords} ${l.articles} ${l.definiteArticles}`),
      CURRENCY_CODES.join(" "),
    ]),
    capitalisedNouns: ls.every((l) => l.capitalisedNouns),
    readingTimeWords: norms(ls, (l) => l.readingTimeWords),
    furnitureNouns: norms(ls, (l) => l.furnitureNouns),
    calendarWords: makeNormSet(
      ls.map(
        (l) =>
          `${l.months.join(" ")} ${l.weekdays.join(" ")} ${l.monthAbbreviations.map(([w]) => w).join(" ")} ` +
          `${l.weekdayAbbreviations.map(([w]) => w).join(" ")} ${l.yearContext} ${l.periodParts.map(([w]) => w).join(" ")}`,
      ),
    ),
  };
}
