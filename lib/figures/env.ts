// What every recognizer sees: the tokens of one sentence, its language's lexicon and the reading context.
import type { Lex } from "./locales";
import { NUM, PUNCT, WORD, type Token } from "./tokenize";
import type { WordSet } from "./locales/word-set";

/** "intent": what is agreed, planned or promised ("agreed to hold a meeting on Wednesday"). */
export type Tense = "past" | "future" | "intent" | "unknown";

export type Env = {
  text: string;
  tokens: Token[];
  /** Recognizers may not consume tokens at or after this index (parseFigure: the figure's end). */
  limit: number;
  /** The sentence's language, or every language when it is unknown. */
  lex: Lex;
  /** Publication date as an epoch day. */
  pub: number;
  /** Tense of the clause around token `at`; `local`: only from markers near it, not from the whole sentence. */
  tense: (at: number, local?: boolean) => Tense;
  /** The year the sentence is about near token `at`, if it names one ("En 2020, … le 1er décembre"). */
  sentenceYear: (at: number) => number | null;
  /** Per-sentence caches of `memoize`d readers, by reader then token; a copy with another limit needs its own. */
  memo: unknown[][];
};

/**
 * A recognized span in token indices; no values means "not a figure, skip these tokens".
 * An enumeration ("les 3, 12 et 24 mars") gives each value its own part of the span.
 */
export type Match = { start: number; end: number; values: import("./types").FigureValue[]; parts?: [number, number][] };

export function getToken(env: Env, i: number): Token | undefined {
  return i < env.limit ? env.tokens[i] : undefined;
}

/**
 * A per-sentence cache for readers called again and again at the same token (a range reads its
 * ends, a qualifier its amount): keeps the whole pass linear.
 */
let readers = 0;
const MISSING = Symbol("missing");

export function memoize<T>(name: string, read: (env: Env, i: number) => T): (env: Env, i: number) => T {
  const id = readers++;
  const fn = (env: Env, i: number): T => {
    const cache = (env.memo[id] ??= []);
    const hit = cache[i];
    if (hit !== undefined) return (hit === MISSING ? undefined : hit) as T;
    const value = read(env, i);
    cache[i] = value === undefined ? MISSING : value;
    return value;
  };
  Object.defineProperty(fn, "name", { value: name });
  return fn;
}

/** Token lookups for context checks, which may look past `limit`. */
export function peekToken(env: Env, i: number): Token | undefined {
  return i >= 0 ? env.tokens[i] : undefined;
}

/** A word token whose folded form is in the set. */
export function isIn(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return !!t && t.kind === WORD && set.has(t.norm);
}

/** Token index after a word of the list starting at `j` (within the limit), or -1. */
export function readWord(env: Env, set: WordSet, j: number): number {
  if (j >= env.limit) return -1;
  const end = set.at(env.text, env.tokens, j);
  return end > env.limit ? -1 : end;
}

/** Like readWord, for context checks that may look past `limit`. */
export function peekWord(env: Env, set: WordSet, j: number): number {
  return j < 0 ? -1 : set.at(env.text, env.tokens, j);
}

export function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === WORD;
}

export function isNum(t: Token | undefined): t is Token {
  return !!t && t.kind === NUM;
}

export function isPunct(t: Token | undefined, ...norms: string[]): boolean {
  return !!t && t.kind === PUNCT && (norms.length === 0 || norms.includes(t.norm));
}

/** Nothing but the empty string between two tokens. */
export function areAdjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** A word glued right after a token ("1er", "14h", "1990s"). */
export function findGluedWord(env: Env, i: number): Token | undefined {
  const t = env.tokens[i];
  const n = env.tokens[i + 1];
  return t && n && n.kind === WORD && n.start === t.end ? n : undefined;
}

export function sliceSpan(env: Env, from: number, to: number): string {
  const a = env.tokens[from];
  const b = env.tokens[to - 1];
  return a && b ? env.text.slice(a.start, b.end) : "";
}

/** The token as written, lower-cased (accents kept). */
export function writtenLower(env: Env, t: Token): string {
  return env.text.slice(t.start, t.end).toLowerCase();
}
