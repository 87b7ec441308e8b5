import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ListFilters } from "@/lib/facts/list-filters";
import type { FactsPage } from "@/lib/facts/list-facts-page";

/** The address of a list with these filters (and a cursor, for another page). */
export function listHref(scope: "facts" | "discrepancies", filters: ListFilters, cursor?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/${scope}?${query}` : `/${scope}`;
}

export async function ListPager({
  scope,
  filters,
  page,
}: {
  scope: "facts" | "discrepancies";
  filters: ListFilters;
  page: FactsPage;
}) {
  if (!page.previous && !page.next) return null;
  const t = await getTranslations("lists.pager");
  return (
    <nav className="pager" aria-label={t("label")}>
      {page.previous ? (
        <Link href={listHref(scope, filters, page.previous)} rel="prev">
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      {page.next && (
        <Link href={listHref(scope, filters, page.next)} rel="next">
          {t("next")} →
        </Link>
      )}
    </nav>
  );
}
