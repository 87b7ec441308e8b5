// Character classes and word folding shared by the tokenizer and the lexicons.

const LETTER = /[\p{L}\p{M}]/u;

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetterCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // Latin-1 and Latin Extended letters (French accents, ligatures) without a regular expression.
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c < 0xc0 || isSpaceCode(c)) return false;
  return LETTER.test(text.charAt(i));
}

/** Every whitespace a newsroom CMS emits, including the no-break spaces used in French numbers. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x1680 ||
    c === 0x2028 ||
    c === 0x2029
  );
}

/** Spaces that may separate thousands: plain, no-break, narrow no-break, thin, figure, hair. */
export function isGroupSpace(ch: string): boolean {
  return ch === " " || ch === "\u00a0" || ch === "\u202f" || ch === "\u2009" || ch === "\u2007" || ch === "\u200a";
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const MARKS = /[\u0300-\u036f]/g;

// News vocabulary is small: folding each distinct word once keeps long texts fast.
const foldCache = new Map<string, string>();

/** Lower-case without accents or ligatures, so "Décennies" and "decennies" meet in the lexicons. */
export function foldWord(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase();
  const folded = ASCII_ONLY.test(lower)
    ? lower
    : lower.normalize("NFD").replace(MARKS, "").replace(/œ/g, "oe").replace(/æ/g, "ae");
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

/** Punctuation variants collapse to one form: curly quotes to straight, dashes to "-". */
export function foldPunct(ch: string): string {
  switch (ch) {
    case "\u2019":
    case "\u2018":
    case "\u02bc":
    case "\u2032":
    case "`":
      return "'";
    case "\u201c":
    case "\u201d":
    case "\u00ab":
    case "\u00bb":
    case "\u201e":
      return '"';
    case "\u2010":
    case "\u2011":
    case "\u2012":
    case "\u2013":
    case "\u2014":
    case "\u2212":
      return "-";
    case "\u2026":
      return "...";
    default:
      return ch;
  }
}
