import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links for a paged list, keeping the other parameters of the address. */
export async function Pager({
  path,
  params,
  page,
  total,
  pageSize,
}: {
  path: string;
  params: Record<string, string>;
  page: number;
  total: number;
  pageSize: number;
}) {
  const t = await getTranslations("search.pager");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => `${path}?${new URLSearchParams({ ...params, page: String(p) })}`;
  return (
    <nav className="pager" aria-label={t("label")}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="muted small">{t("summary", { page: Math.min(page, pages), pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
