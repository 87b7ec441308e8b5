// At one token, try every recognizer that could start there and keep the longest reading;
// a non-figure guard wins ties so that "1201 Connecticut Ave" is never read as a count.
// Each recognizer declares, from the lexicon, the tokens it can start on, so ordinary words cost
// one map lookup.
import { matchAgo } from "./ago";
import { matchDateRange } from "./date-ranges";
import { matchPeriod } from "./date-periods";
import { matchNumericDate, matchPoint } from "./dates";
import type { Env, Match } from "./env";
import type { Lex } from "./locales";
import { skipAt } from "./non-figures";
import { listNumberWordStarts, splitCompound } from "./number-words";
import { matchQuantity } from "./quantity";
import { matchRelative } from "./relative-dates";
import { NUM, PUNCT, type Token } from "./tokenize";

type Recognizer = {
  match: (env: Env, i: number) => Match | null;
  /** Wins ties with a non-figure guard: "13.09.2022" is a date, not a version number. */
  decisive?: boolean;
  num: boolean;
  punct: (lex: Lex) => Iterable<string>;
  words: (lex: Lex) => Iterable<string>;
};

const none = (): string[] => [];
const firstWords = (...tries: { next: Map<string, unknown> }[]): string[] => tries.flatMap((t) => [...t.next.keys()]);
const calendarStarts = (lex: Lex): string[] => [
  ...lex.months.keys(),
  ...lex.monthAbbreviations.keys(),
  ...lex.weekdays.keys(),
  ...lex.weekdayAbbreviations.keys(),
];

/** Where a head count, share, sum, measure or duration can start. */
const quantityStarts = (lex: Lex): string[] => [
  ...firstWords(lex.pre, lex.currencyPrefix, lex.vaguePrefixes, lex.bareMagnitudes, lex.fractions, lex.openDurations),
  ...listNumberWordStarts(lex),
  ...lex.ordinalWords.keys(),
  ...lex.rangeSeparators.keys(),
  ...lex.vagueTimePlurals.keys(),
  ...lex.severalWords,
  ...lex.articles.words,
];
const quantityPunct = (lex: Lex): string[] => [...firstWords(lex.currencyPrefix, lex.pre)];

const RECOGNIZERS: Recognizer[] = [
  { match: matchNumericDate, num: true, punct: none, words: none, decisive: true },
  {
    match: matchDateRange,
    num: true,
    punct: none,
    words: (lex) => [...lex.dateRangeSeparators.keys(), ...calendarStarts(lex)],
  },
  { match: matchPoint, num: true, punct: none, words: (lex) => [...calendarStarts(lex), ...lex.relationBefore.keys()] },
  {
    match: matchPeriod,
    num: true,
    punct: () => ["'"],
    words: (lex) => [...lex.periodParts.keys(), ...lex.periodPartsOf.keys(), ...lex.decadeBefore],
  },
  {
    match: matchRelative,
    num: false,
    punct: none,
    words: (lex) => [...firstWords(lex.relativeDays), ...lex.relationBefore.keys(), ...calendarStarts(lex)],
  },
  { match: matchQuantity, num: true, punct: quantityPunct, words: quantityStarts },
  {
    match: matchAgo,
    num: true,
    punct: quantityPunct,
    words: (lex) => [...firstWords(lex.agoBefore), ...quantityStarts(lex)],
  },
];

const QUANTITY_BIT = 1 << RECOGNIZERS.findIndex((r) => r.match === matchQuantity);

type Masks = { word: Map<string, number>; punct: Map<string, number>; num: number };
const MASKS = new WeakMap<Lex, Masks>();

/** Which recognizers may start on which token, as bit masks, built once per lexicon. */
let last: { lex: Lex; masks: Masks } | null = null;

function getMasks(lex: Lex): Masks {
  if (last?.lex === lex) return last.masks;
  const masks = buildMasks(lex);
  last = { lex, masks };
  return masks;
}

function buildMasks(lex: Lex): Masks {
  const cached = MASKS.get(lex);
  if (cached) return cached;
  const masks: Masks = { word: new Map(), punct: new Map(), num: 0 };
  RECOGNIZERS.forEach((r, k) => {
    const bit = 1 << k;
    if (r.num) masks.num |= bit;
    for (const w of r.words(lex)) masks.word.set(w, (masks.word.get(w) ?? 0) | bit);
    for (const p of r.punct(lex)) masks.punct.set(p, (masks.punct.get(p) ?? 0) | bit);
  });
  MASKS.set(lex, masks);
  return masks;
}

function getMask(lex: Lex, masks: Masks, t: Token): number {
  if (t.kind === NUM) return masks.num;
  if (t.kind === PUNCT) return masks.punct.get(t.norm) ?? 0;
  const mask = masks.word.get(t.norm);
  if (mask !== undefined || !lex.compoundNumbers) return mask ?? 0;
  // "einundzwanzig": a word made of number words starts what a number word starts.
  const compound = splitCompound(lex, t.norm) ? QUANTITY_BIT : 0;
  if (masks.word.size < 100_000) masks.word.set(t.norm, compound);
  return compound;
}

export function matchAt(env: Env, i: number): Match | null {
  const skip = skipAt(env, i);
  if (skip > i) return { start: i, end: skip, values: [] };
  const t = env.tokens[i];
  if (!t) return null;
  const mask = getMask(env.lex, getMasks(env.lex), t);
  if (mask === 0) return null;
  let best: Match | null = null;
  for (let k = 0; k < RECOGNIZERS.length; k++) {
    if ((mask & (1 << k)) === 0) continue;
    const r = RECOGNIZERS[k] as Recognizer;
    const m = r.match(env, i);
    if (!m || m.end <= i) continue;
    if (r.decisive && m.values.length > 0) return m;
    if (!best || m.end > best.end || (m.end === best.end && m.values.length === 0 && best.values.length > 0)) best = m;
  }
  return best;
}
