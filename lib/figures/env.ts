// What every recognizer sees: the tokens of one sentence plus the reading context.
import type { FigureValue, Lang } from "./types";
import { NUM, PUNCT, WORD, type Token } from "./tokenize";

export type ReadLang = Lang | "any";
export type Tense = "past" | "future" | "unknown";

export type Env = {
  text: string;
  tokens: Token[];
  /** Recognizers may not consume tokens at or after this index (parseFigure: the figure's end). */
  limit: number;
  lang: ReadLang;
  /** Publication date as an epoch day. */
  pub: number;
  /** Tense of the clause around token `at`. */
  tense: (at: number) => Tense;
};

/**
 * A recognized span in token indices; no values means "not a figure, skip these tokens".
 * An enumeration ("les 10, 17 et 26 octobre") gives each value its own part of the span.
 */
export type Match = { start: number; end: number; values: FigureValue[]; parts?: [number, number][] };

export function getToken(env: Env, i: number): Token | undefined {
  return i < env.limit ? env.tokens[i] : undefined;
}

/** Token lookups for context checks, which may look past `limit`. */
export function peekToken(env: Env, i: number): Token | undefined {
  return i >= 0 ? env.tokens[i] : undefined;
}

export function isWord(t: Token | undefined, ...norms: string[]): boolean {
  return !!t && t.kind === WORD && (norms.length === 0 || norms.includes(t.norm));
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

export function isLang(env: Env, lang: Lang): boolean {
  return env.lang === lang || env.lang === "any";
}

export function sliceSpan(env: Env, from: number, to: number): string {
  const a = env.tokens[from];
  const b = env.tokens[to - 1];
  return a && b ? env.text.slice(a.start, b.end) : "";
}
