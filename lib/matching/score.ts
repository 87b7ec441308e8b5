import { fold } from "@/lib/aliases/fold";
import type { ClaimValue, Kind } from "@/lib/claims/value";
import { compareCounted } from "@/lib/discrepancies/counted-scope";
import { kindsCompatible } from "@/lib/facts/kinds";
import { contentWords } from "@/lib/facts/words";
import { classifyCounted, extractFigures, toEpochDay } from "@/lib/figures";
import { isLocale } from "@/lib/i18n/locales";
import { LEXICONS } from "@/lib/figures/locales";
import { place } from "@/lib/places";
import {
  clauseNames,
  datesAStatement,
  isMeasure,
  isPart,
  isRunningTotal,
  isYearToDate,
  nearestYear,
  outcomeOf,
  outcomesIn,
  shareOf,
  type Neighbourhood,
} from "./clause";
import { conceptsOf, EVENTS, eventsMeet, MEASURES, SHARES, STATEMENTS } from "./domain-words";
import {
  placeReason,
  placeWords,
  readFactPlaces,
  readFigurePlaces,
  sharePlace,
  toldPlaceWords,
  type FactPlaces,
  type FigurePlaces,
} from "./places";
import { dateOf, daySpan, MOMENTS, nearestDay, type DaySpan, type EventDay } from "./event-day";
import weights from "./reason-weights.json";

// How well a figure found in a new article fits an existing fact: points for
// each thing that says "the same quantity about the same thing at the same
// moment" (kind, counted thing, time, value, entities, words in either
// language) and against each that says otherwise. Pure: the caller loads the
// candidates (candidates.ts) and the entities each text names (lib/aliases).
// Reasons are codes with numbers, put into words by the inbox's catalog.

export type MatchFigure = {
  value: ClaimValue;
  /** The sentence holding the figure. */
  sentence: string;
  /** The sentence cut around the figure (what is before it, what is after): its own outcome and year. */
  near?: Neighbourhood;
  /** The day (or few days) it is about (event-day.ts): told by its sentence, or only the story's (epoch days). */
  when?: EventDay | DaySpan | null;
  /** The article's title and first paragraph: what the story is about when the sentence does not say. */
  context: string;
  language: string;
  /** ISO day. */
  publishedAt: string;
  /** Entity ids named in the sentence, and in the context. */
  entities: string[];
  contextEntities: string[];
};

export type { DaySpan, EventDay } from "./event-day";
export { nearestDay } from "./event-day";

export type CandidateClaim = {
  value: Pick<ClaimValue, "kind" | "lower" | "upper" | "unit" | "counted" | "countedKey">;
  quote: string;
  /** The figure as written in the quote, to read the words around it. */
  figure?: string;
  language: string;
  publishedAt: string;
  asOf: string | null;
};

export type MatchCandidate = {
  id: string;
  label: string;
  kind: Kind;
  countedKey: string | null;
  claims: CandidateClaim[];
  /** Entity ids named in the label and the claims' quotes. */
  entities: string[];
  /** The story its one claim comes from (title and lead), for a fact not made yet: a figure of another new article. */
  context?: string;
  /** For such a figure, the names of its own clause (ownNames): its place or party, as a label's names are a fact's. */
  names?: string[];
};

export type ReasonCode =
  | "sameCounted"
  | "partCounted"
  | "otherCounted"
  | "sameOutcome"
  | "otherOutcome"
  | "partOfWhole"
  | "statementDate"
  | "sameYear"
  | "otherYear"
  | "nearInTime"
  | "sameSeason"
  | "farInTime"
  | "valuesMeet"
  | "valuesClose"
  | "valuesFar"
  | "otherUnit"
  | "datesMeet"
  | "datesClose"
  | "datesFar"
  | "sharedEntities"
  | "storyEntities"
  | "otherEntities"
  | "sharedConcepts"
  | "sharedWords"
  | "storyConcepts"
  | "storyWords"
  | "missingNames"
  | "sameDay"
  | "otherDay"
  | "noSharedName"
  | "sameScope"
  | "otherScope"
  | "datesWithin"
  | "valuesSame"
  | "noOutcome"
  | "offTopic"
  | "otherStory"
  // Places (places.ts): the same place, a part of the fact's, the whole of it, another place.
  | "placeSame"
  | "placePart"
  | "placeWhole"
  | "placeOther"
  | "otherMoment"
  | "otherEvent"
  | "sameEvent";

export type Reason = { code: ReasonCode; points: number; detail?: string };
/** `reasons` carry weighted points (they add up to the score); `raw`, the points before weighing. */
export type MatchScore = { factId: string; score: number; reasons: Reason[]; raw?: Reason[] };

/**
 * How much each reason counts: a factor on its points, the same for a figure against an existing
 * fact and against another article's figure (a new fact). Fitted on the benchmark's tuning part
 * (bench/matching/fit-weights.ts); a code it does not list counts as written.
 */
export type ReasonWeights = Partial<Record<ReasonCode, number>>;
export const REASON_WEIGHTS: ReasonWeights = weights;

/** Counted classes that say what happened to people (the wounded, the displaced), not who they are. */
const OUTCOME_CLASSES: ReadonlySet<string> = new Set(["wounded", "displaced", "refugees"]);

/**
 * Whether two counted nouns without a class name the same thing, in any language of the glossary:
 * "pompiers" and "firefighters" share a concept, "avions" and "départements" none.
 */
export function nounsMeet(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const ca = nounConcepts(a);
  if (ca.size === 0) return false;
  for (const c of nounConcepts(b)) if (ca.has(c)) return true;
  return false;
}

/** Counted nouns recur across thousands of facts: their concepts and classes, read once each. */
const NOUN_CONCEPTS = new Map<string, Set<string>>();
const NOUN_CLASSES = new Map<string, string | null>();
const KEPT_NOUNS = 20_000;
function nounConcepts(noun: string): Set<string> {
  let c = NOUN_CONCEPTS.get(noun);
  if (!c) {
    if (NOUN_CONCEPTS.size >= KEPT_NOUNS) NOUN_CONCEPTS.clear();
    c = conceptsOf(noun);
    NOUN_CONCEPTS.set(noun, c);
  }
  return c;
}
function classOf(noun: string): string | null {
  let k = NOUN_CLASSES.get(noun);
  if (k === undefined) {
    if (NOUN_CLASSES.size >= KEPT_NOUNS) NOUN_CLASSES.clear();
    k = classifyCounted(noun);
    NOUN_CLASSES.set(noun, k);
  }
  return k;
}

