"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import { proposeFigures } from "@/lib/anchors/propose-figures";
import { sentenceAround } from "@/lib/anchors/sentence";
import type { ArticleView, ReaderClaim, SuggestionView } from "@/lib/articles/get-article";
import { extractFigures, type ExtractedFigure } from "@/lib/figures";
import { isLocale } from "@/lib/i18n/locales";
import { ArticleText, type NoticeKey, type Passage } from "./article-text";
import { ClaimList } from "./claim-list";
import { LeftOutLines } from "./left-out-lines";
import { SuggestionList } from "./suggestion-list";
import { TagForm, type TagTarget } from "./tag-form";
import "./reader.css";

type Props = {
  article: ArticleView;
  initialClaimId: string | null;
  permissions: { tag: boolean; annotate: boolean; delete: boolean; import?: boolean };
};

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));

const claimStop = (id: string) => document.querySelector<HTMLElement>(`mark[data-claim-stop="${id}"]`);

export function Reader({ article, initialClaimId, permissions }: Props) {
  const t = useTranslations("tagging");
  const router = useRouter();
  const { text } = article;
  const index = useMemo(() => createOffsetIndex(text), [text]);
  const [activeId, setActiveId] = useState<string | null>(initialClaimId);
  const [passage, setPassage] = useState<Passage | null>(null);
  const [target, setTarget] = useState<TagTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // data-keys="ready" on the reader once the keyboard shortcuts listen (after
  // hydration): tests and scripts know when "/" or "j" can be pressed.
  const rootRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState("");
  const [matchIndex, setMatchIndex] = useState(0);
  const findRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const language = isLocale(article.language) ? article.language : undefined;

  // The figures in the whole text, read the first time a form needs them (to
  // pre-fill it), not while the page renders.
  const figuresCache = useRef<{ text: string; figures: ExtractedFigure[] } | null>(null);
  const figures = useCallback(() => {
    if (figuresCache.current?.text !== text) {
      figuresCache.current = {
        text,
        figures: extractFigures(text, { lang: language, publishedAt: article.publishedAt }),
      };
    }
    return figuresCache.current.figures;
  }, [text, language, article.publishedAt]);

  const showNotice = useCallback((key: NoticeKey | null) => setNotice(key ? t(`notice.${key}`) : null), [t]);

  const openTagForm = useCallback(
    (p: Passage | null, preferredStart?: number) => {
      if (!p || !permissions.tag) return;
      // The figures of the passage, read in their sentence; a selection cutting
      // through a figure is widened to the whole of it.
      const proposal = proposeFigures(text, p, figures(), { lang: language, publishedAt: article.publishedAt });
      const inside = [...proposal.figures];
      if (preferredStart !== undefined)
        inside.sort((a, b) => Number(b.start === preferredStart) - Number(a.start === preferredStart));
      if (proposal.start !== p.start || proposal.end !== p.end)
        setPassage({ start: proposal.start, end: proposal.end });
      const notes = [
        ...(proposal.widenedFor.length > 0
          ? [t("notice.widened", { figures: proposal.widenedFor.join(" », «") })]
          : []),
        ...(inside.length === 0 ? [t("notice.noFigure")] : []),
      ];
      setTarget({
        mode: "create",
        articleId: article.id,
        start: proposal.start,
        end: proposal.end,
        figures: inside,
        notes,
      });
    },
    [figures, text, language, article.id, article.publishedAt, permissions.tag, t],
  );

  // A new text (a line put back): offsets chosen in the old one mean nothing now.
  const [textSeen, setTextSeen] = useState(text);
  if (textSeen !== text) {
    setTextSeen(text);
    setPassage(null);
    if (target?.mode === "create") setTarget(null);
  }

  const activate = useCallback((id: string) => {
    setActiveId(id);
    document.getElementById(`claim-${id}`)?.scrollIntoView({ block: "nearest" });
  }, []);

  useEffect(() => {
    if (initialClaimId) claimStop(initialClaimId)?.scrollIntoView({ block: "center" });
  }, [initialClaimId]);

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
        const stop = claimStop(id);
        stop?.focus({ preventScroll: true });
        stop?.scrollIntoView({ block: "center" });
      } else if (event.key === "t" && passage) {
        openTagForm(passage);
      } else if (event.key === "e" && activeId && permissions.tag) {
        const claim = article.claims.find((c) => c.id === activeId);
        if (claim) setTarget({ mode: "edit", claim });
      }
    };
    window.addEventListener("keydown", onKey);
    rootRef.current?.setAttribute("data-keys", "ready");
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
    setNotice(null);
    setMatchIndex((i) => i + 1);
    textRef.current?.querySelector(".article-text")?.scrollIntoView({ block: "nearest" });
    (textRef.current?.querySelector(".article-text") as HTMLElement | null)?.focus();
  };

  const review = (s: SuggestionView) => {
    const sentence = sentenceAround(text, s.start, s.end);
    setPassage(sentence);
    openTagForm(sentence, index.toUtf16(s.start));
  };

  // The action revalidated the page: the new claim arrives with the refresh.
  const done = (claimId: string) => {
    setTarget(null);
    setPassage(null);
    setNotice(null);
    setActiveId(claimId);
  };

  return (
    <div className="reader" ref={rootRef}>
      <div ref={textRef}>
        <div className="row find-bar">
          <input
            ref={findRef}
            type="search"
            aria-label={t("find.label")}
            placeholder={t("find.placeholder")}
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
          {query.trim().length >= 2 && (
            <span className="small muted" role="status">
              {t("find.found", { count: matches.length })}
            </span>
          )}
        </div>
        <p className="reader-notice small" role="status" aria-live="polite">
          {notice}
        </p>
        <ArticleText
          text={text}
          language={article.language}
          claims={article.claims.map((c) => ({
            id: c.id,
            start: c.quoteStart,
            end: c.quoteEnd,
            figureStart: c.figureStart,
            figureEnd: c.figureEnd,
            figure: c.figure,
          }))}
          suggestions={article.suggestionSpans.map(([start, end]) => ({ id: String(start), start, end }))}
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
          onNotice={showNotice}
        />
        <p className="small faint keys">
          {t("keys.legend")} <kbd>/</kbd> {t("keys.find")} · <kbd>Shift</kbd>+<kbd>←</kbd>/<kbd>→</kbd>{" "}
          {t("keys.extend")} · <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>←</kbd>/<kbd>→</kbd> {t("keys.moveStart")} ·{" "}
          <kbd>Enter</kbd>/<kbd>t</kbd> {t("keys.tag")} · <kbd>j</kbd>/<kbd>k</kbd> {t("keys.nextPrevious")} ·{" "}
          <kbd>e</kbd> {t("keys.edit")} · <kbd>Esc</kbd> {t("keys.close")}
        </p>
        <LeftOutLines
          articleId={article.id}
          lines={article.leftOut}
          language={article.language}
          canRestore={permissions.import ?? permissions.tag}
        />
      </div>
      <aside className="side" aria-label={t("sideLabel")}>
        {target && (
          <TagForm
            key={
              target.mode === "create"
                ? `c-${target.start}-${target.end}`
                : `e-${target.claim.id}-${target.claim.version}`
            }
            target={target}
            text={text}
            language={article.language}
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
          language={article.language}
          onActivate={activate}
          onEdit={(claim: ReaderClaim) => setTarget({ mode: "edit", claim })}
          permissions={permissions}
        />
        <SuggestionList
          articleId={article.id}
          firstPage={article.suggestions}
          total={article.pendingSuggestions}
          onReview={review}
          canTag={permissions.tag}
        />
      </aside>
    </div>
  );
}
