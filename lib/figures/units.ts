// What follows (or precedes) an amount and decides its kind: %, a currency, a unit of time,
// or a unit of measure (a quantity).
import { isPunct, isWord, getToken, readWord, type Env } from "./env";
import type { Measure } from "./locales/compile";
import type { TimeUnit } from "./locales/lexicon";
import { matchTrie } from "./phrases";

export type { TimeUnit } from "./locales/lexicon";

export function readPercent(env: Env, j: number): number | null {
  return matchTrie(env.lex.percent, env.tokens, j, env.limit)?.end ?? null;
}

export function readCurrencySuffix(env: Env, j: number): { end: number; code: string } | null {
  const m = matchTrie(env.lex.currencySuffix, env.tokens, j, env.limit);
  if (!m) return null;
  const t = env.tokens[j];
  // ISO codes after a number must be written in capitals ("300 EUR"), not words that happen to match.
  if (t && t.kind === 0 && t.end - t.start === 3 && m.end === j + 1 && m.value === t.norm.toUpperCase()) {
    if (env.text.slice(t.start, t.end) !== m.value) return null;
  }
  return { end: m.end, code: m.value };
}

export function readCurrencyPrefix(env: Env, j: number): { end: number; code: string } | null {
  const t = getToken(env, j);
  if (!t) return null;
  const m = matchTrie(env.lex.currencyPrefix, env.tokens, j, env.limit);
  if (!m) return null;
  const next = env.tokens[m.end];
  // Codes must be upper case and followed by a number ("USD 5 million").
  if (!next || next.kind !== 1) return null;
  if (t.kind === 0 && env.text.slice(t.start, t.end) !== env.text.slice(t.start, t.end).toUpperCase()) return null;
  return { end: m.end, code: m.value };
}

export function readTimeUnit(env: Env, j: number): { end: number; unit: TimeUnit } | null {
  const m = matchTrie(env.lex.timeUnits, env.tokens, j, env.limit);
  return m ? { end: m.end, unit: m.value } : null;
}

/** A unit of measure right after the amount: "30 km", "4 400 km²", "12 tonnes", "-5 °C". */
export function readMeasure(env: Env, j: number): { end: number; measure: Measure } | null {
  const t = env.tokens[j];
  if (!t) return null;
  const m = matchTrie(env.lex.measures, env.tokens, j, env.limit);
  if (!m) return null;
  // A lone "m" is metres only when glued, at the end, or before a link or a dimension ("30 m de haut", "30 m high").
  if (m.end === j + 1 && t.norm === "m" && t.start !== env.tokens[j - 1]?.end) {
    const n = env.tokens[j + 1];
    const ok =
      !n ||
      isPunct(n) ||
      readWord(env, env.lex.ofWords, j + 1) > 0 ||
      (isWord(n) && env.lex.dimensionWords.has(n.norm));
    if (!ok) return null;
  }
  return { end: m.end, measure: m.value };
}

export function listCurrencyPrefixStarts(env: { lex: Env["lex"] }): string[] {
  return [...env.lex.currencyPrefix.next.keys()];
}
