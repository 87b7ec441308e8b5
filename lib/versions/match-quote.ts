import search from "approx-string-match";
import { diffLines } from "diff";
import { offsetIndexOf } from "./text-index";

// Finding a quoted passage again in a text that changed, as Hypothesis does:
// the exact quote first, every occurrence weighed by how well the text around
// it matches the stored prefix and suffix and how close it is to where the
// passage used to be; then, when no exact occurrence is convincing, an
// approximate match of the quote (approx-string-match, Myers' bit-parallel
// algorithm), near the old position first, weighed the same way. Offsets in
// and out are code points; the matcher works in UTF-16 inside.

export type QuoteSelector = { exact: string; prefix: string; suffix: string };

export type QuoteMatch = {
  /** Code points into the text. */
  start: number;
  end: number;
  /** 0–1: quote, context and position together (1: exact quote, same context, same place). */
  score: number;
  /** 0–1: how much of the quote itself is unchanged (1: verbatim). */
  quoteSimilarity: number;
  exact: boolean;
};

const WEIGHT = { quote: 0.6, prefix: 0.15, suffix: 0.15, position: 0.1 };
/** An approximate match keeps at least this share of the quote's characters… */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** …and scores at least this with its context, or the passage counts as gone. */
export const MIN_FUZZY_SCORE = 0.7;
/** An exact occurrence this good needs no approximate search. */
const CONVINCING = 0.95;
const MAX_OCCURRENCES = 1000;
/** Characters over which the position score falls to about a third. */
const POSITION_SCALE = 1_500;

/** 1 − edit distance / length, for a context string against the text beside a candidate. */
function contextSimilarity(text: string, at: number, context: string, side: "before" | "after"): number {
  if (context.length === 0) {
    // Nothing stored: the passage was at the very start (or end) of its text.
    const atEdge = side === "before" ? at === 0 : at === text.length;
    return atEdge ? 1 : 0.5;
  }
  const slack = Math.ceil(context.length / 4);
  const window =
    side === "before"
      ? text.slice(Math.max(0, at - context.length - slack), at)
      : text.slice(at, at + context.length + slack);
  if (window.length === 0) return 0;
  const [best] = search(window, context, context.length);
  return best ? 1 - best.errors / context.length : 0;
}

type Candidate = { start: number; end: number; errors: number };

function score(
  text: string,
  quote: QuoteSelector,
  c: Candidate,
  hint: number | undefined,
): QuoteMatch & { utf16: Candidate; context: number } {
  const quoteSimilarity = Math.max(0, 1 - c.errors / Math.max(1, quote.exact.length));
  const prefix = contextSimilarity(text, c.start, quote.prefix, "before");
  const suffix = contextSimilarity(text, c.end, quote.suffix, "after");
  // Without an expected position, nothing counts against any place.
  // Closeness to where the passage should be, on the scale of a few
  // paragraphs: a copy of the quote ten paragraphs away is not "near".
  const position = hint === undefined ? 1 : Math.exp(-Math.abs(c.start - hint) / (POSITION_SCALE + c.end - c.start));
  const total =
    WEIGHT.quote * quoteSimilarity + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * position;
  return {
    start: c.start,
    end: c.end,
    score: total,
    quoteSimilarity,
    exact: c.errors === 0,
    utf16: c,
    context: Math.min(prefix, suffix),
  };
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1 && out.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    out.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return out;
}

