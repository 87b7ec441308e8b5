// Numbers written with digits, whatever the thousands separator.
// "1,280" and "1.280" are ambiguous: a single three-digit group after the language's decimal mark
// is read as a decimal only when a scale word or a percent sign follows ("1,28 million", "1.280 %"),
// because head counts and sums of money are not written with three decimals.
import { areAdjacent, isNum, isPunct, getToken, peekToken, type Env } from "./env";
import { matchTrie } from "./phrases";
import { isGroupSpace } from "./text";
import type { Token } from "./tokenize";

export type DigitNumber = {
  value: number;
  end: number;
  grouped: boolean;
  decimals: number;
  leadingZero: boolean;
  /** Four digits, no separator, no decimals: could be a year. */
  yearLike: boolean;
  /** Version numbers, IP addresses, chains too long to be a quantity: skip up to `end`. */
  invalid: boolean;
};

const MAX_GROUPS = 5;

export function followsScaleOrPercent(env: Env, j: number): boolean {
  const t = peekToken(env, j);
  if (!t) return false;
  if (matchTrie(env.lex.percent, env.tokens, j, env.tokens.length)) return true;
  return t.kind === 0 && env.lex.scales.has(t.norm);
}

function isSpaceGroup(env: Env, last: Token, next: Token | undefined): next is Token {
  if (!isNum(next) || next.norm.length !== 3) return false;
  const gap = env.text.slice(last.end, next.start);
  return gap.length === 1 && isGroupSpace(gap);
}

export function readDigits(env: Env, i: number): DigitNumber | null {
  const first = getToken(env, i);
  if (!isNum(first)) return null;
  let intStr = first.norm;
  let last = first;
  let j = i + 1;
  let sep: string | null = null;
  let groups = 0;
  let groupStr = "";
  if (first.norm.length <= 3) {
    for (;;) {
      const a = getToken(env, j);
      if ((sep === null || sep === " ") && isSpaceGroup(env, last, a)) {
        sep = " ";
      } else {
        const b = getToken(env, j + 1);
        const groupMark = isPunct(a, ",", ".", "'") && areAdjacent(last, a) && isNum(b) && areAdjacent(a, b);
        if (!groupMark || !a || !b || b.norm.length !== 3 || (sep !== null && sep !== a.norm)) break;
        sep = a.norm;
        j++;
      }
      const g = getToken(env, j) as Token;
      groups++;
      intStr += g.norm;
      groupStr = g.norm;
      last = g;
      j++;
    }
  }
  if (groups > MAX_GROUPS) return makeInvalid(j);

  let decStr = "";
  const d = getToken(env, j);
  const e = getToken(env, j + 1);
  if (isPunct(d, ",", ".") && d && areAdjacent(last, d) && isNum(e) && areAdjacent(d, e) && d.norm !== sep) {
    const f = peekToken(env, j + 2);
    if (
      isPunct(f, ",", ".") &&
      areAdjacent(e, f) &&
      isNum(peekToken(env, j + 3)) &&
      areAdjacent(f, peekToken(env, j + 3))
    ) {
      return makeInvalid(j + 4);
    }
    // A comma and one or two digits is a decimal where the comma is the decimal mark; where it groups
    // thousands ("6,5" in English is more often a list), only before a scale word or a percent sign.
    const decimal = sep !== null || d.norm === "." || env.lex.decimalMark !== "." || followsScaleOrPercent(env, j + 2);
    if (decimal) {
      decStr = e.norm;
      last = e;
      j += 2;
    }
  }

  if (groups === 1 && (sep === "," || sep === ".") && !decStr && followsScaleOrPercent(env, j)) {
    const decimalMark = env.lex.decimalMark ?? sep;
    if (sep === decimalMark) {
      intStr = first.norm;
      decStr = groupStr;
      groups = 0;
    }
  }

  const value = Number(decStr ? `${intStr}.${decStr}` : intStr);
  if (!Number.isFinite(value)) return makeInvalid(j);
  return {
    value,
    end: j,
    grouped: groups > 0,
    decimals: decStr.length,
    leadingZero: first.norm.length > 1 && first.norm.charAt(0) === "0",
    yearLike: groups === 0 && !decStr && first.norm.length === 4,
    invalid: false,
  };
}

function makeInvalid(end: number): DigitNumber {
  return { value: NaN, end, grouped: false, decimals: 0, leadingZero: false, yearLike: false, invalid: true };
}