/** Proposals start here: a fact must be backed by several independent signs, not one. */
export const PROPOSAL_THRESHOLD = 4.5;

/** Reasons that say what a figure is about (rather than what it counts, its value or its time). */
const TOPICAL: ReadonlySet<ReasonCode> = new Set(["sharedEntities", "sharedConcepts", "sharedWords"]);
export const MIN_TOPICAL = 1.2;
/** What the story (title and lead) says the figure is about: topical for a count of the fact's outcome. */
const STORY_TOPICAL: ReadonlySet<ReasonCode> = new Set(["storyEntities", "storyConcepts", "storyWords"]);
/** A part ("seven of them") whose clause names a place within the fact's: as strong as two parts side by side. */
const PART_IN_PLACE = -3;

/** Capitalised words of a label past its first word (names: places, people, bodies), as contentWords folds them. */
function namesIn(label: string): string[] {
  const out: string[] = [];
  const tokens = label.split(/[\s'’(),:;«»"]+/u).filter(Boolean);
  for (const [i, token] of tokens.entries()) {
    if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(token)) continue;
    out.push(...contentWords(token));
  }
  return [...new Set(out)];
}

/**
 * Pairs of names a text joins with "and", "et" or "&" ("Norway and Sweden", "la Savoie et l'Isère"),
 * as contentWords folds them: a count of the two places together is neither place's own.
 */
export function joinedNames(text: string): [string, string][] {
  const out: [string, string][] = [];
  const JOINED = /(\p{Lu}[\p{L}-]*)\s+(?:and|et|&)\s+(?:(?:the|la|le|les)\s+|l['’])?(?=(\p{Lu}[\p{L}-]*))/gu;
  for (const m of text.matchAll(JOINED)) {
    const [a] = contentWords(m[1] as string);
    const [b] = contentWords(m[2] as string);
    if (a && b && a !== b) out.push([a, b]);
  }
  return out;
}

/** Month and day names: capitalised in English, yet no name of a place or a person. */
const CALENDAR = new Set(
  Object.values(LEXICONS)
    .flatMap((l) => [...l.months, ...l.weekdays])
    .flatMap((w) => [...contentWords(w)]),
);

/**
 * The names a text gives (places, people, bodies, events): its capitalised
 * words that do not open a sentence, as contentWords folds them, without
 * month and day names. "Hélia" and "Helia", "Crète" and "Crete" meet.
 */
export function properNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of nameWords(text)) for (const w of contentWords(word)) out.add(w);
  return out;
}

/** The same names as written (for a text search, which stems words its own way). */
export function nameWords(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    let opening = true;
    for (const token of line.split(/\s+/u)) {
      if (token.length === 0) continue;
      const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
      if (!opening && /^\p{Lu}/u.test(word) && [...contentWords(word)].some((w) => !CALENDAR.has(w))) out.push(word);
      opening = /[.!?:«»"“”—–]$/u.test(token) || /^[«"“—–-]$/u.test(token);
    }
  }
  return out;
}

/** The names of a figure's own clause ("nine of them in the Gard"), folded, without month and day names. */
/**
 * A superlative after the figure names the set it ranks in, not where it was counted: "a turnout of
 * 48 %, the highest in the region", "12 morts, le plus lourd bilan de France depuis 2003".
 */
const RANKED_IN =
  /,\s*(?:(?:the|its)\s+(?:\p{L}+est|most|least|largest|biggest|worst|best)\b|(?:la|le|les)\s+(?:plus|moins|pire|meilleure?s?)\b)/iu;
const beforeRanking = (near: Neighbourhood): Neighbourhood => {
  const at = near.after.search(RANKED_IN);
  return at < 0 ? near : { before: near.before, after: near.after.slice(0, at) };
};

export function ownNames(near: Neighbourhood, sentence: string): string[] {
  return [
    ...new Set(
      clauseNames(beforeRanking(near), sentence.startsWith(near.before))
        .flatMap((w) => [...contentWords(w)])
        .filter((w) => !CALENDAR.has(w)),
    ),
  ];
}

/**
 * The concepts that say what a duration is of: its clause's, but the words of lasting themselves
 * ("lasted", "a duré") and of its ends ("collapsed within hours", "a mis fin à trois décennies").
 */
const lastingOf = (text: string): Set<string> => {
  const out = conceptsOf(text);
  out.delete("duration");
  for (const m of MOMENTS) out.delete(m);
  return out;
};

