import { parseFigure, type ExtractedFigure, type FigureContext } from "@/lib/figures";
import { createOffsetIndex } from "./offsets";
import { sentenceAround } from "./sentence";

// What the tag form offers for a passage an editor selected: the figures
// Recoupe found in it, as extraction reads them in their sentence. A selection
// that cuts through a figure ("200 soldats" out of "plus de 200 soldats") is
// widened to the whole figure, because a figure read from half its words says
// something else. A selection holding no figure found at import (a figure the
// extraction missed) is read itself, in its sentence.

export type PassageProposal = {
  /** The passage, in code points: the selection, widened to whole figures. */
  start: number;
  end: number;
  /** Figures inside it, offsets in UTF-16 as extraction gives them. */
  figures: ExtractedFigure[];
  /** The figures the selection was widened to take in whole. */
  widenedFor: string[];
};

export function proposeFigures(
  text: string,
  passage: { start: number; end: number },
  found: ExtractedFigure[],
  ctx: Pick<FigureContext, "lang" | "publishedAt">,
): PassageProposal {
  const index = createOffsetIndex(text);
  let from = index.toUtf16(passage.start);
  let to = index.toUtf16(passage.end);
  const cut = found.filter((f) => f.start < to && f.end > from && (f.start < from || f.end > to));
  for (const f of cut) {
    from = Math.min(from, f.start);
    to = Math.max(to, f.end);
  }
  const inside = found.filter((f) => f.start >= from && f.end <= to);
  const result = (figures: ExtractedFigure[]): PassageProposal => ({
    start: index.toCodePoint(from),
    end: index.toCodePoint(to),
    figures,
    widenedFor: cut.map((f) => f.text),
  });
  if (inside.length > 0) return result(inside);

  const selected = text.slice(from, to);
  const sentence = sentenceAround(text, index.toCodePoint(from), index.toCodePoint(to));
  const [ss, se] = [index.toUtf16(sentence.start), index.toUtf16(sentence.end)];
  const values = parseFigure(selected, { ...ctx, sentence: text.slice(Math.min(ss, from), Math.max(se, to)) });
  const first = values[0];
  if (!first) return result([]);
  return result([{ start: from, end: to, text: selected, value: first, sentenceStart: ss, sentenceEnd: se }]);
}