function fuzzyCandidates(text: string, exact: string, from = 0, to = text.length): Candidate[] {
  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return [];
  return search(text.slice(from, to), exact, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
}

/** Moves offsets off the middle of a surrogate pair (an emoji cut in two). */
function wholeCharacters(text: string, start: number, end: number): { start: number; end: number } {
  const low = (i: number) =>
    i > 0 &&
    i < text.length &&
    /[\udc00-\udfff]/.test(text[i] as string) &&
    /[\ud800-\udbff]/.test(text[i - 1] as string);
  return { start: low(start) ? start - 1 : start, end: low(end) ? end + 1 : end };
}

/**
 * The best place for the quote in text, or null when it is gone (no exact
 * occurrence, and no approximate one good enough). hint: where the passage
 * is expected, in code points.
 */
export function matchQuote(text: string, quote: QuoteSelector, hint?: number): QuoteMatch | null {
  if (quote.exact.length === 0 || text.length === 0) return null;
  const index = offsetIndexOf(text);
  const hint16 = hint === undefined ? undefined : index.toUtf16(Math.max(0, Math.min(index.length, hint)));
  const rank = (cs: Candidate[]) =>
    cs.map((c) => score(text, quote, c, hint16)).sort((a, b) => b.score - a.score || a.start - b.start);
  const acceptable = (m: QuoteMatch) =>
    m.exact || (m.quoteSimilarity >= MIN_QUOTE_SIMILARITY && m.score >= MIN_FUZZY_SCORE);

  const exact = rank(exactCandidates(text, quote.exact));
  let best = exact[0];
  if (!best || best.score < CONVINCING) {
    // Near the old position first (a window a few quotes wide), the whole text after.
    const reach = quote.exact.length * 3 + 2_000;
    const near =
      hint16 === undefined
        ? []
        : rank(
            fuzzyCandidates(
              text,
              quote.exact,
              Math.max(0, hint16 - reach),
              Math.min(text.length, hint16 + quote.exact.length + reach),
            ),
          );
    // Far from the expected place, an approximate match cannot beat an exact
    // quote whose context is intact (both lose the position): read the whole
    // text only when there is no such exact quote and nothing convincing near.
    const settled =
      near.some((m) => acceptable(m) && m.score >= CONVINCING) || (best !== undefined && best.context >= 0.9);
    const anywhere = settled ? [] : rank(fuzzyCandidates(text, quote.exact));
    const fuzzy = [...near, ...anywhere].filter((m) => !m.exact).sort((a, b) => b.score - a.score);
    if (fuzzy[0] && acceptable(fuzzy[0]) && (!best || fuzzy[0].score > best.score)) best = fuzzy[0];
  }
  if (!best || !acceptable(best)) return null;
  const { start, end } = wholeCharacters(text, best.utf16.start, best.utf16.end);
  return {
    start: index.toCodePoint(start),
    end: index.toCodePoint(end),
    score: Math.round(best.score * 1000) / 1000,
    quoteSimilarity: Math.round(best.quoteSimilarity * 1000) / 1000,
    exact: best.exact,
  };
}

/** A position inside a rewritten stretch: kept before its first change, shifted after its last, in proportion between. */
function mapInside(before: string, after: string, p: number): number {
  const shortest = Math.min(before.length, after.length);
  let head = 0;
  while (head < shortest && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shortest - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  if (p <= head) return p;
  const beforeTail = before.length - tail;
  const afterTail = after.length - tail;
  if (p >= beforeTail) return p - beforeTail + afterTail;
  return head + Math.round(((p - head) / Math.max(1, beforeTail - head)) * (afterTail - head));
}

/**
 * Where a position of the old text most likely is in the new one, from a
 * diff of their paragraphs: exact inside a paragraph that did not change,
 * in proportion inside one that was rewritten, at the place of one that was
 * removed. Built once per pair of texts; code points in and out.
 */
export function createPositionMap(oldText: string, newText: string): (position: number) => number {
  const oldIndex = offsetIndexOf(oldText);
  const newIndex = offsetIndexOf(newText);
  // Segments of the old text (UTF-16) and where they went in the new one.
  type Segment = { oldFrom: number; oldTo: number; newFrom: number; newTo: number };
  const segments: Segment[] = [];
  const changes = diffLines(oldText, newText, { maxEditLength: 5_000 });
  if (changes) {
    let o = 0;
    let n = 0;
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i]!;
      const length = c.value.length;
      if (c.added) {
        n += length;
        continue;
      }
      if (c.removed) {
        const next = changes[i + 1];
        const replacement = next?.added ? next.value.length : 0;
        segments.push({ oldFrom: o, oldTo: o + length, newFrom: n, newTo: n + replacement });
        o += length;
        n += replacement;
        if (next?.added) i++;
        continue;
      }
      segments.push({ oldFrom: o, oldTo: o + length, newFrom: n, newTo: n + length });
      o += length;
      n += length;
    }
  } else {
    segments.push({ oldFrom: 0, oldTo: oldText.length, newFrom: 0, newTo: newText.length });
  }
  return (position) => {
    const p = oldIndex.toUtf16(position);
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.oldFrom <= p) lo = mid;
      else hi = mid - 1;
    }
    const s = segments[lo];
    if (!s) return 0;
    const mapped =
      s.newFrom + mapInside(oldText.slice(s.oldFrom, s.oldTo), newText.slice(s.newFrom, s.newTo), p - s.oldFrom);
    return newIndex.toCodePoint(Math.max(0, Math.min(newText.length, mapped)));
  };
}
