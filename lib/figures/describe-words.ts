// The words of value descriptions in each interface language. Numbers, dates and plurals come from
// Intl; these are the phrases around them ("plus de", "environ") and the names of units and of
// counted things.
import type { UiLocale } from "@/lib/i18n/locales";
import type { TimeUnit } from "./locales/lexicon";

type Forms = [one: string, many: string];

export type DescribeWords = {
  /** Intl locale for numbers and dates: British day-month order in English. */
  intl: string;
  atLeast: string;
  moreThan: string;
  upTo: string;
  fewer: string;
  less: string;
  between: string;
  and: string;
  about: string;
  nearly: string;
  several: string;
  aFew: string;
  /** "at least 200 and less than 300": between words when the ends differ in inclusion. */
  andLess: string;
  /** Small numbers spelled out (0-12), and "one" as said before a feminine unit (French "une"). */
  small: string[];
  oneFeminine?: string;
  /** "un an et demi", "a year and a half". */
  andAHalf: (unitPhrase: string) => string;
  /** "deux ans et demi", "two and a half years". */
  nAndAHalf: (n: string, unitMany: string, unitOne: string) => string;
  /** Article for one unit: "a decade", "an hour"; French uses the number "un"/"une". */
  oneUnit: (unit: TimeUnit, word: string) => string;
  timeUnits: Record<TimeUnit, Forms>;
  feminineUnits: ReadonlySet<TimeUnit>;
  days: Forms;
  /** Vague plurals [2U, 10U) and [2U, 6U) of counts: [several, a few], and whether a noun after needs "of". */
  vagueCounts: Record<number, [string, string, boolean]>;
  /** "of"/"de" before a counted noun. */
  linkCounted: (phrase: string, counted: string) => string;
  /** A phrase before what it qualifies: "plus de" + "une semaine" is "plus d'une semaine" in French. */
  join: (phrase: string, rest: string) => string;
  decade: (year: number) => string;
  partOfDecade: Record<"early" | "mid" | "late", (decade: number) => string>;
  partOfMonth: Record<"early" | "mid" | "late", (month: string, year: number) => string>;
  partOfYear: Record<"early" | "mid" | "late", (year: number) => string>;
  dash: string;
  /** "1er" in French for the first of a month. */
  dayNumber: (d: number) => string;
  yearRange: (a: number, b: number) => string;
  monthRange: (a: string, b: string) => string;
  dayRange: (a: string, b: string) => string;
  /** Currencies named in words, with the linked form after a scale word ("millions d'euros"). */
  currencies: Record<string, { symbol?: string; name?: Forms }>;
};

/** French "de" before a vowel ("d'une heure", "d'un an"), but not before "onze" or an aspirated h ("de huit"). */
const joinFrench = (phrase: string, rest: string): string =>
  /(^|\s)de$/.test(phrase) && /^[aeéèêiîoôuû]/i.test(rest) && !/^onz/i.test(rest)
    ? `${phrase.slice(0, -2)}d'${rest}`
    : `${phrase} ${rest}`;

const elide = (counted: string): string => (/^[aeéèêiîoôuûhy]/i.test(counted) ? `d'${counted}` : `de ${counted}`);

const en: DescribeWords = {
  intl: "en-GB",
  atLeast: "at least",
  moreThan: "more than",
  upTo: "up to",
  fewer: "fewer than",
  less: "less than",
  between: "between",
  and: "and",
  about: "about",
  nearly: "nearly",
  several: "several",
  aFew: "a few",
  andLess: "and less than",
  small: "zero one two three four five six seven eight nine ten eleven twelve".split(" "),
  andAHalf: (unit) => `${unit} and a half`,
  nAndAHalf: (n, many) => `${n} and a half ${many}`,
  oneUnit: (unit, word) => `${unit === "hour" ? "an" : "a"} ${word}`,
  timeUnits: {
    minute: ["minute", "minutes"],
    hour: ["hour", "hours"],
    day: ["day", "days"],
    week: ["week", "weeks"],
    month: ["month", "months"],
    year: ["year", "years"],
    decade: ["decade", "decades"],
    century: ["century", "centuries"],
  },
  feminineUnits: new Set(),
  days: ["day", "days"],
  vagueCounts: {
    10: ["dozens", "a few dozen", true],
    12: ["dozens", "a few dozen", true],
    20: ["scores", "a few score", true],
    100: ["several hundred", "a few hundred", false],
    1000: ["several thousand", "a few thousand", false],
    10000: ["tens of thousands", "tens of thousands", true],
    100000: ["hundreds of thousands", "a few hundred thousand", true],
    1000000: ["several million", "a few million", false],
  },
  linkCounted: (phrase, counted) => `${phrase} of ${counted}`,
  join: (phrase, rest) => `${phrase} ${rest}`,
  decade: (year) => `the ${year}s`,
  partOfDecade: {
    early: (d) => `the early ${d}s`,
    mid: (d) => `the mid ${d}s`,
    late: (d) => `the late ${d}s`,
  },
  partOfMonth: {
    early: (m, y) => `early ${m} ${y}`,
    mid: (m, y) => `mid ${m} ${y}`,
    late: (m, y) => `late ${m} ${y}`,
  },
  partOfYear: { early: (y) => `early ${y}`, mid: (y) => `mid ${y}`, late: (y) => `late ${y}` },
  dash: "–",
  dayNumber: (d) => String(d),
  yearRange: (a, b) => `${a}–${b}`,
  monthRange: (a, b) => `${a} to ${b}`,
  dayRange: (a, b) => `${a} to ${b}`,
  currencies: {
    EUR: { symbol: "€" },
    USD: { symbol: "$" },
    GBP: { symbol: "£" },
    RUB: { name: ["rouble", "roubles"] },
    AMD: { name: ["dram", "drams"] },
    AZN: { name: ["manat", "manats"] },
    CHF: { name: ["Swiss franc", "Swiss francs"] },
    XOF: { name: ["CFA franc", "CFA francs"] },
    XAF: { name: ["CFA franc", "CFA francs"] },
  },
};

