import { createOffsetIndex } from "./offsets";
import { previewQuote } from "./quote-mismatch";

// W3C Web Annotation selectors for a passage of an article's normalised text:
// TextQuoteSelector (exact + prefix + suffix) and TextPositionSelector (start,
// end in code points). We keep both: positions are exact and fast; the quote with
// its context lets a passage be found again when the text changes.

export const CONTEXT_LENGTH = 32;

export type TextAnchor = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
};

export type AnchorCheck =
  | { ok: true }
  /** `found`: what the text holds at those offsets, when they are inside it. */
  | { ok: false; message: string; found?: string };

/** The anchor of [start, end) in text, offsets in code points. */
export function buildAnchor(text: string, start: number, end: number): TextAnchor {
  const index = createOffsetIndex(text);
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > index.length || start >= end) {
    throw new RangeError(`No passage at ${start}–${end} in a text of ${index.length} characters`);
  }
  const u = (cp: number) => index.toUtf16(cp);
  return {
    start,
    end,
    exact: text.slice(u(start), u(end)),
    prefix: text.slice(u(Math.max(0, start - CONTEXT_LENGTH)), u(start)),
    suffix: text.slice(u(end), u(Math.min(index.length, end + CONTEXT_LENGTH))),
  };
}

/** Checks that the quote is what the text holds at those offsets. */
export function checkAnchor(text: string, anchor: Pick<TextAnchor, "start" | "end" | "exact">): AnchorCheck {
  const index = createOffsetIndex(text);
  const { start, end, exact } = anchor;
  if (start < 0 || end > index.length || start >= end) {
    return {
      ok: false,
      message: `The passage ${start}–${end} is outside the article, whose text is ${index.length} characters long.`,
    };
  }
  const found = text.slice(index.toUtf16(start), index.toUtf16(end));
  if (found !== exact) {
    // Invisible characters shown: a line break or a no-break space must not make
    // the two previews read the same.
    return {
      ok: false,
      message: `The quote «${previewQuote(exact)}» does not match the article at ${start}–${end}, which reads «${previewQuote(found)}».`,
      found,
    };
  }
  return { ok: true };
}

/**
 * Finds a quote in a text (code point offsets), using prefix and suffix to choose
 * between repeated occurrences and the hint to break remaining ties. Returns null
 * when the quote is not there at all.
 */
export function locateQuote(
  text: string,
  quote: { exact: string; prefix?: string; suffix?: string },
  hintStart?: number,
): TextAnchor | null {
  if (quote.exact.length === 0) return null;
  const index = createOffsetIndex(text);
  const { exact, prefix, suffix } = quote;
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    let score = 0;
    if (prefix && at >= prefix.length && text.startsWith(prefix, at - prefix.length)) score += 2;
    if (suffix && text.startsWith(suffix, at + exact.length)) score += 2;
    if (hintStart !== undefined) {
      score -= Math.min(1, Math.abs(index.toCodePoint(at) - hintStart) / Math.max(1, index.length));
    }
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  return buildAnchor(text, index.toCodePoint(best.at), index.toCodePoint(best.at + exact.length));
}
