"use client";

import "../../../_components/download-links.css";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";

type Report = {
  imported: { index: number; figure: string; notes: number }[];
  skipped: { index: number; quote: string | null; reason: string; detail?: string }[];
};

const REASONS = new Set(["noQuote", "notFound", "noFigure", "duplicate", "invalidClaim"]);

/**
 * Annotations made in another tool (a W3C Web Annotation or Hypothesis JSON
 * export) onto this article, through the import API: each placed one becomes
 * a claim with its comments as notes; the others are listed with why. A file
 * that is not one is refused with the server's message, and nothing is stored.
 */
export function ImportAnnotations({ articleId }: { articleId: string }) {
  const t = useTranslations("standards.importForm");
  const tr = useTranslations("standards.import");
  const router = useRouter();
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setReport(null);
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return setError(t("noFile"));
    setSending(true);
    try {
      const response = await fetch(`/api/standards/articles/${articleId}/annotations`, { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as (Report & { error?: string }) | null;
      if (!response.ok || !body || !Array.isArray(body.imported)) {
        setError(body?.error ?? t("failed"));
        return;
      }
      setReport(body);
      if (body.imported.length > 0) router.refresh();
    } catch {
      setError(t("failed"));
    } finally {
      setSending(false);
    }
  };

  return (
    <details className="import-annotations">
      <summary>{t("summary")}</summary>
      <form onSubmit={submit} noValidate aria-label={t("summary")}>
        <p className="small muted">{t("hint")}</p>
        <div className="field">
          <label htmlFor={inputId}>{t("file")}</label>
          <input id={inputId} name="file" type="file" accept=".json,.jsonld,application/json,application/ld+json" />
        </div>
        <button type="submit" disabled={sending}>
          {sending ? t("sending") : t("submit")}
        </button>
      </form>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div role="status" className="import-report">
          <p>{t("result", { imported: report.imported.length, skipped: report.skipped.length })}</p>
          {report.skipped.length > 0 && (
            <ul className="small">
              {report.skipped.map((s) => (
                <li key={s.index}>
                  {s.quote ? `«${s.quote.slice(0, 120)}» — ` : `#${s.index + 1} — `}
                  {REASONS.has(s.reason) ? tr(s.reason as "noQuote", { detail: s.detail ?? "" }) : s.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </details>
  );
}
