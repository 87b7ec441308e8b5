import { createOffsetIndex } from "@/lib/anchors/offsets";

/** Case and the kind of space do not matter when an editor types a figure. */
const fold = (s: string) => s.toLocaleLowerCase("fr").replace(/[\s\u00a0\u202f\u2009]/g, " ");

/**
 * Where the figure stands inside the quote, in code points of the article text.
 * Exact match first; otherwise ignoring case and the kind of space, because
 * editors type "plus de 6 700" for "Plus de 6 700" (with a no-break space).
 */
export function locateFigure(
  text: string,
  quote: { start: number; end: number },
  figure: string,
): { start: number; end: number } | null {
  const index = createOffsetIndex(text);
  const from = index.toUtf16(quote.start);
  const passage = text.slice(from, index.toUtf16(quote.end));
  let at = passage.indexOf(figure);
  if (at === -1) at = fold(passage).indexOf(fold(figure));
  if (at === -1) return null;
  return { start: index.toCodePoint(from + at), end: index.toCodePoint(from + at + figure.length) };
}

/** The same figure, whatever its case and kind of space. */
export function sameFigure(a: string, b: string): boolean {
  return fold(a.trim()) === fold(b.trim());
}
