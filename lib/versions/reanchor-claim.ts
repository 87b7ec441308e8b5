import { diffChars } from "diff";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import type { TextAnchor } from "@/lib/anchors/selectors";
import { sameFigure } from "@/lib/claims/locate-figure";
import { matchQuote } from "./match-quote";
import { anchorAt, offsetIndexOf } from "./text-index";

// A claim in a new text of its article: its quote found again (matchQuote),
// then its figure inside the passage found. A figure that is no longer the
// one tagged ("6 500" became "6 700" in an otherwise unchanged sentence) is
// a stealth edit, flagged with both figures; the claim keeps the editor's
// value until someone reviews it. A claim whose passage is gone, or whose
// passage no longer holds a figure, is an orphan: it keeps its old quote and
// is never moved somewhere it was not.

export type ClaimAnchor = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  figureStart: number;
  figureEnd: number;
  figure: string;
};

/** A figure found in a text: UTF-16 offsets into that text. */
export type FoundFigure = { start: number; end: number; text: string };
export type FindFigures = (text: string) => FoundFigure[];

export type Reanchored =
  | {
      status: "anchored" | "reanchored";
      score: number;
      anchor: TextAnchor;
      figure: { start: number; end: number; text: string };
      /** The figure as tagged and as the new text writes it, when they differ. */
      figureChanged: { from: string; to: string } | null;
    }
  | { status: "orphan"; score: number | null; reason: "passageGone" | "figureGone" };

/** Where an offset of the old quote lands in the new passage (UTF-16 both). */
function mapThroughDiff(oldQuote: string, newPassage: string, offset: number): number {
  let oldPos = 0;
  let newPos = 0;
  for (const part of diffChars(oldQuote, newPassage)) {
    const length = part.value.length;
    if (part.added) {
      newPos += length;
      continue;
    }
    if (oldPos + length > offset) return part.removed ? newPos : newPos + (offset - oldPos);
    oldPos += length;
    if (!part.removed) newPos += length;
  }
  return newPos;
}

const fold = (s: string) => s.toLocaleLowerCase("fr").replace(/[\s\u00a0\u202f\u2009]/g, " ");

/** Occurrences of the figure in the passage, ignoring case and the kind of space. */
function occurrences(passage: string, figure: string): number[] {
  const hay = fold(passage);
  const needle = fold(figure);
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) out.push(at);
  return out;
}

const CONTEXT_WINDOW = 40;

export function reanchorClaim(
  text: string,
  claim: ClaimAnchor,
  options: { hint?: number; findFigures: FindFigures },
): Reanchored {
  const match = matchQuote(text, { exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix }, options.hint);
  if (!match) return { status: "orphan", score: null, reason: "passageGone" };

  const index = offsetIndexOf(text);
  let from = index.toUtf16(match.start);
  let to = index.toUtf16(match.end);
  const oldIndex = createOffsetIndex(claim.exact);
  const relStart = oldIndex.toUtf16(claim.figureStart - claim.start);
  const relEnd = oldIndex.toUtf16(claim.figureEnd - claim.start);

  let figure: { from: number; to: number } | null = null;
  if (match.exact) {
    figure = { from: from + relStart, to: from + relEnd };
  } else {
    const passage = text.slice(from, to);
    const mappedStart = mapThroughDiff(claim.exact, passage, relStart);
    const mappedEnd = Math.max(mappedStart, mapThroughDiff(claim.exact, passage, relEnd));
    const same = occurrences(passage, claim.figure).sort(
      (a, b) => Math.abs(a - mappedStart) - Math.abs(b - mappedStart),
    )[0];
    if (same !== undefined) {
      figure = { from: from + same, to: from + same + claim.figure.length };
    } else {
      // The figures of the passage and a little around it, so that a figure
      // the approximate match cut at its edge is seen whole.
      const windowFrom = Math.max(0, from - CONTEXT_WINDOW);
      const found = options
        .findFigures(text.slice(windowFrom, Math.min(text.length, to + CONTEXT_WINDOW)))
        .map((f) => ({ from: f.start + windowFrom, to: f.end + windowFrom }))
        .filter((f) => f.to > from && f.from < to);
      const at = { from: from + mappedStart, to: from + Math.max(mappedEnd, mappedStart + 1) };
      const distance = (f: { from: number; to: number }) =>
        f.to > at.from && f.from < at.to ? 0 : Math.min(Math.abs(f.from - at.to), Math.abs(at.from - f.to));
      const nearest = found.sort((a, b) => distance(a) - distance(b))[0];
      if (nearest && distance(nearest) <= Math.max(8, claim.figure.length)) {
        // Keep the shape the editor tagged: "286 morts" edited to "296 morts"
        // is "296 morts", though the reader of figures marks only "296".
        const mapped = { from: from + mappedStart, to: from + mappedEnd };
        const close = mapped.to - mapped.from <= claim.figure.length * 2 + 10 && distance(nearest) === 0;
        figure = close ? { from: Math.min(nearest.from, mapped.from), to: Math.max(nearest.to, mapped.to) } : nearest;
      }
    }
  }
  if (!figure) return { status: "orphan", score: match.score, reason: "figureGone" };

  from = Math.min(from, figure.from);
  to = Math.max(to, figure.to);
  const anchor = anchorAt(text, index, index.toCodePoint(from), index.toCodePoint(to));
  const figureStart = index.toCodePoint(figure.from);
  const figureEnd = index.toCodePoint(figure.to);
  const figureText = text.slice(figure.from, figure.to);
  const unmoved = match.exact && anchor.start === claim.start && anchor.end === claim.end;
  return {
    status: unmoved ? "anchored" : "reanchored",
    score: match.score,
    anchor,
    figure: { start: figureStart, end: figureEnd, text: figureText },
    figureChanged: sameFigure(figureText, claim.figure) ? null : { from: claim.figure, to: figureText },
  };
}