/** What the scorer reads from a fact's texts, once per fact (a figure meets hundreds of facts). */
type FactReading = {
  years: Set<number>;
  /** Years its label names: the editor's own word for when the fact is. */
  labelYears: Set<number>;
  /** Years its claims' quotes name. */
  quoteYears: Set<number>;
  /** What happened to what it counts (its label's outcomes, else its claims'). */
  outcomes: Set<string>;
  /** What its percentages are shares of (turnout, the yes…). */
  shares: Set<string>;
  /** A fact about something said (its label names a statement): a date of saying may be its own. */
  aboutStatement: boolean;
  /** A count fact whose claims read a scale ("magnitude 6.4"), not a number of things. */
  measure: boolean;
  /** A count fact of the year so far ("depuis le 1er janvier"), not of one event. */
  yearToDate: boolean;
  concepts: Set<string>;
  labelConcepts: Set<string>;
  words: Set<string>;
  names: string[];
  /** Names its label joins ("Norway and Sweden combined"): its count is of both together. */
  joined: [string, string][];
  /** Every name its label, quotes and story give. */
  properNames: Set<string>;
  /** The places it is about (places.ts). */
  places: FactPlaces;
  /** The kinds of happening its label, quotes and story name (a storm, a shipwreck): what its story is. */
  events: Set<string>;
};
const factReadings = new WeakMap<MatchCandidate, FactReading>();
function readFact(fact: MatchCandidate): FactReading {
  let r = factReadings.get(fact);
  if (!r) {
    const text = [fact.label, ...fact.claims.map((c) => c.quote)].join(" \n ");
    const years = yearsIn(text);
    for (const c of fact.claims) years.add(Number((c.asOf ?? c.publishedAt).slice(0, 4)));
    const labelOutcomes = outcomesIn(fact.label);
    const claimOutcomes = new Set<string>();
    if (fact.kind === "count" && labelOutcomes.size === 0) {
      for (const c of fact.claims) {
        const near = aroundIn(c.quote, c.figure);
        const o = outcomeOf(c.value.counted, near ?? { before: c.quote, after: "" });
        if (o) claimOutcomes.add(o);
      }
    }
    const labelShares = outcomesIn(fact.label, SHARES);
    const claimShares = new Set<string>();
    if (fact.kind === "percentage" && labelShares.size === 0) {
      for (const c of fact.claims) {
        const o = shareOf(aroundIn(c.quote, c.figure) ?? { before: c.quote, after: "" });
        if (o) claimShares.add(o);
      }
    }
    const labelConcepts = conceptsOf(fact.label);
    r = {
      shares: labelShares.size > 0 ? labelShares : claimShares,
      years,
      labelYears: yearsIn(fact.label),
      quoteYears: yearsIn(fact.claims.map((c) => c.quote).join(" \n ")),
      outcomes: labelOutcomes.size > 0 ? labelOutcomes : claimOutcomes,
      aboutStatement: outcomesIn(fact.label, STATEMENTS).size > 0,
      measure:
        fact.kind === "count" &&
        (fact.claims.length > 0
          ? fact.claims.some((c) => {
              const near = aroundIn(c.quote, c.figure);
              return near !== null && isMeasure(near);
            })
          : outcomesIn(fact.label, MEASURES).size > 0),
      yearToDate:
        fact.kind === "count" &&
        fact.claims.some((c) => {
          const near = aroundIn(c.quote, c.figure);
          return near !== null && isYearToDate(near);
        }),
      concepts: conceptsOf(text),
      events: eventsIn(conceptsOf(fact.context ? `${text}\n${fact.context}` : text)),
      labelConcepts,
      words: contentWords(fact.context ? `${text} \n ${fact.context}` : text),
      names: fact.names ?? namesIn(fact.label),
      joined: joinedNames(fact.label),
      properNames: properNames(fact.context ? `${text}\n${fact.context}` : text),
      places: readFactPlaces(
        fact.label,
        fact.claims.map((c) => c.quote),
        fact.context,
      ),
    };
    factReadings.set(fact, r);
  }
  return r;
}

/**
 * For a date fact, what its dates are of: its label's concepts and those of its claims' own clauses.
 * Read only for a date figure whose clause says what it is of, once per fact.
 */
const factDateOfCache = new WeakMap<MatchCandidate, Set<string>>();
function factDateOf(fact: MatchCandidate): Set<string> {
  let out = factDateOfCache.get(fact);
  if (!out) {
    out = new Set([
      ...readFact(fact).labelConcepts,
      ...fact.claims.flatMap((c) => [
        ...dateOf(aroundIn(c.quote, c.figure) ?? { before: c.quote, after: "" }, conceptsOf),
      ]),
    ]);
    factDateOfCache.set(fact, out);
  }
  return out;
}

/** The same for a figure's sentence and story, once per figure. */
type FigureReading = {
  years: Set<number>;
  /** The year named nearest the figure in its sentence. */
  year: number | null;
  /** What happened to what it counts, from the words around it. */
  outcome: string | null;
  /** How sure the count is (cases confirmed or only suspected), from its own clause. */
  certainty: "confirmed" | "unconfirmed" | null;
  /** A count kept over a period, not a headcount of one day: a running toll, a number of truces. */
  tally: boolean;
  /** What a percentage is a share of. */
  share: string | null;
  /** Every outcome its sentence names (a part's "of them" leaves its own clause without one). */
  sentenceOutcomes: Set<string>;
  /** Given as a part of a count just before it ("dont 8", "including two children"). */
  part: boolean;
  /** A reading on a scale ("magnitude 6.4"): counts nothing. */
  measure: boolean;
  /** A tally of the year so far ("64 morts depuis janvier"). */
  yearToDate: boolean;
  /** A date that says when something was said ("said on Monday"). */
  statementDate: boolean;
  /** For a date, what it is the date of: the concepts of its own clause ("erupted on 27 September": a start, a war). */
  dateOf: Set<string>;
  concepts: Set<string>;
  storyConcepts: Set<string>;
  words: Set<string>;
  storyWords: Set<string>;
  told: Set<string>;
  /** The names its sentence and its story give. */
  properNames: Set<string>;
  /** The names its sentence alone gives. */
  sentenceNames: Set<string>;
  /** The names of its own clause ("nine of them in the Gard"), folded: the place or party it is about. */
  clauseNames: string[];
  /** Names its sentence joins ("en Savoie et en Isère"), both in its own clause. */
  joined: [string, string][];
  /** The places its clause, sentence and story name (places.ts). */
  places: FigurePlaces;
  /** The kinds of happening its sentence and story name. */
  events: Set<string>;
};
/**
 * Classes of things a count tallies over a period, not a headcount of one day: truces and agreements
 * ("three ceasefires since October") are counted over the weeks they were signed, so the day the
 * sentence names (the latest one) is no other day of the fact.
 */
const TALLIED_CLASSES: ReadonlySet<string> = new Set(["ceasefires", "agreements"]);
/**
 * How sure a count of cases is, as epidemiologists tell them apart: cases confirmed (by a laboratory)
 * against cases suspected, probable, clinical or estimated. Two counts of one outbreak with different
 * certainties are two facts ("1 200 confirmed cases, some 8 000 suspected"). Null when the text says
 * neither, or both.
 */
