"use client";

import { useTranslations } from "next-intl";
import { diffMismatch, showInvisibles } from "@/lib/anchors/quote-mismatch";

export type AnchorMismatch = { sent: string; found: string | null };

/**
 * Why a passage was refused: the passage sent and what the article holds at
 * its offsets, each with its invisible characters shown and what differs
 * marked (and named for screen readers, not by colour alone).
 */
export function QuoteMismatch({ mismatch }: { mismatch: AnchorMismatch }) {
  const t = useTranslations("tagging.mismatch");
  const { sent, found } = mismatch;
  if (found === null) {
    return (
      <div className="conflict-box small" role="alert">
        <p>{t("outside")}</p>
        <p className="mismatch-text">{showInvisibles(sent)}</p>
      </div>
    );
  }
  const pieces = diffMismatch(sent, found);
  const side = (which: "sent" | "found") =>
    pieces
      .filter((p) => p.side === "both" || p.side === which)
      .map((p, k) =>
        p.side === "both" ? (
          <span key={k}>{p.text}</span>
        ) : (
          <mark key={k} className={`mismatch-${which}`}>
            <span className="visually-hidden">{which === "sent" ? t("onlySent") : t("onlyFound")} </span>
            {p.text}
          </mark>
        ),
      );
  return (
    <div className="conflict-box small mismatch" role="alert">
      <strong>{t("title")}</strong>
      <dl>
        <dt>{t("sent")}</dt>
        <dd className="mismatch-text">{side("sent")}</dd>
        <dt>{t("found")}</dt>
        <dd className="mismatch-text">{side("found")}</dd>
      </dl>
      <p className="muted">{t("legend")}</p>
      <p>{t("reload")}</p>
    </div>
  );
}
