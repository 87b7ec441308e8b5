"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import { sentenceAround } from "@/lib/anchors/sentence";
import type { ArticleView, ReaderClaim, SuggestionView } from "@/lib/articles/get-article";
import type { Kind } from "@/lib/claims/value";
import { extractFigures, type ExtractedFigure } from "@/lib/figures";
import { isLocale } from "@/lib/i18n/locales";
import { ArticleText, type Passage } from "./article-text";
import { ClaimList } from "./claim-list";
import { SuggestionList } from "./suggestion-list";
import { TagForm, type TagTarget } from "./tag-form";

type Props = {
  article: ArticleView;
  facts: { id: string; label: string; kind: Kind }[];
  initialClaimId: string | null;
  permissions: { tag: boolean; annotate: boolean; delete: boolean };
};

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));

export function Reader({ article, facts, initialClaimId, permissions }: Props) {
  const router = useRouter();
  const { text } = article;
  const index = useMemo(() => createOffsetIndex(text), [text]);
  const [activeId, setActiveId] = useState<string | null>(initialClaimId);
  const [passage, setPassage] = useState<Passage | null>(null);
  const [target, setTarget] = useState<TagTarget | null>(null);
  const [query, setQuery] = useState("");
  const [matchIndex, setMatchIndex] = useState(0);
  const findRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLDivElement>(null);

  // The figures in the whole text, read the first time a form needs them (to
  // pre-fill it), not while the page renders.
  const figuresCache = useRef<ExtractedFigure[] | null>(null);
  const figures = useCallback(() => {
    figuresCache.current ??= extractFigures(text, {
      lang: isLocale(article.language) ? article.language : undefined,
      publishedAt: article.publishedAt,
    });
    return figuresCache.current;
  }, [text, article.language, article.publishedAt]);

  const openTagForm = useCallback(
    (p: Passage | null, preferredStart?: number) => {
      if (!p || !permissions.tag) return;
      const from = index.toUtf16(p.start);
      const to = index.toUtf16(p.end);
      const inside = figures().filter((f) => f.start >= from && f.end <= to);
      if (preferredStart !== undefined)
        inside.sort((a, b) => Number(b.start === preferredStart) - Number(a.start === preferredStart));
      setTarget({ mode: "create", articleId: article.id, start: p.start, end: p.end, figures: inside });
    },
    [figures, index, article.id, permissions.tag],
  );

  const activate = useCallback((id: string) => {
    setActiveId(id);
    document.getElementById(`claim-${id}`)?.scrollIntoView({ block: "nearest" });
  }, []);

  useEffect(() => {
    if (initialClaimId) {
      const claim = article.claims.find((c) => c.id === initialClaimId);
      if (claim) document.querySelector(`mark[data-claims~="${claim.id}"]`)?.scrollIntoView({ block: "center" });
    }
  }, [initialClaimId, article.claims]);

  // Keyboard: / find a passage, j/k next and previous claim, t tag the passage,
  // e edit the selected claim, Esc close the form.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Esc closes the form, but not while typing in it: what was typed stays.
      if (event.key === "Escape" && !typing(event.target)) {
        setTarget(null);
        return;
      }
      if (typing(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      const ids = article.claims.map((c) => c.id);
      const at = activeId ? ids.indexOf(activeId) : -1;
      if (event.key === "/") {
        event.preventDefault();
        findRef.current?.focus();
      } else if ((event.key === "j" || event.key === "k") && ids.length > 0) {
        const next = event.key === "j" ? Math.min(ids.length - 1, at + 1) : Math.max(0, at - 1);
        const id = ids[next] as string;
        activate(id);
        document.querySelector(`mark[data-claims~="${id}"]`)?.scrollIntoView({ block: "center" });
      } else if (event.key === "t" && passage) {
        openTagForm(passage);
      } else if (event.key === "e" && activeId && permissions.tag) {
        const claim = article.claims.find((c) => c.id === activeId);
        if (claim) setTarget({ mode: "edit", claim });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [article.claims, activeId, passage, openTagForm, activate, permissions.tag]);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (q.length < 2) return [];
    const lower = text.toLowerCase();
    const found: Passage[] = [];
    for (let at = lower.indexOf(q); at !== -1 && found.length < 200; at = lower.indexOf(q, at + 1)) {
      found.push({ start: index.toCodePoint(at), end: index.toCodePoint(at + q.length) });
    }
    return found;
  }, [query, text, index]);

  const chooseMatch = () => {
    const match = matches[matchIndex % Math.max(1, matches.length)];
    if (!match) return;
    setPassage(match);
    setMatchIndex((i) => i + 1);
    textRef.current?.querySelector(".article-text")?.scrollIntoView({ block: "nearest" });
    (textRef.current?.querySelector(".article-text") as HTMLElement | null)?.focus();
  };

  const sentenceOf = useCallback(
    (s: SuggestionView) => {
      const sentence = sentenceAround(text, s.start, s.end);
      return text.slice(index.toUtf16(sentence.start), index.toUtf16(sentence.end));
    },
    [text, index],
  );

  const review = (s: SuggestionView) => {
    const sentence = sentenceAround(text, s.start, s.end);
    setPassage(sentence);
    openTagForm(sentence, index.toUtf16(s.start));
  };

  // The action revalidated the page: the new claim arrives with the refresh.
  const done = (claimId: string) => {
    setTarget(null);
    setPassage(null);
    setActiveId(claimId);
  };

  return (
    <div className="reader">
      <div ref={textRef}>
        <div className="row find-bar">
          <input
            ref={findRef}
            type="search"
            aria-label="Find a passage to tag"
            placeholder="Find a passage to tag (press / )"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setMatchIndex(0);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                chooseMatch();
              }
            }}
          />
          {query.trim().length >= 2 && <span className="small muted">{matches.length} found · Enter selects</span>}
        </div>
        <ArticleText
          text={text}
          claims={article.claims.map((c) => ({
            id: c.id,
            start: c.quoteStart,
            end: c.quoteEnd,
            figureStart: c.figureStart,
            figureEnd: c.figureEnd,
          }))}
          suggestions={article.suggestions.map((s) => ({ id: s.id, start: s.start, end: s.end }))}
          activeClaimId={activeId}
          passage={passage}
          onSelectPassage={(p) => {
            setPassage(p);
            // An open form is never replaced by a selection (the editor may be
            // copying a word into it); Enter or t tags the new passage.
            if (p && permissions.tag && !target) openTagForm(p);
          }}
          onOpenClaim={activate}
          onTag={() => openTagForm(passage)}
        />
        <p className="small faint keys">
          Keys: <kbd>/</kbd> find · <kbd>Shift</kbd>+<kbd>←</kbd>/<kbd>→</kbd> extend · <kbd>Alt</kbd>+<kbd>Shift</kbd>+
          <kbd>←</kbd>/<kbd>→</kbd> move start · <kbd>Enter</kbd>/<kbd>t</kbd> tag · <kbd>j</kbd>/<kbd>k</kbd>{" "}
          next/previous claim · <kbd>e</kbd> edit · <kbd>Esc</kbd> close
        </p>
      </div>
      <aside className="side" aria-label="Claims and suggestions">
        {target && (
          <TagForm
            key={
              target.mode === "create"
                ? `c-${target.start}-${target.end}`
                : `e-${target.claim.id}-${target.claim.version}`
            }
            target={target}
            text={text}
            facts={facts}
            onDone={done}
            onCancel={() => {
              setTarget(null);
              router.refresh();
            }}
          />
        )}
        <ClaimList
          claims={article.claims}
          activeId={activeId}
          onActivate={activate}
          onEdit={(claim: ReaderClaim) => setTarget({ mode: "edit", claim })}
          permissions={permissions}
        />
        <SuggestionList
          suggestions={article.suggestions}
          sentenceOf={sentenceOf}
          onReview={review}
          canTag={permissions.tag}
        />
      </aside>
    </div>
  );
}
