// The years a sentence names, so that a day or a month written without one takes the sentence's:
// "En 2020, le retrait devait s'achever le 1er décembre" is 1 December 2020, whatever the
// publication date. A year counts when it reads as one (not "2000 soldats"), in a date or alone.
import { readsAsYear } from "./counted";
import { isIn, isNum, isPunct, type Env } from "./env";
import { isGluedOnLeft } from "./amount";
import { NUM, PUNCT, type Token } from "./tokenize";

/** For each token, the nearest year the sentence names (before it first), or null. Computed once, when asked. */
export function makeSentenceYears(env: Env): (at: number) => number | null {
  let years: [index: number, year: number][] | undefined;
  return (at: number): number | null => {
    years ??= findYears(env);
    let best: [number, number] | null = null;
    for (const y of years) {
      const d = Math.abs(y[0] - at);
      if (!best || d < Math.abs(best[0] - at) || (d === Math.abs(best[0] - at) && y[0] < at)) best = y;
    }
    return best ? best[1] : null;
  };
}

function findYears(env: Env): [number, number][] {
  const out: [number, number][] = [];
  env.tokens.forEach((t: Token, k) => {
    if (t.kind !== NUM || t.norm.length !== 4) return;
    const n = Number(t.norm);
    if (n < 1800 || n > 2100 || isGluedOnLeft(env, t.start)) return;
    const next = env.tokens[k + 1];
    // "2020s", "2020er", "2020-21" are not a year the sentence is about.
    if (next && next.start === t.end && next.kind !== PUNCT) return;
    if (isPunct(next, "-") && isNum(env.tokens[k + 2])) return;
    // "depuis 2014", "since 2014" start a period that runs to now: not the year the sentence is about.
    if (isIn(env.tokens[k - 1], env.lex.sinceWords)) return;
    if (readsAsYear(env, k, k + 1)) out.push([k, n]);
  });
  return out;
}
