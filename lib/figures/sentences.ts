// Sentence boundaries in one pass: a line break, or . ! ? … followed by a space and a capital,
// a digit or a quote — unless the dot closes an abbreviation of any lexicon ("M.", "Oct.", "Nr.",
// "p.m.") or an ordinal before a month ("am 27. September"). Sentences are split before their
// language is known, so every lexicon's abbreviations and months count.
import { getLex } from "./locales";
import { foldWord, isDigitCode, isSpaceCode } from "./text";

const ALL = getLex(null);

export type Span = [number, number];

function isBoundaryAfter(text: string, dot: number): boolean {
  let k = dot + 1;
  while (k < text.length && /["'»”’)\]]/.test(text.charAt(k))) k++;
  if (k < text.length && !isSpaceCode(text.charCodeAt(k))) return false;
  while (k < text.length && isSpaceCode(text.charCodeAt(k)) && text.charAt(k) !== "\n") k++;
  if (k >= text.length || text.charAt(k) === "\n") return true;
  const next = text.charAt(k);
  return next !== next.toLowerCase() || /[\d"«“'(\[—–-]/.test(next);
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /\p{L}/u.test(text.charAt(k - 1))) k--;
  const word = text.slice(k, dot);
  if (word.length === 0) return isOrdinalBeforeMonth(text, dot);
  // Initials and dotted acronyms: "J.", "U.S.", "p.m."
  if (word.length === 1) return true;
  return ALL.abbreviations.has(foldWord(word));
}

/** "am 27. September": a day number with its ordinal dot, then a month name. */
function isOrdinalBeforeMonth(text: string, dot: number): boolean {
  const digits =
    dot >= 2 && isDigitCode(text.charCodeAt(dot - 1)) ? (isDigitCode(text.charCodeAt(dot - 2)) ? 2 : 1) : 0;
  if (digits === 0 || (dot - digits > 0 && isDigitCode(text.charCodeAt(dot - digits - 1)))) return false;
  const m = /^\s+(\p{L}+)/u.exec(text.slice(dot + 1, dot + 16));
  return !!m && ALL.months.has(foldWord(m[1] ?? ""));
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push([s, e]);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Only "\n" . ! ? … can end a sentence; everything else is skipped at the cost of one comparison.
    if (c !== 10 && c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    if (c === 10) {
      push(i);
      start = i + 1;
      continue;
    }
    if (c === 46 && endsWithAbbreviation(text, i)) continue;
    if (!isBoundaryAfter(text, i)) continue;
    let end = i + 1;
    while (end < text.length && /["'»”’)\]]/.test(text.charAt(end))) end++;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return spans;
}