const fr: DescribeWords = {
  intl: "fr",
  atLeast: "au moins",
  moreThan: "plus de",
  upTo: "jusqu'à",
  fewer: "moins de",
  less: "moins de",
  between: "entre",
  and: "et",
  about: "environ",
  nearly: "près de",
  several: "plusieurs",
  aFew: "quelques",
  andLess: "et moins de",
  small: "zéro un deux trois quatre cinq six sept huit neuf dix onze douze".split(" "),
  oneFeminine: "une",
  andAHalf: (unit) => `${unit} et demi${/^une /.test(unit) ? "e" : ""}`,
  nAndAHalf: (n, many, one) => `${n} ${many} et demi${/e$/.test(one) ? "e" : ""}`,
  oneUnit: (unit, word) =>
    `${unit === "minute" || unit === "hour" || unit === "week" || unit === "decade" ? "une" : "un"} ${word}`,
  timeUnits: {
    minute: ["minute", "minutes"],
    hour: ["heure", "heures"],
    day: ["jour", "jours"],
    week: ["semaine", "semaines"],
    month: ["mois", "mois"],
    year: ["an", "ans"],
    decade: ["décennie", "décennies"],
    century: ["siècle", "siècles"],
  },
  feminineUnits: new Set<TimeUnit>(["minute", "hour", "week", "decade"]),
  days: ["jour", "jours"],
  vagueCounts: {
    10: ["des dizaines", "quelques dizaines", true],
    12: ["des douzaines", "quelques douzaines", true],
    20: ["des vingtaines", "quelques vingtaines", true],
    100: ["plusieurs centaines", "quelques centaines", true],
    1000: ["plusieurs milliers", "quelques milliers", true],
    10000: ["des dizaines de milliers", "quelques dizaines de milliers", true],
    100000: ["des centaines de milliers", "quelques centaines de milliers", true],
    1000000: ["plusieurs millions", "quelques millions", true],
  },
  linkCounted: (phrase, counted) => `${phrase} ${elide(counted)}`,
  join: joinFrench,
  decade: (year) => `les années ${year}`,
  partOfDecade: {
    early: (d) => `le début des années ${d}`,
    mid: (d) => `le milieu des années ${d}`,
    late: (d) => `la fin des années ${d}`,
  },
  partOfMonth: {
    early: (m, y) => `début ${m} ${y}`,
    mid: (m, y) => `mi-${m} ${y}`,
    late: (m, y) => `fin ${m} ${y}`,
  },
  partOfYear: { early: (y) => `début ${y}`, mid: (y) => `mi-${y}`, late: (y) => `fin ${y}` },
  dash: "-",
  dayNumber: (d) => (d === 1 ? "1er" : String(d)),
  yearRange: (a, b) => `de ${a} à ${b}`,
  monthRange: (a, b) => `de ${a} à ${b}`,
  dayRange: (a, b) => `du ${a} au ${b}`,
  currencies: {
    EUR: { name: ["euro", "euros"] },
    USD: { name: ["dollar", "dollars"] },
    GBP: { name: ["livre sterling", "livres sterling"] },
    RUB: { name: ["rouble", "roubles"] },
    AMD: { name: ["dram", "drams"] },
    AZN: { name: ["manat", "manats"] },
    CHF: { name: ["franc suisse", "francs suisses"] },
    XOF: { name: ["franc CFA", "francs CFA"] },
    XAF: { name: ["franc CFA", "francs CFA"] },
  },
};

export const DESCRIBE_WORDS: Readonly<Record<UiLocale, DescribeWords>> = { en, fr };
