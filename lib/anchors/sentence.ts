import { createOffsetIndex } from "./offsets";

// The sentence around a passage, for showing a quote in context. Sentences end
// at . ! ? … followed by a space or a line break, or at a line break (a
// paragraph). The search is bounded so that it stays cheap in long texts.

const MAX_REACH = 600;

export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const index = createOffsetIndex(text);
  const s = index.toUtf16(start);
  const e = index.toUtf16(end);
  let from = s;
  while (from > 0 && s - from < MAX_REACH) {
    const prev = text[from - 1] as string;
    if (prev === "\n") break;
    if (/[\s\u00a0]/.test(prev) && from >= 2 && /[.!?…]/.test(text[from - 2] as string)) break;
    from--;
  }
  let to = e;
  while (to < text.length && to - e < MAX_REACH) {
    const c = text[to] as string;
    if (c === "\n") break;
    to++;
    if (/[.!?…]/.test(c) && (to >= text.length || /[\s\u00a0»"”]/.test(text[to] as string))) break;
  }
  while (from < s && /\s/.test(text[from] as string)) from++;
  return { start: index.toCodePoint(from), end: index.toCodePoint(to) };
}
