// The years a sentence is about, so that a day or a month written without one takes the sentence's:
// "En 2020, le retrait devait s'achever le 1er décembre" is 1 December 2020, whatever the publication
// date. Only a year that dates the clause counts: after a preposition of time ("en 2020", "in 2022",
// "im Jahr 2022", "during the 2022 offensive") or in a full date ("le 9 novembre 2020"). A year that
// names something else ("the 2020 war", "le traité de 1994") does not date the sentence's events.
import { readMonth } from "./date-words";
import { isIn, isNum, isPunct, peekWord, type Env } from "./env";
import { isGluedOnLeft } from "./amount";
import { NUM, PUNCT, type Token } from "./tokenize";

/** For each token, the nearest year the sentence names (before it first), or null. Computed once, when asked. */
export function makeSentenceYears(env: Env): (at: number) => number | null {
  let years: [index: number, year: number, from?: number, to?: number][] | undefined;
  return (at: number): number | null => {
    years ??= findYears(env);
    let best: [number, number, number?, number?] | null = null;
    for (const y of years) {
      // A year in a relative clause dates that clause only: "since a war that ended in 1994, erupted on
      // 27 September" leaves the 27 September to the publication's year.
      if (y[2] !== undefined && (at < y[2] || at >= (y[3] as number))) continue;
      const d = Math.abs(y[0] - at);
      if (!best || d < Math.abs(best[0] - at) || (d === Math.abs(best[0] - at) && y[0] < at)) best = y;
    }
    return best ? best[1] : null;
  };
}

function findYears(env: Env): [number, number, number?, number?][] {
  const out: [number, number, number?, number?][] = [];
  env.tokens.forEach((t: Token, k) => {
    if (t.kind !== NUM || t.norm.length !== 4) return;
    const n = Number(t.norm);
    if (n < 1800 || n > 2100 || isGluedOnLeft(env, t.start)) return;
    const next = env.tokens[k + 1];
    // "2020s", "2020er", "2020-21" are not a year the sentence is about.
    if (next && next.start === t.end && next.kind !== PUNCT) return;
    if (isPunct(next, "-") && isNum(env.tokens[k + 2])) return;
    if (datesTheClause(env, k)) out.push([k, n, ...relativeClause(env, k)]);
  });
  return out;
}

const CLAUSE_MARKS = [",", ";", ":", "(", ")", "—", "–"];

/** The tokens [from, to) of the relative clause holding token k ("that ended in 1994"), or nothing. */
function relativeClause(env: Env, k: number): [number, number] | [] {
  const { tokens, lex } = env;
  for (let b = k - 1; b >= 0; b--) {
    const t = tokens[b] as Token;
    if (t.kind === PUNCT && CLAUSE_MARKS.includes(t.norm)) return [];
    if (isIn(t, lex.relativeWords)) {
      let e = k + 1;
      while (e < tokens.length && !(tokens[e]?.kind === PUNCT && CLAUSE_MARKS.includes(tokens[e]!.norm))) e++;
      return [b, e];
    }
  }
  return [];
}

function datesTheClause(env: Env, k: number): boolean {
  const { lex, tokens } = env;
  const prev = tokens[k - 1];
  // "depuis 2014", "since 2014" start a period that runs to now.
  if (isIn(prev, lex.sinceWords)) return false;
  const isTimeWord = (t: Token | undefined): boolean => isIn(t, lex.yearContext) || isIn(t, lex.duringWords);
  if (isTimeWord(prev)) return true;
  // "during the 2022 offensive"
  const article = [k - 2, k - 3].find((a) => a >= 0 && peekWord(env, lex.definiteArticles, a) === k);
  if (article !== undefined && isTimeWord(tokens[article - 1])) return true;
  // "pendant la guerre de 2020", "during the war of 2020": the period named after a word of time.
  const link = [k - 1, k - 2].find((a) => a >= 0 && peekWord(env, lex.ofWords, a) === k);
  if (link !== undefined) {
    for (let b = link - 1; b >= Math.max(0, link - 5); b--) if (isIn(tokens[b], lex.duringWords)) return true;
  }
  // "9 novembre 2020", "November 9, 2020", "septembre 2022"
  if (readMonth({ ...env, limit: tokens.length, memo: [] }, k - 1)?.end === k) return true;
  const comma = isPunct(prev, ",") ? k - 2 : -1;
  return (
    comma >= 1 &&
    isNum(tokens[comma]) &&
    readMonth({ ...env, limit: tokens.length, memo: [] }, comma - 1)?.end === comma
  );
}
