import { createOffsetIndex, type OffsetIndex } from "@/lib/anchors/offsets";
import { CONTEXT_LENGTH, type TextAnchor } from "@/lib/anchors/selectors";

// Re-anchoring a few hundred claims in a 2 MB text asks for the same text's
// code point index hundreds of times; building it is a pass over the whole
// text. The last few are kept (V8 keeps a string's hash, so the lookup of
// the same text is cheap).

const cache = new Map<string, OffsetIndex>();
const KEEP = 4;

export function offsetIndexOf(text: string): OffsetIndex {
  const hit = cache.get(text);
  if (hit) return hit;
  const index = createOffsetIndex(text);
  cache.set(text, index);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  return index;
}

/** The W3C anchor of [start, end) in code points, as lib/anchors builds it, with a given index. */
export function anchorAt(text: string, index: OffsetIndex, start: number, end: number): TextAnchor {
  const u = (cp: number) => index.toUtf16(cp);
  return {
    start,
    end,
    exact: text.slice(u(start), u(end)),
    prefix: text.slice(u(Math.max(0, start - CONTEXT_LENGTH)), u(start)),
    suffix: text.slice(u(end), u(Math.min(index.length, end + CONTEXT_LENGTH))),
  };
}