const CONFIRMED = /\b(?:confirm\w*|laborator\w*|biologiq\w*)/u;
const UNCONFIRMED = /\b(?:suspect\w*|probabl\w*|clinic\w*|cliniq\w*|evocat\w*|estimat\w*|presum\w*)/u;
export function certaintyOf(text: string): "confirmed" | "unconfirmed" | null {
  const t = fold(text);
  const c = CONFIRMED.test(t);
  const u = UNCONFIRMED.test(t);
  return c === u ? null : c ? "confirmed" : "unconfirmed";
}
/** The figure's own clause around it (to its commas), where a count's certainty is said. */
function clauseAround(near: Neighbourhood): string {
  const before = near.before.split(/[,;:.!?()«»"—–]/u).pop() ?? "";
  const after = near.after.split(/[,;:.!?()«»"—–]/u)[0] ?? "";
  return `${before} ${after}`;
}

const figureReadings = new WeakMap<MatchFigure, FigureReading>();
function readFigure(figure: MatchFigure): FigureReading {
  let r = figureReadings.get(figure);
  if (!r) {
    const near = figure.near ?? { before: figure.sentence, after: "" };
    const isCount = figure.value.kind === "count";
    const own = ownNames(near, figure.sentence);
    r = {
      years: yearsIn(figure.sentence),
      year: isDate(figure.value.kind) ? null : nearestYear(near, Number(figure.publishedAt.slice(0, 4))),
      outcome: isCount ? outcomeOf(figure.value.counted, near) : null,
      sentenceOutcomes: isCount ? outcomesIn(figure.sentence) : new Set<string>(),
      share: figure.value.kind === "percentage" ? shareOf(near) : null,
      part: isCount && isPart(near),
      measure: isCount && isMeasure(near),
      yearToDate: isCount && isYearToDate(near),
      certainty: isCount ? certaintyOf(clauseAround(near)) : null,
      tally:
        isCount &&
        (isRunningTotal(near) || (figure.value.countedKey !== null && TALLIED_CLASSES.has(figure.value.countedKey))),
      statementDate: isDate(figure.value.kind) && datesAStatement(near),
      dateOf: isDate(figure.value.kind)
        ? dateOf(near, conceptsOf)
        : figure.value.kind === "duration"
          ? dateOf(near, lastingOf, { afterOnlyOf: true })
          : new Set<string>(),
      concepts: conceptsOf(figure.sentence),
      storyConcepts: conceptsOf(figure.context),
      words: contentWords(figure.sentence),
      storyWords: contentWords(figure.context),
      told: contentWords(`${figure.sentence} ${figure.context}`),
      properNames: properNames(`${figure.context}\n${figure.sentence}`),
      sentenceNames: properNames(figure.sentence),
      clauseNames: own,
      joined: joinedNames(figure.sentence).filter(([a, b]) => own.includes(a) && own.includes(b)),
      places: readFigurePlaces(figure.sentence, figure.near, figure.context),
      events: eventsIn(conceptsOf(`${figure.context}\n${figure.sentence}`)),
    };
    figureReadings.set(figure, r);
  }
  return r;
}

/**
 * The days a fact's claims are tied to: their as-of days, the days its label
 * names, else the date written nearest each claim's figure in its quote. Read
 * only for a figure that names its own day, once per fact.
 */
const factDayCache = new WeakMap<MatchCandidate, DaySpan[]>();
/** Month names, folded, of every lexicon: a label names a day only with one of them beside a number. */
const MONTHS = [...new Set(Object.values(LEXICONS).flatMap((l) => l.months.map((m) => fold(m))))]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
const DAY_OF_MONTH = new RegExp(
  `\\d(?:er|st|nd|rd|th)?\\.?\\s+(?:${MONTHS})|(?:${MONTHS})\\.?\\s+\\d{1,2}(?!\\d)|\\d{4}-\\d\\d-\\d\\d`,
  "u",
);

/** The days a fact's label names (the editor's own word that it is of one day), once per fact. */
const labelDayCache = new WeakMap<MatchCandidate, DaySpan[]>();
function labelDays(fact: MatchCandidate): DaySpan[] {
  let days = labelDayCache.get(fact);
  if (days) return days;
  const first = fact.claims[0];
  const lang = first && isLocale(first.language) ? first.language : undefined;
  days = [];
  // A label that names no day of a month ("People killed in the 2020 war") needs no reading.
  if (DAY_OF_MONTH.test(fold(fact.label)))
    for (const f of extractFigures(fact.label, { lang, publishedAt: first?.publishedAt })) {
      const d = f.value.kind === "date" || f.value.kind === "date_range" ? daySpan(f.value) : null;
      if (d) days.push(d);
    }
  labelDayCache.set(fact, days);
  return days;
}

function factDays(fact: MatchCandidate): DaySpan[] {
  let days = factDayCache.get(fact);
  if (days) return days;
  days = [];
  for (const c of fact.claims) {
    if (c.asOf) days.push({ lower: toEpochDay(c.asOf), upper: toEpochDay(c.asOf) });
  }
  const first = fact.claims[0];
  if (days.length === 0 && first) {
    days.push(...labelDays(fact));
    if (days.length === 0) {
      for (const c of fact.claims) {
        const cl = isLocale(c.language) ? c.language : undefined;
        const found = extractFigures(c.quote, { lang: cl, publishedAt: c.publishedAt });
        const own = found.find((f) => f.text === c.figure);
        const d = own ? nearestDay(found, own, c.quote) : null;
        if (d) days.push(d);
      }
    }
  }
  factDayCache.set(fact, days);
  return days;
}

/** The quote cut around the figure's first occurrence, or null when the figure is not found in it. */
function aroundIn(quote: string, figure: string | undefined): Neighbourhood | null {
  if (!figure) return null;
  const at = quote.indexOf(figure);
  return at < 0 ? null : { before: quote.slice(0, at), after: quote.slice(at + figure.length) };
}

/** Whether a figure's sentence or story names the narrower class a fact counts, beyond what its broader word names. */
function narrowTold(narrow: string | null, broad: string | null, gr: FigureReading): boolean {
  if (!narrow) return false;
  const wide = conceptsOf(broad ?? "");
  return [...conceptsOf(narrow)].some((c) => !wide.has(c) && (gr.concepts.has(c) || gr.storyConcepts.has(c)));
}

const eventsIn = (concepts: Set<string>): Set<string> => new Set([...concepts].filter((c) => EVENTS.has(c)));

/**
 * Whether a figure and a fact share a name of their story: an entity, a name that is no place
 * ("Hélia", "Minsk Group"), or a place below a country (a town, a department): two stories of one
 * country in the same weeks share that country and nothing else.
 */
function shareStoryName(gr: FigureReading, fr: FactReading, entities: number): boolean {
  if (entities > 0) return true;
  const placeNames = new Set([
    ...placeWords([...gr.places.clause, ...gr.places.sentence, ...gr.places.story]),
    ...placeWords([...fr.places.own, ...fr.places.quoted]),
    ...fr.places.labelWords.keys(),
  ]);
  for (const n of gr.properNames) if (fr.properNames.has(n) && !placeNames.has(n)) return true;
  for (const id of gr.places.ids) if (fr.places.ids.has(id) && place(id)?.kind !== "country") return true;
  return false;
}

const YEAR = /(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu;
const yearsIn = (text: string): Set<number> => new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])));

const mid = (v: { lower: number | null; upper: number | null }) =>
  v.lower !== null && v.upper !== null ? (v.lower + v.upper) / 2 : (v.lower ?? v.upper);

const isDate = (kind: Kind) => kind === "date" || kind === "date_range";

/**
 * Whether two intervals meet once a tenth of their size (rounding, "environ") is allowed. An open
 * end of an amount reaches twice its bound, no further: "more than 200" is consistent with 6,500,
 * yet no sign that it counts the same thing.
 */
function meet(a: CandidateClaim["value"], b: CandidateClaim["value"]): boolean {
  const slack = (v: CandidateClaim["value"]) => (isDate(v.kind) ? 0 : 0.1 * Math.abs(mid(v) ?? 0));
  const amount = (v: CandidateClaim["value"]) => !isDate(v.kind) && v.kind !== "percentage";
  const lo = (v: CandidateClaim["value"]) =>
    v.lower === null ? (amount(v) && v.upper !== null ? v.upper / 2 : -Infinity) : v.lower - slack(v);
  const hi = (v: CandidateClaim["value"]) =>
    v.upper === null ? (amount(v) && v.lower !== null && v.lower > 0 ? 2 * v.lower : Infinity) : v.upper + slack(v);
  return lo(a) <= hi(b) && lo(b) <= hi(a);
}

function sharedCount<T>(a: Iterable<T>, b: Set<T>): T[] {
  return [...new Set(a)].filter((x) => b.has(x));
}

export function scoreMatch(
  figure: MatchFigure,
  fact: MatchCandidate,
  weighting: ReasonWeights = REASON_WEIGHTS,
): MatchScore | null {
  const value = figure.value;
  if (!kindsCompatible(fact.kind, value.kind)) return null;
  const reasons: Reason[] = [];
  const add = (code: ReasonCode, points: number, detail?: string) =>
    reasons.push(detail === undefined ? { code, points } : { code, points, detail });

  const fr = readFact(fact);
  const gr = readFigure(figure);

  // What is counted: the same class, a part of it (a fact of its own, as a
  // rule), or something else altogether (never the same fact). What happened
  // to them first: the dead are never the injured, whatever the number.
  if (value.kind === "count") {
    // A reading on a scale (a magnitude) meets only a fact of such readings, never a number of people or things.
    if (gr.measure !== fr.measure) return null;
    // The year's tally so far ("64 morts depuis janvier") is never one event's toll, nor the reverse.
    if (gr.yearToDate !== fr.yearToDate) return null;
    let sameOutcome = false;
    if (gr.outcome && fr.outcomes.size > 0) {
      if (!fr.outcomes.has(gr.outcome)) return null;
      add("sameOutcome", 1, gr.outcome);
      sameOutcome = true;
    } else if (gr.outcome) {
      // The figure counts what happened to people (killed, evacuated); the fact, people as they are
      // (deployed, living in a town): rarely the same count.
      add("otherOutcome", -2.5, gr.outcome);
    } else if (fr.outcomes.size > 0 && ![...gr.sentenceOutcomes].some((o) => fr.outcomes.has(o))) {
      // The fact counts what happened to people (the dead); the figure's sentence says nothing of it.
      add("noOutcome", -2.5);
    }
    const factCounted = fact.countedKey
      ? { counted: null, countedKey: fact.countedKey }
      : (fact.claims.find((c) => c.value.countedKey || c.value.counted)?.value ?? null);
    if (factCounted && !value.counted && !value.countedKey) {
      // No noun after the number ("the toll has risen to eight", "porte à seize le nombre de
      // morts"): what happened to them says what is counted, the people it happened to, unless the
      // fact counts a narrower class of them (children, soldiers) the sentence does not name.
      if (sameOutcome) {
        const key = factCounted.countedKey ?? (factCounted.counted ? classOf(factCounted.counted) : null);
        if (key === null || key === "people" || OUTCOME_CLASSES.has(key)) add("sameCounted", 3, gr.outcome ?? "");
      }
    } else if (factCounted && (value.counted || value.countedKey)) {
      // What the fact's claims count, when they say: the editor's key may be broader than what outlets count.
      const claimScopes = fact.claims
        .filter((c) => c.value.countedKey)
        .map((c) => ({ scope: compareCounted(value, c.value), counted: c.value }));
      const byClaims =
        claimScopes.find((c) => c.scope.type === "same") ??
        claimScopes.find((c) => c.scope.type === "part") ??
        claimScopes[0];
      const against = byClaims?.counted ?? factCounted;
      const scope = byClaims?.scope ?? compareCounted(value, factCounted);
      if (scope.type === "unrelated") {
        if (value.countedKey && against.countedKey) return null;
        // Nouns no class holds, in either language, that name one thing: "pompiers" and
        // "firefighters", "emplois" and "jobs" (the glossary's concepts).
        if (nounsMeet(value.counted, against.counted)) add("sameCounted", 3, value.counted ?? "");
        // Nouns no class holds ("died", "victims") say nothing against the same outcome.
        else if (sameOutcome) add("sameCounted", 1.5, value.counted ?? value.countedKey ?? "");
        else add("otherCounted", -1.5, value.counted ?? value.countedKey ?? "");
      } else if (scope.type === "part") {
        // "nine people injured" is "9 blessés": people with the fact's outcome are its own class.
        // Not so a part of the population ("civilians killed" among "people killed"): another count.
        const broad = scope.narrow === "a" ? against.countedKey : value.countedKey;
        const narrow = scope.narrow === "a" ? value.countedKey : against.countedKey;
        if (sameOutcome && broad === "people" && narrow !== null && OUTCOME_CLASSES.has(narrow))
          add("sameCounted", 3, value.countedKey ?? value.counted ?? "");
        // Given as a part of a count ("including two children") and narrower than what the fact
        // counts: the figure says how many of them were children, never the fact's whole count.
        else if (gr.part && scope.narrow === "a") return null;
        // The figure counts everyone, the fact one class of them ("neuf morts" against the children
        // among them): a whole toll is never the count of one class of it. (Soldiers against
        // peacekeepers is a looser word for the same troops, left as a part; people against the
        // displaced or the wounded is a matter of their outcome, weighed above.)
        else if (scope.narrow === "b" && broad === "people" && !(narrow !== null && OUTCOME_CLASSES.has(narrow)))
          add("otherCounted", -1.5, value.countedKey ?? value.counted ?? "");
        // A looser word for the fact's narrower class in a story that names that class: "1 500
        // militaires" of a contingent the lead calls a peacekeeping force are the peacekeepers.
        else if (scope.narrow === "b" && narrowTold(narrow, broad, gr))
          add("sameCounted", 1.5, `${value.counted ?? value.countedKey ?? ""} / ${narrow}`);
        else add("partCounted", -1.5, value.countedKey ?? "");
      } else add("sameCounted", 3, value.countedKey ?? value.counted ?? "");
    }
  }

  // A share of something else (turnout against the yes) is another fact.
  if (value.kind === "percentage" && gr.share && fr.shares.size > 0) {
    if (!fr.shares.has(gr.share)) return null;
    add("sameOutcome", 1, gr.share);
  }

  // Confirmed cases against suspected or estimated ones: two counts of one outbreak.
  if (value.kind === "count" && gr.certainty) {
    const factCertainty = certaintyOf(fact.label);
    if (factCertainty === gr.certainty) add("sameCounted", 1.5, gr.certainty);
    else if (factCertainty) add("otherCounted", -3, gr.certainty);
  }

  // Money in another currency is another sum, whatever the number.
  if ((value.kind === "money" || value.kind === "quantity") && value.unit) {
    const units = new Set(fact.claims.map((c) => c.value.unit).filter(Boolean));
    if (units.size > 0 && !units.has(value.unit)) add("otherUnit", -3, value.unit);
  }

  // The value against the fact's claims.
  const m = mid(value);
  const mids = fact.claims.map((c) => mid(c.value)).filter((x): x is number => x !== null && Number.isFinite(x));
  if (m !== null && Number.isFinite(m) && mids.length > 0) {
    if (isDate(value.kind)) {
      const days = Math.min(...mids.map((x) => Math.abs(x - m)));
      // A year or a month against a fact of days only says the day could be in it ("the 2020 war");
      // a day a few days off is another day (another event of the story), weighed down, not up.
      const width = (v: CandidateClaim["value"]) =>
        v.lower === null || v.upper === null ? Infinity : v.upper - v.lower;
      const vaguer = width(value) > 27 && width(value) > 4 * Math.max(...fact.claims.map((c) => width(c.value)));
      // A day within a fact of a month or a year: the fact may hold it, a fact of that day more surely.
      const finer = width(value) <= 7 && fact.claims.every((c) => width(c.value) > 27);
      if (vaguer && fact.claims.some((c) => meet(c.value, value))) add("datesClose", -1, "0");
      else if (finer && fact.claims.some((c) => meet(c.value, value))) add("datesWithin", 2.5);
      else if (fact.claims.some((c) => meet(c.value, value)) || days <= 1)
        add("datesMeet", 4.5, String(Math.round(days)));
      else if (days <= 31) add("datesClose", -1, String(Math.round(days)));
      else add("datesFar", days <= 366 ? -2 : -5, String(Math.round(days)));
    } else if (value.kind === "percentage") {
      const gap = Math.min(...mids.map((x) => Math.abs(x - m)));
      if (fact.claims.some((c) => meet(c.value, value)) || gap <= 2) add("valuesMeet", 3);
      else if (gap <= 10) add("valuesClose", 0.5);
      else add("valuesFar", -2);
    } else {
      const ratio = Math.min(
        ...mids.map((x) => Math.max(Math.abs(x), 1) / Math.max(Math.abs(m), 1)).map((r) => Math.max(r, 1 / r)),
      );
      // A toll or a length printed later and larger is how a running count grows.
      const latest = Math.max(...fact.claims.map((c) => toEpochDay(c.asOf ?? c.publishedAt)));
      const grows =
        (value.kind === "count" || value.kind === "duration") &&
        toEpochDay(figure.publishedAt) > latest &&
        m > Math.max(...mids);
      if (fact.claims.some((c) => meet(c.value, value))) {
        add("valuesMeet", 3);
        // The very number again (not only one that rounding allows): facts of one story seldom share one.
        if (fact.claims.some((c) => c.value.lower === value.lower && c.value.upper === value.upper))
          add("valuesSame", 1);
      } else if (ratio <= 1.6) add("valuesClose", 1);
      else if (grows && ratio <= 20) add("valuesClose", 0);
      else if (ratio > 10) add("valuesFar", -3);
      else if (ratio > 3) add("valuesFar", -1.5);
    }
  }

  // A part given next to its whole ("11 morts, dont 8 dans le Gard") is a fact
  // of its own: never the fact whose claims count more than it.
  if (gr.part && m !== null && mids.length > 0 && mids.every((x) => x > 1.15 * m)) add("partOfWhole", -5);

  // The day the sentence ties the figure to, against its fact's days: a
  // headcount or a state of one day (protesters, homes without power) is
  // another fact on another day; a toll (an outcome) grows over days and stays one.
  if (!isDate(value.kind) && figure.when && !gr.tally) {
    const w = figure.when;
    const meets = (d: DaySpan) => d.lower - 1 <= w.upper && w.lower <= d.upper + 1;
    if ("by" in w && w.by === "story") {
      // A day only the story gives (its lead's, its publication's) says less than the sentence's own:
      // it weighs only against a fact its editor dated to one day ("Manifestants le 12 mars"), never
      // against a running tally read on some day (cases so far, firefighters engaged).
      if (!gr.outcome) {
        const days = labelDays(fact);
        if (days.length > 0 && !days.some(meets)) add("otherDay", -4, "story");
      }
    } else {
      const days = factDays(fact);
      if (days.length > 0) {
        if (days.some(meets)) add("sameDay", 1.5);
        else if (!gr.outcome) add("otherDay", -8);
      }
    }
  }

  // What a date is of, against what the fact's dates are of: the start of a war is not the end of
  // another ("erupted on 27 September" against "when the first war ended"), a signing not an outbreak;
  // "co-chaired since 1997" says when a chairmanship began, not the year of a treaty of the same story.
  if (isDate(value.kind) && gr.dateOf.size > 0) {
    const factOf = factDateOf(fact);
    const moments = [...gr.dateOf].filter((c) => MOMENTS.has(c));
    const factMoments = [...factOf].filter((c) => MOMENTS.has(c));
    const events = [...gr.dateOf].filter((c) => !MOMENTS.has(c));
    if (moments.length > 0 && factMoments.length > 0 && !moments.some((c) => factOf.has(c)))
      add("otherMoment", -4, moments.join(", "));
    else if (
      !moments.some((c) => factOf.has(c)) &&
      events.length > 0 &&
      fr.labelConcepts.size > 0 &&
      !events.some((c) => fr.concepts.has(c))
    )
      add("otherEvent", -2.5, events.join(", "));
  }

  // What lasts, against what the fact's label says lasts: "Cette guerre, qui avait duré 44 jours" is
  // the war's length, "trois décennies de contrôle" a control's, not a conflict's age.
  if (value.kind === "duration" && gr.dateOf.size > 0 && fr.labelConcepts.size > 0) {
    const shared = [...gr.dateOf].filter((c) => fr.labelConcepts.has(c));
    if (shared.length > 0) add("sameEvent", 1.5, shared.join(", "));
    else if (![...gr.dateOf].some((c) => fr.concepts.has(c))) add("otherEvent", -2.5, [...gr.dateOf].join(", "));
  }

  // A date of saying ("said on Monday") is not the date of what was said.
  if (gr.statementDate && !fr.aboutStatement) return null;

  // Time: the year the sentence ties to the figure against the year the
  // fact's label names (else its quotes, else its articles' years), else how
  // far apart the articles are. A date is its own time (its value above).
  if (!isDate(value.kind)) {
    const y = gr.year;
    const pubYear = Number(figure.publishedAt.slice(0, 4));
    const [factYears, against, weight] =
      fr.labelYears.size > 0
        ? [fr.labelYears, -5, 2]
        : fr.quoteYears.size > 0
          ? [fr.quoteYears, -4, 2]
          : [fr.years, -2, 1];
    if (y !== null) {
      if (factYears.has(y)) add("sameYear", weight, String(y));
      else add("otherYear", against, String(y));
    } else if (fr.labelYears.size > 0 && Math.min(...fr.labelYears) > pubYear) {
      add("otherYear", -5, String(pubYear)); // an article cannot count what had not happened
    } else if (fact.claims.length > 0) {
      const day = toEpochDay(figure.publishedAt);
      const gap = Math.min(...fact.claims.map((c) => Math.abs(toEpochDay(c.asOf ?? c.publishedAt) - day)));
      if (gap <= 45) add("nearInTime", 1.5, String(gap));
      else if (gap <= 400) add("sameSeason", gap <= 120 ? 0 : -2, String(gap));
      else add("farInTime", -1.5, String(gap));
    }
  }

  // Entities (through their aliases, found by the caller).
  const factEntities = new Set(fact.entities);
  const inSentence = sharedCount(figure.entities, factEntities);
  const inStory = sharedCount(figure.contextEntities, factEntities).filter((e) => !inSentence.includes(e));
  if (inSentence.length > 0) add("sharedEntities", Math.min(3, 1.5 * inSentence.length), String(inSentence.length));
  if (inStory.length > 0) add("storyEntities", Math.min(1.5, 0.75 * inStory.length), String(inStory.length));
  if (factEntities.size > 0 && inSentence.length === 0 && inStory.length === 0 && figure.entities.length > 0) {
    add("otherEntities", -2);
  }

  // Words: concepts in any language, then the words themselves (names, same language).
  const factConcepts = fr.concepts;
  const sentenceConcepts = gr.concepts;
  const concepts = sharedCount(sentenceConcepts, factConcepts);
  if (concepts.length > 0) add("sharedConcepts", Math.min(3, 1 * concepts.length), concepts.slice(0, 4).join(", "));
  const storyConcepts = sharedCount(gr.storyConcepts, fr.labelConcepts).filter((c) => !sentenceConcepts.has(c));
  if (storyConcepts.length > 0) add("storyConcepts", Math.min(1, 0.3 * storyConcepts.length));
  const factWords = fr.words;
  const sentenceWords = gr.words;
  const shared = [...sentenceWords].filter((w) => factWords.has(w));
  if (shared.length > 0) add("sharedWords", Math.min(3, 0.75 * shared.length), shared.slice(0, 4).join(", "));
  // The story's own words (names of the event, the place) in its title and lead.
  const storyShared = [...gr.storyWords].filter((w) => factWords.has(w) && !sentenceWords.has(w));
  if (storyShared.length > 0)
    add("storyWords", Math.min(2, 0.5 * storyShared.length), storyShared.slice(0, 4).join(", "));

  // The same event names the same places and people: when both sides name
  // some and none is shared (nor any entity), the figure is about another story.
  if (
    inSentence.length === 0 &&
    inStory.length === 0 &&
    fr.properNames.size > 0 &&
    gr.properNames.size > 0 &&
    ![...gr.properNames].some((n) => fr.properNames.has(n)) &&
    !sharePlace(gr.places, fr.places)
  )
    add("noSharedName", -3);

  // Which story each is of: a fact's is what its label and quotes tell happened (a storm), a figure's
  // what its story and sentence tell (a shipwreck). Two happenings of unrelated kinds with no name of
  // the story in common (beyond a country) are two stories: deaths in a sinking off the French coast
  // are not the storm's toll in France of the same weeks, however well the count fits.
  if (
    fr.events.size > 0 &&
    gr.events.size > 0 &&
    !eventsMeet(gr.events, fr.events) &&
    !shareStoryName(gr, fr, inSentence.length + inStory.length)
  )
    add("otherStory", -4, `${[...gr.events].slice(0, 2).join(", ")} / ${[...fr.events].slice(0, 2).join(", ")}`);

  // Places, under any spelling (places.ts): they speak for the names that spell them below.
  let place = placeReason(gr.places, fr.places);
  // A part given in apposition whose own clause names a place within the fact's ("nine dead, seven of
  // them in the Gard" against France's toll): the part's count, never the whole's.
  if (place?.code === "placePart" && gr.part && gr.places.clause.length > 0 && place.points > PART_IN_PLACE)
    place = { ...place, points: PART_IN_PLACE, detail: `${place.detail}, a part` };
  // Another place named where the figure's own clause says it happened ("trois dans l'Hérault"
  // against the Gard's toll): that place's count, whatever else fits.
  if (place?.code === "placeOther" && place.points <= -4 && gr.places.clause.some((m) => gr.places.locative.has(m)))
    return null;
  if (place) add(place.code, place.points, place.detail);
  const byPlace = place ? placeWords(gr.places.clause) : new Set<string>();
  const labelByPlace = place ? new Set(fr.places.labelWords.keys()) : new Set<string>();
  const clauseNames = gr.clauseNames.filter((n) => !byPlace.has(n));
  const labelNames = fr.names.filter((n) => !labelByPlace.has(n));

  // The place or party the figure's own clause names against those of the fact's label:
  // "nine of them in the Gard" is the Gard's toll, not the country's.
  if (labelNames.length > 0 && clauseNames.length > 0) {
    const meets = (a: string, b: string) =>
      a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
    // Two places joined on one side and only one of them on the other: the figure counts a part of the
    // fact's places ("five in Sweden" against "Norway and Sweden combined"), or more than the fact's place
    // ("onze morts en Savoie et en Isère" against the toll of Savoie). That name meets nothing.
    const halfOf = (pairs: [string, string][], has: (n: string) => boolean) =>
      pairs.filter(([a, b]) => has(a) !== has(b)).flat();
    const halves = [
      ...halfOf(fr.joined, (n) => clauseNames.some((c) => meets(c, n))),
      ...halfOf(gr.joined, (n) => labelNames.some((m) => meets(n, m))),
    ];
    const matched = clauseNames.filter((n) => labelNames.some((m) => meets(n, m)) && !halves.some((h) => meets(n, h)));
    const unmatched = clauseNames.filter((n) => !matched.includes(n));
    if (matched.length > 0) add("sameScope", Math.min(3, 1.5 * matched.length), matched.join(", "));
    if (unmatched.length > 0) add("otherScope", Math.max(-3, -1.5 * unmatched.length), unmatched.join(", "));
  }

  // Names in the fact's label that neither the sentence nor the story's lead
  // gives: the fact is likely about a narrower place or another party.
  const toldPlaces = toldPlaceWords(gr.places, fr.places);
  const missing = fr.names.filter((w) => !gr.told.has(w) && !toldPlaces.has(w));
  if (missing.length > 0) add("missingNames", Math.max(-1.5, -0.75 * missing.length), missing.slice(0, 3).join(", "));

  // Counted thing, value and time alone say nothing of what the figure is about. A count of the
  // fact's outcome in a sentence that leaves its topic to the story ("Nine people have died on the
  // island", in a story of an epidemic) takes the story's words and concepts for it; not one whose
  // sentence names a place or a person the fact does not ("In nearby Velmar, 900 cases…").
  const ofOutcome =
    value.kind === "count" &&
    reasons.some((r) => r.code === "sameOutcome") &&
    [...gr.sentenceNames].every((n) => fr.properNames.has(n));
  const topical = reasons
    .filter((r) => TOPICAL.has(r.code) || (ofOutcome && STORY_TOPICAL.has(r.code)))
    .reduce((sum, r) => sum + r.points, 0);
  if (topical < MIN_TOPICAL) add("offTopic", -3);

  const round = (x: number) => Math.round(x * 100) / 100;
  const weighted = reasons
    .filter((r) => (weighting[r.code] ?? 1) !== 0)
    .map((r) => ({ ...r, points: round(r.points * (weighting[r.code] ?? 1)) }));
  const score = Math.round(weighted.reduce((s, r) => s + r.points, 0) * 10) / 10;
  return { factId: fact.id, score, reasons: weighted, raw: reasons };
}

/**
 * Two facts this close for one figure: nothing tells which one it belongs to
 * (a toll and its part, two days of one count), and an editor is better served
 * by no proposal than by a coin toss.
 */
export const TIE_MARGIN = 0.5;

/** The one fact a figure goes to: the best score at or above the threshold, unless another fact ties with it. */
export function pickBest(scores: Iterable<MatchScore | null>, threshold = PROPOSAL_THRESHOLD): MatchScore | null {
  let best: MatchScore | null = null;
  let second = -Infinity;
  for (const s of scores) {
    if (!s) continue;
    if (!best || s.score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = s;
    } else second = Math.max(second, s.score);
  }
  if (!best || best.score < threshold) return null;
  return second >= threshold && best.score - second < TIE_MARGIN ? null : best;
}

/** The best fact for a figure, if one reaches the threshold and none ties with it. */
export function bestMatch(
  figure: MatchFigure,
  facts: MatchCandidate[],
  threshold = PROPOSAL_THRESHOLD,
): MatchScore | null {
  return pickBest(
    facts.map((fact) => scoreMatch(figure, fact)),
    threshold,
  );
}
