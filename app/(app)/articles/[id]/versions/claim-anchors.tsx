import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ClaimAnchoring } from "@/lib/versions/list-versions";

/** Where each claim stands after the article's changes. */
export async function ClaimAnchors({ claims }: { claims: ClaimAnchoring[] }) {
  const t = await getTranslations("versions");
  return (
    <section aria-labelledby="claim-anchors">
      <h2 id="claim-anchors">{t("claims")}</h2>
      {claims.length === 0 ? (
        <p className="muted">{t("noClaims")}</p>
      ) : (
        <ul className="lc-claims">
          {claims.map((c) => (
            <li key={c.id} className={`card lc-claim lc-${c.anchorStatus}`}>
              <p className="lc-claim-head">
                <span className={`lc-status lc-status-${c.anchorStatus}`}>{t(`status.${c.anchorStatus}`)}</span>{" "}
                <strong>{c.figure}</strong>
                {c.anchorStatus !== "orphan" && c.anchorScore !== null && (
                  <span className="muted small">
                    {" · "}
                    {c.anchorScore === 1 ? t("exact") : t("score", { score: c.anchorScore })}
                  </span>
                )}
                {" · "}
                {c.factId ? (
                  <Link href={`/facts/${c.factId}`}>{t("fact", { label: c.factLabel ?? "" })}</Link>
                ) : (
                  <span className="faint small">{t("noFact")}</span>
                )}
              </p>
              {c.figureBefore && (
                <p className="lc-figure-changed" role="note">
                  <strong>{t("figureChanged", { from: c.figureBefore, to: c.figure })}</strong>{" "}
                  <span className="small">{t("figureChangedHint", { from: c.figureBefore })}</span>
                </p>
              )}
              {c.anchorStatus === "orphan" ? (
                <>
                  <p className="small muted">{t("orphanSince", { version: (c.anchorVersion ?? 0) + 1 })}</p>
                  <blockquote className="lc-old-quote">{c.quoteExact}</blockquote>
                </>
              ) : (
                <blockquote className="lc-quote">{c.quoteExact}</blockquote>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
