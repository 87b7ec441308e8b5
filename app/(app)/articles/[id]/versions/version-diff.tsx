import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { VersionDiff } from "@/lib/versions/diff-versions";

/** The word diff between two versions, a page of changes at a time. */
export async function VersionDiffView({
  articleId,
  from,
  to,
  diff,
}: {
  articleId: string;
  from: number;
  to: number;
  diff: VersionDiff;
}) {
  const t = await getTranslations("versions");
  const pageLink = (page: number) => `/articles/${articleId}/versions?from=${from}&to=${to}&page=${page}#diff`;
  return (
    <section aria-labelledby="diff" className="lc-diff-section">
      <h2 id="diff">{t("diff", { from, to })}</h2>
      {diff.identical ? (
        <p className="notice">{t("identical")}</p>
      ) : (
        <>
          <p className="muted small">
            {t("summary", { added: diff.wordsAdded, removed: diff.wordsRemoved })}
            {diff.pages > 1 && ` · ${t("pages", { page: diff.page, pages: diff.pages })}`}
          </p>
          <ol className="lc-hunks">
            {diff.hunks.map((hunk, i) => (
              <li key={i} className="card lc-hunk">
                {hunk.cutBefore && <span className="faint">{t("cut")} </span>}
                {hunk.parts.map((part, j) =>
                  part.kind === "added" ? (
                    <ins key={j}>
                      <span className="lc-hidden">{t("added")} </span>
                      {part.text}
                    </ins>
                  ) : part.kind === "removed" ? (
                    <del key={j}>
                      <span className="lc-hidden">{t("removed")} </span>
                      {part.text}
                    </del>
                  ) : (
                    <span key={j}>{part.text}</span>
                  ),
                )}
                {hunk.cutAfter && <span className="faint"> {t("cut")}</span>}
              </li>
            ))}
          </ol>
          {diff.pages > 1 && (
            <nav className="lc-pager" aria-label={t("pages", { page: diff.page, pages: diff.pages })}>
              {diff.page > 1 && <Link href={pageLink(diff.page - 1)}>{t("previous")}</Link>}
              {diff.page < diff.pages && <Link href={pageLink(diff.page + 1)}>{t("next")}</Link>}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
