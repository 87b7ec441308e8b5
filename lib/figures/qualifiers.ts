// Words that bound a figure, from the lexicon: "plus de", "au moins", "près de", "environ", "up to", "or so".
import { readWord, sliceSpan, type Env } from "./env";
import type { QualifierClass } from "./interval";
import { getLex, type Lex } from "./locales";
import type { QualifierEntry } from "./locales/lexicon";
import { matchTrie } from "./phrases";
import { PUNCT, tokenize } from "./tokenize";

export type Qualifier = {
  start: number;
  end: number;
  cls: QualifierClass;
  text: string;
  needsDigits: boolean;
  entry: QualifierEntry | null;
};

export function readPreQualifier(env: Env, i: number): Qualifier | null {
  const m = matchTrie(env.lex.pre, env.tokens, i, env.limit);
  if (!m) return null;
  // "en plus de 4 avions", "in addition to": the words of a qualifier that are not one.
  for (const k of [i - 1, i - 2]) {
    const not = k >= 0 ? matchTrie(env.lex.notQualifiers, env.tokens, k, env.tokens.length) : null;
    if (not && not.end >= m.end) return null;
  }
  let end = m.end;
  // "dépassé les 1 000", "exceeded the 10,000 mark".
  if (m.value.verbal) {
    const article = readWord(env, env.lex.definiteArticles, end);
    if (article > 0) end = article;
  }
  return {
    start: i,
    end,
    cls: denied(env, i, m.value.cls),
    text: sliceSpan(env, i, m.end),
    needsDigits: !!m.value.needsDigits,
    entry: m.value,
  };
}

/** Words that deny the verb before a qualifier, in every lexicon's language ("didn't" is "didn", "'", "t"). */
const NEGATIONS = new Set(["not", "never", "neither", "nor", "didn", "doesn", "don", "wasn", "weren", "pas", "jamais"]);
const FOCUS = new Set(["only", "just", "merely", "simply"]);
/** A denied perfect says how long something has not happened ("it hasn't rained for more than a month"). */
const PERFECT = new Set(["has", "have", "had", "hasn", "haven", "hadn", "since", "depuis"]);

/**
 * A bound turned over by a denied verb just before it: "neither truce held for more than a few hours",
 * "la trêve n'a pas duré plus de six heures" say a few hours at most; "ne compte pas moins de 300" at
 * least 300. Not a denied perfect: "it hasn't rained for more than a month" is a dry spell of more than
 * a month. Three words at most between the denial and the qualifier.
 */
function denied(env: Env, i: number, cls: QualifierClass): QualifierClass {
  if (cls !== "more_than" && cls !== "less_than") return cls;
  for (let k = i - 1, words = 0; k >= 0 && words < 4; k--) {
    const t = env.tokens[k];
    if (!t) break;
    if (t.kind === PUNCT) {
      if (t.norm === "'") continue;
      break;
    }
    if (t.norm === "t" && env.tokens[k - 1]?.norm === "'") continue;
    if (PERFECT.has(t.norm)) return cls;
    // "not only more than 300 people…" stresses, does not deny.
    if (NEGATIONS.has(t.norm) && !FOCUS.has(env.tokens[k + 1]?.norm ?? ""))
      return cls === "more_than" ? "up_to" : "at_least";
    if (NEGATIONS.has(t.norm)) return cls;
    words++;
  }
  return cls;
}

export function readPostQualifier(env: Env, j: number): Qualifier | null {
  const m = matchTrie(env.lex.post, env.tokens, j, env.limit);
  if (!m) return null;
  return { start: j, end: m.end, cls: m.value, text: sliceSpan(env, j, m.end), needsDigits: false, entry: null };
}

/** The class of a qualifier as stored in a FigureValue ("Plus de" -> more_than), in any language. */
export function classifyQualifier(text: string, lex: Lex = getLex(null)): QualifierClass | null {
  const tokens = tokenize(text);
  const pre = matchTrie(lex.pre, tokens, 0, tokens.length);
  if (pre) return pre.value.cls;
  return matchTrie(lex.post, tokens, 0, tokens.length)?.value ?? null;
}
