// One amount as written: optional currency sign, digits or words, optional scale word
// ("6,5 millions", "$2bn", "1.2 billion", "deux cents").
import { readDigits } from "./digits";
import { findGluedWord, isIn, isNum, isPunct, memoize, peekToken, getToken, type Env } from "./env";
import { matchTrie } from "./phrases";
import { findNonFigureEnd } from "./non-figures";
import { readNumberWords } from "./number-words";
import { isLetterCode, isDigitCode } from "./text";
import { NUM, WORD } from "./tokenize";
import { readCurrencyPrefix } from "./units";

export type Amount = {
  start: number;
  end: number;
  value: number;
  fromWords: boolean;
  yearLike: boolean;
  currency: string | null;
  scaled: boolean;
  /** "un", "one", "deux" read alone: a figure only with a noun or unit after it. */
  single: string | null;
  /** Not a quantity (phone number, version, glued to a word): skip to `end`. */
  skip: boolean;
};

/** Digits glued to a letter, a closing bracket or a hyphenated word ("arton71307", "(c)2007", "Su-25"). */
export function isGluedOnLeft(env: Env, start: number): boolean {
  if (start === 0) return false;
  const c = env.text.charCodeAt(start - 1);
  if (isLetterCode(c, env.text, start - 1) || isDigitCode(c)) return true;
  const ch = env.text.charAt(start - 1);
  if (ch === ")" || ch === "/" || ch === "_" || ch === "#" || ch === "@" || ch === "=" || ch === "&") return true;
  if (ch === "-" || ch === "." || ch === "\u2011") {
    const before = start >= 2 ? env.text.charCodeAt(start - 2) : 32;
    return isLetterCode(before, env.text, start - 2) || (ch === "." && isDigitCode(before));
  }
  return false;
}

export const readAmount = memoize("readAmount", readAmountAt);

function readAmountAt(env: Env, i: number): Amount | null {
  let j = i;
  const prefix = readCurrencyPrefix(env, j);
  if (prefix) j = prefix.end;
  const t = getToken(env, j);
  if (!t) return null;
  if (t.kind === NUM) return readDigitAmount(env, i, j, prefix?.code ?? null);
  if (prefix || t.kind !== WORD) return null;
  const w = readNumberWords(env, j);
  if (!w) return null;
  return {
    start: i,
    end: w.end,
    value: w.value,
    fromWords: true,
    yearLike: false,
    currency: null,
    scaled: w.value >= 1e6,
    single: w.single,
    skip: false,
  };
}

function readDigitAmount(env: Env, i: number, j: number, currency: string | null): Amount | null {
  const t = env.tokens[j];
  if (!t) return null;
  if (isGluedOnLeft(env, t.start) && !(currency && j > i)) return null;
  const guard = findNonFigureEnd(env, j);
  if (guard > j) return makeSkipAmount(i, guard, currency);
  const d = readDigits(env, j);
  if (!d) return null;
  if (d.invalid) return makeSkipAmount(i, d.end, currency);
  if (d.leadingZero && d.decimals === 0) return null;
  let end = d.end;
  let value = d.value;
  let scaled = false;
  const last = env.tokens[end - 1];
  const glued = findGluedWord(env, end - 1);
  if (glued) {
    const written = env.text.slice(glued.start, glued.end);
    const g = env.lex.gluedScales.get(written) ?? env.lex.gluedScales.get(glued.norm);
    // "10M" is ten million; "10m" is ten metres unless a currency is in sight ("£3m").
    const isScale =
      !!g &&
      (g.when !== "upper-case" || written === written.toUpperCase()) &&
      (g.when !== "currency" || !!currency || hasCurrencyAfter(env, end + 1));
    if (isScale && g) {
      value *= g.value;
      scaled = true;
      end++;
    } else if (!isUnitAt(env, end)) {
      // Glued to anything but a unit ("1er", "G7x"), digits are not an amount.
      return null;
    }
  } else if (last && isNum(last)) {
    const next = getToken(env, end);
    const s = next && next.kind === WORD ? env.lex.scales.get(next.norm) : undefined;
    if (s !== undefined) {
      value *= s;
      scaled = true;
      end++;
      // "2,5 Mrd." and "10 Mio.": the abbreviation's dot belongs to it.
      if (
        isPunct(getToken(env, end), ".") &&
        next &&
        next.end === getToken(env, end)?.start &&
        env.lex.abbreviations.has(next.norm)
      )
        end++;
      const half = matchTrie(env.lex.halfPhrases, env.tokens, end, env.limit);
      if (half) {
        value += 0.5 * s;
        end = half.end;
      }
    }
  }
  return {
    start: i,
    end,
    value: roundValue(value),
    fromWords: false,
    yearLike: d.yearLike && !scaled && !currency,
    currency,
    scaled,
    single: null,
    skip: false,
  };
}

function makeSkipAmount(start: number, end: number, currency: string | null): Amount {
  return {
    start,
    end,
    value: NaN,
    fromWords: false,
    yearLike: false,
    currency,
    scaled: false,
    single: null,
    skip: true,
  };
}

/** A unit glued to the digits: "30km", "5kg", "45%". */
function isUnitAt(env: Env, j: number): boolean {
  const { lex, tokens } = env;
  return [lex.measures, lex.timeUnits, lex.percent, lex.currencySuffix].some((t) =>
    matchTrie<unknown>(t, tokens, j, env.limit),
  );
}

function hasCurrencyAfter(env: Env, j: number): boolean {
  const t = peekToken(env, j);
  return !!t && (isPunct(t, "€", "$", "£") || isIn(t, env.lex.currencyWords));
}

/** Six decimals are enough for days and percentages, and keep "0.9 × 6700" from printing 6030.000000001. */
export function roundValue(x: number): number {
  const abs = Math.abs(x);
  const f = abs >= 1e13 ? 1 : abs >= 1e9 ? 1e3 : 1e6;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
