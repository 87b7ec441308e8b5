import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listFactsPage, outletExists } from "@/lib/facts/list-facts-page";
import { parseListQuery, refuseUnknownOutlet } from "@/lib/facts/list-filters";
import { ListFilterBar } from "../discrepancies/list-filter-bar";
import { ListPager } from "../discrepancies/list-pager";
import { NewFactForm } from "./new-fact-form";
import "../discrepancies/lists.css";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lists.facts");
  return { title: t("title") };
}

export default async function FactsPage({ searchParams }: Props) {
  const [user, params, t, tf, tv, tk, ts] = await Promise.all([
    requirePageUser(),
    searchParams,
    getTranslations("lists.facts"),
    getTranslations("lists.summary"),
    getTranslations("verdicts.relation"),
    getTranslations("factPage.kind"),
    getTranslations("factPage.status"),
  ]);
  const parsed = parseListQuery("facts", params);
  const query = refuseUnknownOutlet(parsed, await outletExists(parsed.filters.outlet));
  const page = await listFactsPage("facts", query.filters, query.cursor);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      {can(user.role, "tag") && <NewFactForm />}
      <ListFilterBar scope="facts" query={query} />
      <p className="list-total muted small" role="status">
        <strong>{t("total", { count: page.total })}</strong>, {t("order")}
      </p>
      {page.facts.length === 0 ? (
        <p className="notice">{t("none")}</p>
      ) : (
        <table className="list stack">
          <thead>
            <tr>
              <th scope="col">{t("columns.fact")}</th>
              <th scope="col">{t("columns.kind")}</th>
              <th scope="col">{t("columns.claims")}</th>
              <th scope="col">{t("columns.classification")}</th>
              <th scope="col">{t("columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {page.facts.map((f) => (
              <tr key={f.id}>
                <td data-label={t("columns.fact")}>
                  <Link href={`/facts/${f.id}`}>{f.label}</Link>
                  {f.notes > 0 && <span className="muted small"> · {tf("notes", { count: f.notes })}</span>}
                </td>
                <td data-label={t("columns.kind")} className="small">
                  {tk(f.kind)}
                </td>
                <td data-label={t("columns.claims")} className="small">
                  {f.claims.length === 0 ? (
                    tf("claims", { count: 0 })
                  ) : (
                    <ul className="chips">
                      {f.claims.map((c, i) => (
                        <li key={i}>
                          {`${c.outlet}: `}
                          <strong>{c.figure}</strong>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={t("columns.classification")}>
                  <span className={`verdict ${f.verdict.relation}`}>{tv(f.verdict.relation)}</span>
                </td>
                <td data-label={t("columns.status")}>
                  <span className={`status ${f.status}`}>{ts(f.status)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ListPager scope="facts" filters={query.filters} page={page} />
    </>
  );
}
