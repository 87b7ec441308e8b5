// At one token, try every recognizer that could start there and keep the longest reading;
// a non-figure guard wins ties so that "1201 Connecticut Ave" is never read as a count.
// Each recognizer declares the tokens it can start on, so ordinary words cost one set lookup.
import { CALENDAR_STARTS } from "./date-words";
import { matchDateRange, RANGE_LEADS } from "./date-ranges";
import { matchPeriod, PERIOD_STARTS } from "./date-periods";
import { matchNumericDate, matchPoint } from "./dates";
import type { Env, Match } from "./env";
import { skipAt } from "./non-figures";
import { NUMBER_WORD_STARTS } from "./number-words";
import { ORDINAL_STARTS } from "./ordinals";
import { QUALIFIER_STARTS } from "./qualifiers";
import { matchQuantity } from "./quantity";
import { matchRelative, RELATIVE_STARTS } from "./relative-dates";
import { NUM, PUNCT, type Token } from "./tokenize";
import { CURRENCY_PREFIX_STARTS } from "./units";
import { VAGUE_STARTS } from "./vague";

type Recognizer = {
  match: (env: Env, i: number) => Match | null;
  num: boolean;
  punct: ReadonlySet<string>;
  words: ReadonlySet<string>;
};

const mergeSets = (...sets: Iterable<string>[]): Set<string> => new Set(sets.flatMap((s) => [...s]));
const NONE: ReadonlySet<string> = new Set();

const RECOGNIZERS: Recognizer[] = [
  { match: matchNumericDate, num: true, punct: NONE, words: NONE },
  { match: matchDateRange, num: true, punct: NONE, words: mergeSets(RANGE_LEADS, CALENDAR_STARTS) },
  {
    match: matchPoint,
    num: true,
    punct: NONE,
    words: mergeSets(CALENDAR_STARTS, ["ce", "cet", "this", "last", "next"]),
  },
  { match: matchPeriod, num: true, punct: new Set(["'"]), words: PERIOD_STARTS },
  { match: matchRelative, num: false, punct: NONE, words: mergeSets(RELATIVE_STARTS, CALENDAR_STARTS) },
  {
    match: matchQuantity,
    num: true,
    punct: new Set(["$", "€", "£"]),
    words: mergeSets(QUALIFIER_STARTS, NUMBER_WORD_STARTS, VAGUE_STARTS, CURRENCY_PREFIX_STARTS, ORDINAL_STARTS, [
      "entre",
      "between",
      "de",
      "from",
      "un",
      "une",
      "a",
      "an",
    ]),
  },
];

// One lookup per token: which recognizers may start on this word, as a bit mask.
const WORD_MASK = new Map<string, number>();
const PUNCT_MASK = new Map<string, number>();
let NUM_MASK = 0;
RECOGNIZERS.forEach((r, k) => {
  const bit = 1 << k;
  if (r.num) NUM_MASK |= bit;
  for (const w of r.words) WORD_MASK.set(w, (WORD_MASK.get(w) ?? 0) | bit);
  for (const p of r.punct) PUNCT_MASK.set(p, (PUNCT_MASK.get(p) ?? 0) | bit);
});

function getMask(t: Token): number {
  if (t.kind === NUM) return NUM_MASK;
  return (t.kind === PUNCT ? PUNCT_MASK.get(t.norm) : WORD_MASK.get(t.norm)) ?? 0;
}

export function matchAt(env: Env, i: number): Match | null {
  const skip = skipAt(env, i);
  if (skip > i) return { start: i, end: skip, values: [] };
  const t = env.tokens[i];
  if (!t) return null;
  const mask = getMask(t);
  if (mask === 0) return null;
  let best: Match | null = null;
  for (let k = 0; k < RECOGNIZERS.length; k++) {
    if ((mask & (1 << k)) === 0) continue;
    const m = (RECOGNIZERS[k] as Recognizer).match(env, i);
    if (!m || m.end <= i) continue;
    if (!best || m.end > best.end || (m.end === best.end && m.values.length === 0 && best.values.length > 0)) best = m;
  }
  return best;
}
