import { createOffsetIndex } from "@/lib/anchors/offsets";

// The sentence around a span, as lib/anchors/sentence.ts's sentenceAround finds
// it, for many spans of one text: the boundaries are found in one pass over the
// text, then each span costs two binary searches. (sentenceAround rebuilds an
// offset index of the whole text per call: fine for one passage, quadratic for
// the thousands of suggestions of a long document.)

const MAX_REACH = 600;
const END_MARK = /[.!?…]/;
const AFTER_END = /[\s\u00a0»"”]/;
const SPACE = /[\s\u00a0]/;

export type SentenceIndex = {
  /** Code point offsets of the sentence holding [start, end) (code points). */
  around: (start: number, end: number) => { start: number; end: number };
  /** The sentence's text. */
  textAround: (start: number, end: number) => string;
};

/** First index in a sorted array whose value is >= target. */
function lowerBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createSentenceIndex(text: string): SentenceIndex {
  const index = createOffsetIndex(text);
  // UTF-16 positions where a backward scan stops (a sentence may start there),
  // and characters where a forward scan stops, with the offset it stops at.
  const starts: number[] = [0];
  const stopAt: number[] = [];
  const stopValue: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (i > 0) {
      const prev = text[i - 1] as string;
      if (prev === "\n" || (SPACE.test(prev) && i >= 2 && END_MARK.test(text[i - 2] as string))) starts.push(i);
    }
    if (c === "\n") {
      stopAt.push(i);
      stopValue.push(i);
    } else if (END_MARK.test(c) && (i + 1 >= text.length || AFTER_END.test(text[i + 1] as string))) {
      stopAt.push(i);
      stopValue.push(i + 1);
    }
  }

  const around = (start: number, end: number) => {
    const s = index.toUtf16(start);
    const e = index.toUtf16(end);
    // Largest boundary <= s, no further back than MAX_REACH.
    const k = lowerBound(starts, s + 1) - 1;
    let from = Math.max(k >= 0 ? (starts[k] as number) : 0, s - MAX_REACH, 0);
    // First stop at or after e, no further than MAX_REACH.
    const j = lowerBound(stopAt, e);
    const trigger = j < stopAt.length ? (stopAt[j] as number) : Infinity;
    const to = trigger - e < MAX_REACH ? (stopValue[j] as number) : Math.min(e + MAX_REACH, text.length);
    while (from < s && /\s/.test(text[from] as string)) from++;
    return { start: index.toCodePoint(from), end: index.toCodePoint(to) };
  };

  return {
    around,
    textAround: (start, end) => {
      const r = around(start, end);
      return text.slice(index.toUtf16(r.start), index.toUtf16(r.end));
    },
  };
}
