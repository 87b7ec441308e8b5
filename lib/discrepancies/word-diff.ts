import { diffWordsWithSpace } from "diff";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import type { PairVerdict, Relation } from "./classify";

// The wordings of two claims side by side: each quote in full, the words the
// other lacks marked, and the figure marked in both, so that an editor sees at
// once whether outlets copied one wording or wrote their own.

export type DiffPiece = { text: string; changed: boolean; figure: boolean };
export type QuoteWithFigure = { text: string; figureStart: number; figureEnd: number };

/** Pieces of one quote, cut where "changed" or "figure" changes. Figure offsets are code points. */
function cutFigure(runs: { text: string; changed: boolean }[], quote: QuoteWithFigure): DiffPiece[] {
  const index = createOffsetIndex(quote.text);
  const fs = index.toUtf16(quote.figureStart);
  const fe = index.toUtf16(quote.figureEnd);
  const pieces: DiffPiece[] = [];
  let at = 0;
  for (const run of runs) {
    const end = at + run.text.length;
    for (const [a, b] of [
      [at, Math.min(end, Math.max(at, fs))],
      [Math.max(at, fs), Math.min(end, fe)],
      [Math.max(at, fe), end],
    ] as const) {
      if (b <= a) continue;
      const piece = { text: quote.text.slice(a, b), changed: run.changed, figure: a >= fs && b <= fe && fs < fe };
      const last = pieces[pieces.length - 1];
      if (last && last.changed === piece.changed && last.figure === piece.figure) last.text += piece.text;
      else pieces.push(piece);
    }
    at = end;
  }
  return pieces;
}

/** Word by word, spaces kept: what only `a` says, what only `b` says, and the figures of both. */
export type QuoteDiff = {
  a: DiffPiece[];
  b: DiffPiece[];
  /** Few words in common: two wordings of their own, where marking every word would say nothing. */
  independent: boolean;
};

/** Below this share of words in common, wordings are independent. */
const INDEPENDENT = 0.3;

export function diffQuotes(a: QuoteWithFigure, b: QuoteWithFigure): QuoteDiff {
  const runsA: { text: string; changed: boolean }[] = [];
  const runsB: { text: string; changed: boolean }[] = [];
  let common = 0;
  for (const part of diffWordsWithSpace(a.text, b.text)) {
    if (!part.added) runsA.push({ text: part.value, changed: part.removed });
    if (!part.removed) runsB.push({ text: part.value, changed: part.added });
    if (!part.added && !part.removed) common += part.value.trim().length;
  }
  const shorter = Math.min(a.text.replace(/\s/g, "").length, b.text.replace(/\s/g, "").length) || 1;
  const independent = common / shorter < INDEPENDENT;
  if (independent) {
    // Only the figures are marked then.
    runsA.splice(0, runsA.length, { text: a.text, changed: false });
    runsB.splice(0, runsB.length, { text: b.text, changed: false });
  }
  return { a: cutFigure(runsA, a), b: cutFigure(runsB, b), independent };
}

/** Pairs whose wordings are worth comparing: about the same figure at the same time, most serious first. */
const SAME_FIGURE: ReadonlySet<Relation> = new Set(["conflict", "compatible", "agree"]);

export function pairsToDiff<P extends Pick<PairVerdict, "relation" | "reason">>(pairs: P[], most = 4): P[] {
  return pairs
    .filter((p) => SAME_FIGURE.has(p.relation) && p.reason.type !== "shrinks" && p.reason.type !== "grows")
    .slice(0, most);
}
