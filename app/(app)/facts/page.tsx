import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listFactsPage, outletExists } from "@/lib/facts/list-facts-page";
import { parseListQuery, refuseUnknownOutlet } from "@/lib/facts/list-filters";
import { DEFAULT_UI_LOCALE, isUiLocale } from "@/lib/i18n/locales";
import { rowTranslator } from "@/lib/reports/report-messages";
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
  const [user, params, t, locale] = await Promise.all([
    requirePageUser(),
    searchParams,
    getTranslations("lists.facts"),
    getLocale(),
  ]);
  const ui = isUiLocale(locale) ? locale : DEFAULT_UI_LOCALE;
  // What each row says (about ten messages a row): compiled once, kept.
  const [row, tv, tf] = [rowTranslator(ui, "lists"), rowTranslator(ui, "verdicts"), rowTranslator(ui, "factPage")];
  const column = {
    fact: t("columns.fact"),
    kind: t("columns.kind"),
    claims: t("columns.claims"),
    classification: t("columns.classification"),
    status: t("columns.status"),
  };
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
              <th scope="col">{column.fact}</th>
              <th scope="col">{column.kind}</th>
              <th scope="col">{column.claims}</th>
              <th scope="col">{column.classification}</th>
              <th scope="col">{column.status}</th>
            </tr>
          </thead>
          <tbody>
            {page.facts.map((f) => (
              <tr key={f.id}>
                <td data-label={column.fact}>
                  <Link href={`/facts/${f.id}`}>{f.label}</Link>
                  {f.notes > 0 && <span className="muted small"> · {row("summary.notes", { count: f.notes })}</span>}
                </td>
                <td data-label={column.kind} className="small">
                  {tf(`kind.${f.kind}`)}
                </td>
                <td data-label={column.claims} className="small">
                  {f.claims.length === 0 ? (
                    row("summary.claims", { count: 0 })
                  ) : (
                    <ul className="chips">
                      {f.claims.map((c, i) => (
                        <li key={i}>
                          {`${row("outletSays", { outlet: c.outlet })} `}
                          <strong>{c.figure}</strong>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={column.classification}>
                  <span className={`verdict ${f.verdict.relation}`}>{tv(`relation.${f.verdict.relation}`)}</span>
                </td>
                <td data-label={column.status}>
                  <span className={`status ${f.status}`}>{tf(`status.${f.status}`)}</span>
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
