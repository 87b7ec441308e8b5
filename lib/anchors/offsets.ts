// Offsets into article text count Unicode code points, as the W3C Web Annotation
// model's TextPositionSelector does. JavaScript strings (in the browser and in
// Node) index UTF-16 code units instead, which differ from code points after any
// character outside the Basic Multilingual Plane (emoji, some CJK). Every
// conversion between the two goes through this file.

/** Sorted UTF-16 indices at which a surrogate pair starts. */
function astralStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        starts.push(i);
        i++;
      }
    }
  }
  return starts;
}

/** How many entries of a sorted list are below n. */
function countBelow(sorted: number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type OffsetIndex = {
  /** Length of the text in code points. */
  length: number;
  toCodePoint: (utf16Index: number) => number;
  toUtf16: (codePointIndex: number) => number;
};

/** Builds a converter for one text; O(n) once, then O(log n) per conversion. */
export function createOffsetIndex(text: string): OffsetIndex {
  const starts = astralStarts(text);
  if (starts.length === 0) {
    return { length: text.length, toCodePoint: (i) => i, toUtf16: (i) => i };
  }
  // Code point index of each astral start: its UTF-16 index minus the astral
  // characters before it.
  const cpStarts = starts.map((s, k) => s - k);
  return {
    length: text.length - starts.length,
    toCodePoint: (i) => i - countBelow(starts, i - 1),
    toUtf16: (cp) => cp + countBelow(cpStarts, cp),
  };
}

/** text sliced by code point offsets [start, end). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const index = createOffsetIndex(text);
  return text.slice(index.toUtf16(start), index.toUtf16(end));
}

/** True when the string holds an unpaired UTF-16 surrogate (not valid Unicode). */
export function hasLoneSurrogate(text: string): boolean {
  return !text.isWellFormed();
}
