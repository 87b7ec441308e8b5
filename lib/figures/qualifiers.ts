// Words that bound a figure: "plus de", "au moins", "près de", "environ", "up to", "or so".
import { isWord, sliceSpan, type Env } from "./env";
import type { QualifierClass } from "./interval";
import { buildTrie, matchTrie } from "./phrases";
import { tokenize } from "./tokenize";

type Entry = { cls: QualifierClass; verbal?: boolean; needsDigits?: boolean };

const PRE: [string, Entry][] = [
  ...[
    "plus de",
    "plus d'",
    "au-dela de",
    "au-dela d'",
    "superieur a",
    "superieure a",
    "superieurs a",
    "superieures a",
    "more than",
    "over",
    "upwards of",
    "above",
    "in excess of",
    "greater than",
    "exceeding",
  ].map((p): [string, Entry] => [p, { cls: "more_than" }]),
  ...[
    "au moins",
    "au minimum",
    "pas moins de",
    "pas moins d'",
    "at least",
    "no fewer than",
    "no less than",
    "not less than",
    "a minimum of",
  ].map((p): [string, Entry] => [p, { cls: "at_least" }]),
  ...["moins de", "moins d'", "inferieur a", "inferieure a", "fewer than", "less than", "under", "below"].map(
    (p): [string, Entry] => [p, { cls: "less_than" }],
  ),
  ...[
    "jusqu'a",
    "au plus",
    "tout au plus",
    "au maximum",
    "pas plus de",
    "pas plus d'",
    "up to",
    "as many as",
    "as much as",
    "at most",
    "no more than",
    "not more than",
    "a maximum of",
  ].map((p): [string, Entry] => [p, { cls: "up_to" }]),
  ...[
    "ne depassera pas",
    "ne depasse pas",
    "ne depassent pas",
    "ne depasseront pas",
    "ne devrait pas depasser",
    "ne devraient pas depasser",
    "ne doit pas depasser",
    "ne doivent pas depasser",
    "n'excedera pas",
    "n'excede pas",
    "will not exceed",
    "won't exceed",
    "would not exceed",
    "does not exceed",
    "do not exceed",
    "should not exceed",
    "shall not exceed",
    "must not exceed",
    "not exceeding",
    "cannot exceed",
    "can not exceed",
  ].map((p): [string, Entry] => [p, { cls: "up_to", verbal: true }]),
  ...[
    "pres de",
    "pres d'",
    "presque",
    "quasiment",
    "pratiquement",
    "pas loin de",
    "pas loin d'",
    "nearly",
    "almost",
    "close to",
    "just under",
    "not far from",
    "just shy of",
  ].map((p): [string, Entry] => [p, { cls: "near" }]),
  ...[
    "environ",
    "autour de",
    "autour d'",
    "approximativement",
    "a peu pres",
    "aux alentours de",
    "aux alentours d'",
    "de l'ordre de",
    "de l'ordre d'",
    "grosso modo",
    "about",
    "around",
    "approximately",
    "roughly",
    "circa",
    "an estimated",
    "estimated",
    "approx",
    "env",
  ].map((p): [string, Entry] => [p, { cls: "about" }]),
  // "quelque 2 000" and "some 2,000" round a number; before anything else they are not qualifiers.
  ...["quelque", "quelques", "some"].map((p): [string, Entry] => [p, { cls: "about", needsDigits: true }]),
];

const POST: [string, QualifierClass][] = [
  ["environ", "about"],
  ["or so", "about"],
  ["ou plus", "at_least"],
  ["or more", "at_least"],
  ["et plus", "at_least"],
  ["au moins", "at_least"],
  ["au minimum", "at_least"],
  ["at least", "at_least"],
  ["au maximum", "up_to"],
  ["au plus", "up_to"],
  ["tout au plus", "up_to"],
  ["at most", "up_to"],
  ["ou moins", "up_to"],
  ["or less", "up_to"],
  ["or fewer", "up_to"],
];

const PRE_TRIE = buildTrie(PRE);
const POST_TRIE = buildTrie(POST);

export type Qualifier = { start: number; end: number; cls: QualifierClass; text: string; needsDigits: boolean };

export function readPreQualifier(env: Env, i: number): Qualifier | null {
  const m = matchTrie(PRE_TRIE, env.tokens, i, env.limit);
  if (!m) return null;
  const q: Qualifier = {
    start: i,
    end: m.end,
    cls: m.value.cls,
    text: sliceSpan(env, i, m.end),
    needsDigits: !!m.value.needsDigits,
  };
  // "ne dépassera pas les 2 000", "will not exceed the 2,000 mark".
  if (m.value.verbal && isWord(env.tokens[m.end], "les", "the")) return { ...q, end: m.end + 1 };
  return q;
}

export function readPostQualifier(env: Env, j: number): Qualifier | null {
  const m = matchTrie(POST_TRIE, env.tokens, j, env.limit);
  if (!m) return null;
  return { start: j, end: m.end, cls: m.value, text: sliceSpan(env, j, m.end), needsDigits: false };
}

/** The class of a qualifier as stored in a FigureValue ("Plus de" -> more_than). */
export function classifyQualifier(text: string): QualifierClass | null {
  const tokens = tokenize(text);
  const pre = matchTrie(PRE_TRIE, tokens, 0, tokens.length);
  if (pre) return pre.value.cls;
  return matchTrie(POST_TRIE, tokens, 0, tokens.length)?.value ?? null;
}

/** First words of every leading qualifier, so the matcher can skip other words cheaply. */
export const QUALIFIER_STARTS: ReadonlySet<string> = new Set(PRE_TRIE.next.keys());
