// Quantities named by an order of magnitude ("une centaine", "des milliers", "hundreds",
// "tens of thousands", "trois douzaines") and fractions read as percentages ("la moitié", "two-thirds").
import { roundValue } from "./amount";
import { getToken, isIn, isPunct, peekWord, readWord, type Env } from "./env";
import { NUM } from "./tokenize";
import { matchTrie } from "./phrases";

export type Vague =
  | { type: "about"; start: number; end: number; center: number }
  | { type: "range"; start: number; end: number; lo: number; hi: number }
  | { type: "prefix"; start: number; end: number; lo: number; hi: number };

/** "de milliers", "of thousands", or "thousand" in "several hundred thousand": a factor on the amount. */
function readOfMagnitude(env: Env, j: number): { end: number; factor: number } {
  const m = matchTrie(env.lex.ofMagnitudes, env.tokens, j, env.limit);
  return m ? { end: m.end, factor: m.value } : { end: j, factor: 1 };
}

export function readVague(env: Env, i: number): Vague | null {
  const { lex } = env;
  const t = getToken(env, i);
  if (!t || t.kind !== 0) return null;
  // "une centaine", "un millier de", "une dizaine de milliers", "a dozen", "ein Dutzend"
  const article = readWord(env, lex.articles, i);
  const noun = article > 0 ? getToken(env, article) : undefined;
  const about = noun ? lex.aboutNouns.get(noun.norm) : undefined;
  if (about !== undefined) {
    const s = readOfMagnitude(env, article + 1);
    return { type: "about", start: i, end: s.end, center: about * s.factor };
  }
  const pre = matchTrie(lex.vaguePrefixes, env.tokens, i, env.limit);
  if (pre) {
    const u = getToken(env, pre.end);
    const unit = u ? lex.magnitudes.get(u.norm) : undefined;
    if (unit) {
      const s = readOfMagnitude(env, pre.end + 1);
      const [lo, hi] = pre.value;
      return { type: "range", start: i, end: s.end, lo: lo * unit * s.factor, hi: hi * unit * s.factor };
    }
    return { type: "prefix", start: i, end: pre.end, lo: pre.value[0], hi: pre.value[1] };
  }
  // Alone: "hundreds of", "tens of thousands", "dozens", "scores of", "Hunderte".
  const bare = matchTrie(lex.bareMagnitudes, env.tokens, i, env.limit);
  if (bare) {
    // "scores of": the link word is needed, but belongs to what is counted.
    const end = peekWord(env, lex.ofWords, bare.end - 1) === bare.end && bare.end - 1 > i ? bare.end - 1 : bare.end;
    const s = readOfMagnitude(env, end);
    return { type: "range", start: i, end: s.end, lo: 2 * bare.value * s.factor, hi: 10 * bare.value * s.factor };
  }
  if (lex.vagueTimePlurals.has(t.norm)) return { type: "prefix", start: i, end: i, lo: 2, hi: 10 };
  return null;
}

/** "trois douzaines", "two dozen", "drei Dutzend": about that many times the unit. */
export function readAboutMultiple(env: Env, j: number): { end: number; value: number } | null {
  const t = getToken(env, j);
  const v = t && t.kind === 0 ? env.lex.aboutMultiples.get(t.norm) : undefined;
  return v === undefined ? null : { end: j + 1, value: v };
}

/** "la moitié des habitants", "two-thirds of the displaced": a share, read as a percentage. */
/** "2/3 des électeurs", "1/4 of the budget": a fraction in digits, glued, before "of". */
function readDigitFraction(env: Env, i: number): { end: number; value: number } | null {
  const [a, slash, b] = [getToken(env, i), getToken(env, i + 1), getToken(env, i + 2)];
  if (!a || !slash || !b || a.kind !== NUM || b.kind !== NUM || !isPunct(slash, "/")) return null;
  if (a.end !== slash.start || slash.end !== b.start) return null;
  const [n, d] = [Number(a.norm), Number(b.norm)];
  if (!(n >= 1 && n < d && d <= 20)) return null;
  if (peekWord(env, env.lex.fractionLinks, i + 3) < 0) return null;
  return { end: i + 3, value: roundValue((100 * n) / d) };
}

export function readFraction(env: Env, i: number): { end: number; value: number } | null {
  const { lex } = env;
  const digits = readDigitFraction(env, i);
  if (digits) return digits;
  const m = matchTrie(lex.fractions, env.tokens, i, env.limit);
  if (!m) return null;
  // "rose by a third", "a augmenté d'un tiers": a share of change.
  const change = [i - 1, i - 2].some((k) => k >= 0 && peekWord(env, lex.fractionChangeLinks, k) === i);
  if (change) return { end: m.end, value: roundValue(m.value) };
  // "half the town", "la moitié les"… only a half may stand before a determiner without "of".
  const next = env.tokens[m.end];
  const after =
    peekWord(env, lex.fractionLinks, m.end) > 0 ||
    (m.value === 50 && (peekWord(env, lex.definiteArticles, m.end) > 0 || isIn(next, lex.bothDeterminers)));
  return after ? { end: m.end, value: roundValue(m.value) } : null;
}
