"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReaderClaim } from "@/lib/articles/get-article";
import { describeValue } from "@/lib/figures";
import { formatDay } from "@/lib/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { History } from "../../../_components/history";
import { NotesThread } from "../../../_components/notes-thread";
import { DeleteButton } from "../../../_components/delete-button";

type Props = {
  claims: ReaderClaim[];
  activeId: string | null;
  /** The article's language, for the figures as written. */
  language: string;
  onActivate: (id: string) => void;
  onEdit: (claim: ReaderClaim) => void;
  permissions: { tag: boolean; annotate: boolean; delete: boolean };
};

export function ClaimList({ claims, activeId, language, onActivate, onEdit, permissions }: Props) {
  const t = useTranslations("tagging.claims");
  const locale = useLocale() as UiLocale;
  // One kept formatter for every claim's date (toLocaleDateString makes one per call).
  const day = (iso: string) => formatDay(iso, locale, { month: "short" });
  return (
    <section className="panel" aria-label={t("label")}>
      <h2>
        {t("title")} <span className="faint small">{claims.length}</span>
      </h2>
      {claims.length === 0 && <p className="faint small">{t("none")}</p>}
      {claims.map((c) => {
        const active = c.id === activeId;
        return (
          <div key={c.id} id={`claim-${c.id}`} className={`claim-item${active ? " active" : ""}`}>
            <button type="button" className="link" onClick={() => onActivate(c.id)} aria-expanded={active}>
              <span className="figure" lang={language}>
                {c.figure}
              </span>
            </button>{" "}
            <span className="small">{describeValue(c.value, locale)}</span>
            <div className="small">
              {c.fact ? (
                <Link href={`/facts/${c.fact.id}`}>{c.fact.label}</Link>
              ) : (
                <span className="faint">{t("noFact")}</span>
              )}
              {c.notes.length > 0 && <span className="faint"> · {t("notes", { count: c.notes.length })}</span>}
            </div>
            {active && (
              <>
                {c.attributedTo && <p className="small muted">{t("attributedTo", { who: c.attributedTo })}</p>}
                {c.asOf && <p className="small muted">{t("asOf", { day: day(c.asOf) })}</p>}
                <p className="small faint">{t("taggedBy", { name: c.author })}</p>
                <div className="actions">
                  {permissions.tag && (
                    <button type="button" onClick={() => onEdit(c)}>
                      {t("edit")}
                    </button>
                  )}
                  {permissions.delete && <DeleteButton type="claim" id={c.id} label={t("delete")} />}
                </div>
                <NotesThread
                  notes={c.notes}
                  target={{ claimId: c.id }}
                  canAnnotate={permissions.annotate}
                  canDelete={permissions.delete}
                />
                <History type="claim" id={c.id} />
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
