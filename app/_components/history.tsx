"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { RevisionView } from "@/lib/history/list-revisions";
import { useFormats } from "./use-formats";

/** Who changed what and when, loaded when the editor opens it, in the editor's words. */
export function History({ type, id }: { type: "claim" | "fact" | "article" | "note"; id: string }) {
  const t = useTranslations("history");
  const format = useFormats();
  const [revisions, setRevisions] = useState<RevisionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    if (revisions) return;
    try {
      const response = await fetch(`/api/history?type=${type}&id=${id}`, { cache: "no-store" });
      const body = (await response.json()) as { revisions?: RevisionView[]; error?: string };
      if (!response.ok) throw new Error(body.error ?? t("loadFailed"));
      setRevisions(body.revisions ?? []);
    } catch (e) {
      setError(e instanceof SyntaxError ? t("loadFailed") : (e as Error).message);
    }
  };
  return (
    <details className="history" onToggle={(e) => (e.currentTarget.open ? void load() : undefined)}>
      <summary>{t("title")}</summary>
      {error && <p className="field-error">{error}</p>}
      {revisions === null && !error && (
        <p className="faint" data-loading>
          {t("loading")}
        </p>
      )}
      {revisions?.length === 0 && <p className="faint">{t("empty")}</p>}
      {revisions && revisions.length > 0 && (
        <ol>
          {revisions.map((r) => (
            <li key={r.id}>
              {t("entry", {
                action: r.actionLabel,
                actor: r.actor,
                at: format.dateTime(r.at),
              })}
              {r.changes.length > 0 && (
                <ul>
                  {r.changes.map((c) => (
                    <li key={c.field}>
                      {t.rich("change", {
                        label: c.label,
                        before: c.before,
                        after: c.after,
                        name: (chunks) => <span className="change-label">{chunks}</span>,
                        old: (chunks) => <span className="change-before">{chunks}</span>,
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
