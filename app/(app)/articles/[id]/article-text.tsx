"use client";

import { useMemo, useRef, type KeyboardEvent } from "react";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import { segmentText, type Highlight } from "@/lib/anchors/segments";

export type Passage = { start: number; end: number };

type Props = {
  text: string;
  claims: (Highlight & { figureStart: number; figureEnd: number })[];
  suggestions: Highlight[];
  activeClaimId: string | null;
  passage: Passage | null;
  onSelectPassage: (passage: Passage | null) => void;
  onOpenClaim: (id: string) => void;
  onTag: () => void;
};

const WORD = /[\p{L}\p{N}]/u;

/** Offsets (UTF-16) of a DOM position, counted in the container's text. */
function offsetIn(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The article text with its claims highlighted (overlaps drawn darker) and the
 * passage being tagged underlined. A passage is chosen with the mouse, or with
 * the keyboard: Shift+→/← moves its end by a word, Alt+Shift+→/← its start,
 * Enter tags it, Escape clears it.
 */
export function ArticleText(props: Props) {
  const { text, claims, suggestions, activeClaimId, passage, onSelectPassage, onOpenClaim, onTag } = props;
  const ref = useRef<HTMLDivElement>(null);
  const index = useMemo(() => createOffsetIndex(text), [text]);

  const segments = useMemo(() => {
    const all = [
      ...claims.map((c) => ({ id: `c:${c.id}`, start: c.start, end: c.end })),
      ...claims.map((c) => ({ id: `f:${c.id}`, start: c.figureStart, end: c.figureEnd })),
      ...suggestions.map((s) => ({ ...s, id: `s:${s.id}` })),
      ...(passage ? [{ id: "p:passage", ...passage }] : []),
    ];
    return segmentText(index.length, all);
  }, [claims, suggestions, passage, index]);

  const readSelection = () => {
    const container = ref.current;
    const selection = window.getSelection();
    if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
    let start = offsetIn(container, range.startContainer, range.startOffset);
    let end = offsetIn(container, range.endContainer, range.endOffset);
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end <= start) return;
    onSelectPassage({ start: index.toCodePoint(start), end: index.toCodePoint(end) });
    selection.removeAllRanges();
  };

  // Word steps in UTF-16 indices, converted back to code points.
  const step = (cp: number, direction: 1 | -1): number => {
    let i = index.toUtf16(cp);
    if (direction === 1) {
      while (i < text.length && !WORD.test(text[i] as string)) i++;
      while (i < text.length && WORD.test(text[i] as string)) i++;
    } else {
      while (i > 0 && !WORD.test(text[i - 1] as string)) i--;
      while (i > 0 && WORD.test(text[i - 1] as string)) i--;
    }
    return index.toCodePoint(i);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      onSelectPassage(null);
      return;
    }
    if (event.key === "Enter" && passage) {
      event.preventDefault();
      onTag();
      return;
    }
    if (!event.shiftKey || (event.key !== "ArrowRight" && event.key !== "ArrowLeft")) return;
    event.preventDefault();
    const direction = event.key === "ArrowRight" ? 1 : -1;
    const current = passage ?? { start: 0, end: 0 };
    if (!passage) {
      const end = step(0, 1);
      onSelectPassage({ start: step(end, -1), end });
      return;
    }
    if (event.altKey) {
      const start = Math.min(step(current.start, direction), current.end - 1);
      onSelectPassage({ start: Math.max(0, start), end: current.end });
    } else {
      const end = Math.max(step(current.end, direction), current.start + 1);
      onSelectPassage({ start: current.start, end: Math.min(index.length, end) });
    }
  };

  return (
    <div
      ref={ref}
      className="article-text"
      tabIndex={0}
      role="document"
      aria-label="Article text. Select a passage to tag it; with the keyboard, Shift+Arrow keys extend a passage and Enter tags it."
      onMouseUp={readSelection}
      onKeyUp={(e) => e.shiftKey && e.key !== "Shift" && !e.key.startsWith("Arrow") && readSelection()}
      onKeyDown={onKeyDown}
    >
      {segments.map((segment) => {
        const content = text.slice(index.toUtf16(segment.start), index.toUtf16(segment.end));
        const claimIds = segment.ids.filter((id) => id.startsWith("c:")).map((id) => id.slice(2));
        const suggested = segment.ids.some((id) => id.startsWith("s:"));
        const inPassage = segment.ids.includes("p:passage");
        const isFigure = segment.ids.some((id) => id.startsWith("f:"));
        if (claimIds.length === 0 && !suggested && !inPassage) return content;
        const classes = [
          claimIds.length > 1 ? "depth-2" : "",
          claimIds.length === 0 && suggested ? "suggested" : "",
          activeClaimId && claimIds.includes(activeClaimId) ? "active" : "",
          inPassage ? "passage" : "",
          isFigure ? "figure-hit" : "",
        ].filter(Boolean);
        return (
          <mark
            key={segment.start}
            className={classes.join(" ") || undefined}
            data-claims={claimIds.join(" ") || undefined}
            onClick={claimIds.length > 0 ? () => onOpenClaim(claimIds[claimIds.length - 1] as string) : undefined}
          >
            {content}
          </mark>
        );
      })}
    </div>
  );
}
