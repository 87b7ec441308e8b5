import { diffArrays } from "diff";
import { createOffsetIndex } from "@/lib/anchors/offsets";

// Where a line left out at import goes back into the story text. The text as
// imported, normalised but with nothing left out, still holds every line in its
// original order; lining its lines up with the story's says which kept line
// came before the one to put back and which came after, and whether they sat
// in the same paragraph (no blank line between). Works for articles imported
// before positions were kept, and again after other lines were put back.

export type Placement = {
  /** Where to insert, in code points of the current text. */
  at: number;
  /** What to insert: the line, with the line break(s) that join it to its neighbours. */
  insert: string;
};

type Line = { text: string; start: number; end: number };

/** Lines of a text with their UTF-16 offsets, blank ones included. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

const key = (s: string) => s.trim();

/**
 * The placement of `leftOut[index]` in `current`, given `original` (the text as
 * imported, normalised, nothing left out). Null when the line cannot be found
 * among the original's lines missing from the current text.
 */
export function placeLeftOut(original: string, current: string, leftOut: string[], index: number): Placement | null {
  const wanted = leftOut[index];
  if (wanted === undefined || key(wanted) === "") return null;
  const occurrence = leftOut.slice(0, index).filter((l) => key(l) === key(wanted)).length;

  const o = splitLines(original);
  const c = splitLines(current);
  const oFull = o.map((l, i) => ({ ...l, i })).filter((l) => key(l.text) !== "");
  const cFull = c.filter((l) => key(l.text) !== "");

  // Which original lines are in the current text, and where.
  const inCurrent = new Map<number, Line>();
  const missing: number[] = [];
  let oi = 0;
  let ci = 0;
  for (const part of diffArrays(
    oFull.map((l) => key(l.text)),
    cFull.map((l) => key(l.text)),
  )) {
    const n = part.count ?? part.value.length;
    if (part.added) ci += n;
    else if (part.removed) for (let k = 0; k < n; k++) missing.push((oFull[oi++] as { i: number }).i);
    else for (let k = 0; k < n; k++) inCurrent.set((oFull[oi++] as { i: number }).i, cFull[ci++] as Line);
  }
  const target = missing.filter((i) => key((o[i] as Line).text) === key(wanted))[occurrence];
  if (target === undefined) return null;

  const kept = [...inCurrent.keys()];
  const prev = kept.filter((i) => i < target).pop();
  const next = kept.find((i) => i > target);
  // Same paragraph: no blank line between two original lines.
  const joined = (a: number, b: number) => o.slice(a + 1, b).every((l) => key(l.text) !== "");
  const line = wanted.trim();
  const index16 = createOffsetIndex(current);
  const at = (utf16: number) => index16.toCodePoint(utf16);
  if (prev !== undefined && joined(prev, target))
    return { at: at((inCurrent.get(prev) as Line).end), insert: `\n${line}` };
  if (next !== undefined && joined(target, next))
    return { at: at((inCurrent.get(next) as Line).start), insert: `${line}\n` };
  if (next !== undefined) return { at: at((inCurrent.get(next) as Line).start), insert: `${line}\n\n` };
  if (prev !== undefined) return { at: at((inCurrent.get(prev) as Line).end), insert: `\n\n${line}` };
  return { at: 0, insert: current === "" ? line : `${line}\n\n` };
}

/** The text with a placement applied. */
export function applyPlacement(current: string, p: Placement): string {
  const index = createOffsetIndex(current);
  const u = index.toUtf16(p.at);
  return current.slice(0, u) + p.insert + current.slice(u);
}
