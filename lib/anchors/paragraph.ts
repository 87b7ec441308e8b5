import { createOffsetIndex } from "./offsets";

// A passage to tag stays within one paragraph (one line of the story text): a
// claim quotes the words around its figure, and the fact page shows the quote
// in its sentence. A selection running past a line break is cut back at it.

export type Passage = { start: number; end: number };

/** The line (code points, without its line break) holding the code point at `at`. */
export function lineAround(text: string, at: number): Passage {
  const index = createOffsetIndex(text);
  const u = index.toUtf16(at);
  const start = text.lastIndexOf("\n", u - 1) + 1;
  const nl = text.indexOf("\n", u);
  return { start: index.toCodePoint(start), end: index.toCodePoint(nl === -1 ? text.length : nl) };
}

/**
 * The passage cut to the paragraph of its `keep` end (the end that stays put
 * while the other moves), and whether it had to be cut.
 */
export function clampToParagraph(
  text: string,
  passage: Passage,
  keep: "start" | "end",
): Passage & { clamped: boolean } {
  const line = keep === "start" ? lineAround(text, passage.start) : lineAround(text, Math.max(0, passage.end - 1));
  const start = Math.max(passage.start, line.start);
  const end = Math.min(passage.end, line.end);
  const clamped = start !== passage.start || end !== passage.end;
  return end > start ? { start, end, clamped } : { ...line, clamped: true };
}
