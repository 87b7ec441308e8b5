"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import { clampToParagraph, lineAround } from "@/lib/anchors/paragraph";
import { segmentText, type Highlight } from "@/lib/anchors/segments";

export type Passage = { start: number; end: number };
export type NoticeKey = "paragraphEnd" | "paragraphStart" | "mouseClamped";

type Props = {
  text: string;
  /** The article's language, for the lang attribute (hyphenation, screen readers). */
  language: string;
  claims: (Highlight & { figureStart: number; figureEnd: number; figure: string })[];
  suggestions: Highlight[];
  activeClaimId: string | null;
  passage: Passage | null;
  onSelectPassage: (passage: Passage | null) => void;
  onOpenClaim: (id: string) => void;
  onTag: () => void;
  /** Something the editor should know about the passage (it was cut at a paragraph's end). */
  onNotice: (key: NoticeKey | null) => void;
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
 * Enter tags it, Escape clears it. A passage stays within one paragraph. Each
 * claim is a stop for Tab; Enter or Space opens it.
 */
export function ArticleText(props: Props) {
  const { text, language, claims, suggestions, activeClaimId, passage } = props;
  const { onSelectPassage, onOpenClaim, onTag, onNotice } = props;
  const t = useTranslations("tagging.text");
  const ref = useRef<HTMLDivElement>(null);
  const index = useMemo(() => createOffsetIndex(text), [text]);
  const figureOf = useMemo(() => new Map(claims.map((c) => [c.id, c.figure])), [claims]);

  const segments = useMemo(() => {
    const all = [
      ...claims.map((c) => ({ id: `c:${c.id}`, start: c.start, end: c.end })),
      ...claims.map((c) => ({ id: `f:${c.id}`, start: c.figureStart, end: c.figureEnd })),
      ...suggestions.map((s) => ({ ...s, id: `s:${s.id}` })),
      ...(passage ? [{ id: "p:passage", ...passage }] : []),
    ];
    return segmentText(index.length, all);
  }, [claims, suggestions, passage, index]);

  const readSelection = useCallback(() => {
    const container = ref.current;
    const selection = window.getSelection();
    if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    const startsInside = container.contains(range.startContainer);
    const endsInside = container.contains(range.endContainer);
    if (!startsInside && !endsInside) return;
    // A drag that ends (or starts) outside the text is cut at the text's edge,
    // then at the paragraph where it began.
    let start = startsInside ? offsetIn(container, range.startContainer, range.startOffset) : 0;
    let end = endsInside ? offsetIn(container, range.endContainer, range.endOffset) : text.length;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end <= start) return;
    const cut = clampToParagraph(
      text,
      { start: index.toCodePoint(start), end: index.toCodePoint(end) },
      startsInside ? "start" : "end",
    );
    onNotice(cut.clamped ? "mouseClamped" : null);
    onSelectPassage({ start: cut.start, end: cut.end });
    selection.removeAllRanges();
  }, [text, index, onNotice, onSelectPassage]);

  // The mouse may be released anywhere on the page: the drag still selected article text.
  useEffect(() => {
    const onMouseUp = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) readSelection();
    };
    document.addEventListener("mouseup", onMouseUp);
    return () => document.removeEventListener("mouseup", onMouseUp);
  }, [readSelection]);

  // Word steps in UTF-16 indices, converted back to code points. An end lands at
  // the end of a word, a start at the start of one, so a passage never begins
  // or ends with a space.
  const skip = (i: number, direction: 1 | -1, word: boolean) => {
    const at = (k: number) => WORD.test(text[direction === 1 ? k : k - 1] as string) === word;
    while (direction === 1 ? i < text.length && at(i) : i > 0 && at(i)) i += direction;
    return i;
  };
  const moveEnd = (cp: number, direction: 1 | -1) => {
    const i = index.toUtf16(cp);
    return index.toCodePoint(
      direction === 1 ? skip(skip(i, 1, false), 1, true) : skip(skip(skip(i, -1, false), -1, true), -1, false),
    );
  };
  const moveStart = (cp: number, direction: 1 | -1) => {
    const i = index.toUtf16(cp);
    return index.toCodePoint(direction === 1 ? skip(skip(i, 1, true), 1, false) : skip(skip(i, -1, false), -1, true));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      onSelectPassage(null);
      onNotice(null);
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
    if (!passage) {
      const start = WORD.test(text[0] ?? "") ? 0 : moveStart(0, 1);
      onSelectPassage({ start, end: moveEnd(start, 1) });
      return;
    }
    // Never past the paragraph: the end stays in the start's paragraph, the start in the end's.
    if (event.altKey) {
      const line = lineAround(text, Math.max(0, passage.end - 1));
      const wanted = moveStart(passage.start, direction);
      const start = Math.min(Math.max(wanted, line.start), passage.end - 1);
      onNotice(direction === -1 && wanted < line.start ? "paragraphStart" : null);
      onSelectPassage({ start, end: passage.end });
    } else {
      const line = lineAround(text, passage.start);
      const wanted = moveEnd(passage.end, direction);
      const end = Math.max(Math.min(wanted, line.end), passage.start + 1);
      onNotice(direction === 1 && wanted > line.end ? "paragraphEnd" : null);
      onSelectPassage({ start: passage.start, end });
    }
  };

  const firstSegment = new Set<string>();
  return (
    <div
      ref={ref}
      className="article-text"
      lang={language}
      tabIndex={0}
      role="document"
      aria-label={t("label")}
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
        const own = claimIds[claimIds.length - 1];
        // The first piece of each claim is where Tab stops and Enter opens it.
        const stop = own !== undefined && !firstSegment.has(own);
        if (own !== undefined) firstSegment.add(own);
        return (
          <mark
            key={segment.start}
            className={classes.join(" ") || undefined}
            data-claims={claimIds.join(" ") || undefined}
            data-claim-stop={stop ? own : undefined}
            tabIndex={stop ? 0 : undefined}
            role={stop ? "button" : undefined}
            aria-pressed={stop ? activeClaimId === own : undefined}
            title={own !== undefined ? t("claim", { figure: figureOf.get(own) ?? "" }) : undefined}
            onClick={own !== undefined ? () => onOpenClaim(own) : undefined}
            onKeyDown={
              stop
                ? (e) => {
                    if (e.key !== "Enter" && e.key !== " ") return;
                    e.preventDefault();
                    e.stopPropagation();
                    onOpenClaim(own);
                  }
                : undefined
            }
          >
            {content}
          </mark>
        );
      })}
    </div>
  );
}
