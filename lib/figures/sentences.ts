// Sentence boundaries in one pass: a line break, or . ! ? … followed by a space and a capital,
// a digit or a quote — unless the dot closes an abbreviation ("M.", "Oct.", "U.S.", "p.m.").
import { isSpaceCode } from "./text";
import { toWordSet } from "./phrases";

const ABBREVIATIONS = toWordSet(
  "m mm mme mmes mlle mr mrs ms dr st mt pr prof gen col lt sgt capt cpt gov sen rep pres jr sr vs etc cf env approx " +
    "jan feb mar apr jun jul aug sep sept oct nov dec janv fevr fev avr juil déc févr no nos nr art vol ch p pp inc ltd " +
    "co corp av bd min max fig ed eds ibid op",
);

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
  if (word.length === 0) return false;
  // Initials and dotted acronyms: "J.", "U.S.", "p.m."
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
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
