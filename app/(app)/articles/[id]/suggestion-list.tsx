"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { SUGGESTIONS_PAGE_SIZE, type SuggestionView } from "@/lib/reader/suggestion-view";
import type { ClaimValue } from "@/lib/claims/value";
import { describeValue } from "@/lib/figures";
import { FormMessage } from "../../../_components/field";
import { useFormAction } from "../../../_components/use-form-action";
import { acceptSuggestionAction, dismissSuggestionAction } from "../../_actions/claims";

type Props = {
  articleId: string;
  /** The first page, rendered with the article. */
  firstPage: SuggestionView[];
  /** How many are pending in all. */
  total: number;
  onReview: (s: SuggestionView) => void;
  canTag: boolean;
};

function SuggestionItem({ s, onReview, canTag }: { s: SuggestionView; onReview: () => void; canTag: boolean }) {
  const t = useTranslations("reader.suggestions");
  const locale = useLocale();
  const accept = useFormAction(acceptSuggestionAction);
  const dismiss = useFormAction(dismissSuggestionAction);
  const value = s.value as ClaimValue;
  return (
    <div className="suggestion-item">
      <span className="figure">{s.figure}</span>{" "}
      <span className="small">{describeValue(value, locale === "fr" ? "fr" : "en")}</span>
      <p className="small muted quote">{s.sentence}</p>
      <FormMessage status={accept.state.status} message={accept.state.message ?? dismiss.state.message} />
      {canTag && (
        <div className="actions">
          <form action={accept.action} onSubmit={accept.onSubmit}>
            <input type="hidden" name="suggestionId" value={s.id} />
            <button
              type="submit"
              className="primary"
              disabled={accept.pending}
              aria-label={t("acceptFigure", { figure: s.figure })}
            >
              {t("accept")}
            </button>
          </form>
          <button type="button" onClick={onReview}>
            {t("review")}
          </button>
          <form action={dismiss.action} onSubmit={dismiss.onSubmit}>
            <input type="hidden" name="suggestionId" value={s.id} />
            <button type="submit" disabled={dismiss.pending} aria-label={t("dismissFigure", { figure: s.figure })}>
              {t("dismiss")}
            </button>
          </form>
        </div>
      )}
    </div>
  );
}

/**
 * Figures Recoupe found in the text and no one has decided on yet, a page at a
 * time: a long document holds thousands, and only the page shown is sent.
 */
export function SuggestionList({ articleId, firstPage, total, onReview, canTag }: Props) {
  const t = useTranslations("reader.suggestions");
  const [page, setPage] = useState(0);
  const [loaded, setLoaded] = useState<{ page: number; total: number; rows: SuggestionView[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const pages = Math.max(1, Math.ceil(total / SUGGESTIONS_PAGE_SIZE));
  const current = Math.min(page, pages - 1);

  // Pages after the first come from the server, again whenever the count
  // changes (a suggestion accepted or dismissed shifts the rest).
  useEffect(() => {
    if (current === 0) return;
    const controller = new AbortController();
    const params = new URLSearchParams({ offset: String(current * SUGGESTIONS_PAGE_SIZE) });
    fetch(`/api/articles/${articleId}/suggestions?${params}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { rows: SuggestionView[] }) => {
        setLoaded({ page: current, total, rows: body.rows });
        setFailed(false);
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== "AbortError") setFailed(true);
      });
    return () => controller.abort();
  }, [articleId, current, total]);

  if (total === 0) return null;
  const rows =
    current === 0 ? firstPage : loaded && loaded.page === current && loaded.total === total ? loaded.rows : null;
  const from = current * SUGGESTIONS_PAGE_SIZE + 1;
  const to = Math.min(total, from + SUGGESTIONS_PAGE_SIZE - 1);
  return (
    <section className="panel" aria-label={t("label")}>
      <h2>
        {t("title")} <span className="faint small">{total}</span>
      </h2>
      {rows === null ? (
        <p className="small muted" role="status">
          {failed ? t("failed") : t("loading")}
        </p>
      ) : (
        rows.map((s) => <SuggestionItem key={s.id} s={s} onReview={() => onReview(s)} canTag={canTag} />)
      )}
      {pages > 1 && (
        <nav className="row small suggestion-pages" aria-label={t("pages")}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            ← {t("previous")}
          </button>
          <span className="muted">{t("range", { from, to, total })}</span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t("next")} →
          </button>
        </nav>
      )}
    </section>
  );
}
