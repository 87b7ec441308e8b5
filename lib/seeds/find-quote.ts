import { createOffsetIndex } from "@/lib/anchors/offsets";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every occurrence of the quote, any run of whitespace matching any other. */
function matches(text: string, quote: string): RegExpExecArray[] {
  const pattern = quote
    .trim()
    .split(/[\s\u00a0\u202f]+/)
    .map(escape)
    .join("[\\s\\u00a0\\u202f]+");
  return [...text.matchAll(new RegExp(pattern, "g"))];
}

/**
 * Finds a quote typed by an editor in the article text, treating every run of
 * whitespace (no-break spaces included) as equal. Returns code point offsets of
 * the n-th occurrence, or null.
 */
export function findQuote(text: string, quote: string, occurrence = 1): { start: number; end: number } | null {
  const match = matches(text, quote)[occurrence - 1];
  if (!match) return null;
  const index = createOffsetIndex(text);
  return { start: index.toCodePoint(match.index), end: index.toCodePoint(match.index + match[0].length) };
}

/** How many times the quote occurs (to refuse ambiguous seed quotes). */
export function countQuote(text: string, quote: string): number {
  return matches(text, quote).length;
}
