// Words that bound a figure, from the lexicon: "plus de", "au moins", "près de", "environ", "up to", "or so".
import { readWord, sliceSpan, type Env } from "./env";
import type { QualifierClass } from "./interval";
import { getLex, type Lex } from "./locales";
import type { QualifierEntry } from "./locales/lexicon";
import { matchTrie } from "./phrases";
import { tokenize } from "./tokenize";

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
    cls: m.value.cls,
    text: sliceSpan(env, i, m.end),
    needsDigits: !!m.value.needsDigits,
    entry: m.value,
  };
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
