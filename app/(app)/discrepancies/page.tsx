import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { explainFactWith } from "@/lib/discrepancies/explain";
import { listFactsPage, outletExists } from "@/lib/facts/list-facts-page";
import { parseListQuery, refuseUnknownOutlet } from "@/lib/facts/list-filters";
import { describeValue } from "@/lib/figures";
import { formatDateTime } from "@/lib/format";
import { isUiLocale, DEFAULT_UI_LOCALE } from "@/lib/i18n/locales";
import { ListFilterBar } from "./list-filter-bar";
import { ListPager } from "./list-pager";
import { reportFormatChoices } from "@/lib/reports/formats";
import { rowTranslator } from "@/lib/reports/report-messages";
import "./lists.css";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EXPORTED_FILTERS = ["verdict", "kind", "outlet", "notes", "q"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lists.discrepancies");
  return { title: t("title") };
}

export default async function DiscrepanciesPage({ searchParams }: Props) {
  const [, params, t, locale] = await Promise.all([
    requirePageUser(),
    searchParams,
    getTranslations("lists.discrepancies"),
    getLocale(),
  ]);
  const ui = isUiLocale(locale) ? locale : DEFAULT_UI_LOCALE;
  // What each row says (about ten messages a row): compiled once, kept.
  const [row, tv, tf] = [rowTranslator(ui, "lists"), rowTranslator(ui, "verdicts"), rowTranslator(ui, "factPage")];
  const parsed = parseListQuery("discrepancies", params);
  const query = refuseUnknownOutlet(parsed, await outletExists(parsed.filters.outlet));
  const page = await listFactsPage("discrepancies", query.filters, query.cursor);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <ListFilterBar scope="discrepancies" query={query} />
      <p className="list-total muted small" role="status">
        <strong>{t("total", { count: page.total })}</strong>
      </p>
      <form method="get" action="/api/reports" className="card">
        <p className="muted small">{t("intro")}</p>
        {page.facts.length === 0 && <p className="notice">{t("none")}</p>}
        {page.facts.map((f) => (
          // Server-rendered rows, sent twice (as HTML and as the page's flight
          // data): plain elements, classes only where the style needs them,
          // each text in one piece (lists.css styles the chips by position).
          <article key={f.id} className="discrepancy">
            <div className="discrepancy-head">
              <input
                type="checkbox"
                name="facts"
                value={f.id}
                aria-label={row("discrepancies.select", { label: f.label })}
              />
              <Link href={`/facts/${f.id}`}>{f.label}</Link>
              <span className={`verdict ${f.verdict.relation}`}>{tv(`relation.${f.verdict.relation}`)}</span>
              <span className={`status ${f.status}`}>{tf(`status.${f.status}`)}</span>
            </div>
            <ul className="chips">
              {f.claims.map((c, i) => (
                <li key={i}>
                  {`${row("outletSays", { outlet: c.outlet })} `}
                  <strong>{c.figure}</strong>
                  <span>{` · ${describeValue(c.value, ui)}`}</span>
                </li>
              ))}
            </ul>
            <p className="small muted">{explainFactWith(tv, ui, f.verdict, f.verdict.period)}</p>
            <p className="small faint">
              {row("discrepancies.lastActivity", { when: formatDateTime(f.lastActivity, ui) })}
            </p>
          </article>
        ))}
        <input type="hidden" name="scope" value="discrepancies" />
        <input type="hidden" name="status" value={query.filters.status ?? "all"} />
        {/* The export holds what this list shows: every filter goes with it. */}
        {EXPORTED_FILTERS.map((name) =>
          query.filters[name] ? <input key={name} type="hidden" name={name} value={query.filters[name]} /> : null,
        )}
        <input type="hidden" name="lang" value={ui} />
        <p className="faint small">{t("exportScope")}</p>
        <div className="actions">
          <span>{t("exportAs")}</span>
          {reportFormatChoices(ui).map(({ format, label }) => (
            <button key={format} type="submit" name="format" value={format}>
              {label}
            </button>
          ))}
        </div>
      </form>
      <ListPager scope="discrepancies" filters={query.filters} page={page} />
    </>
  );
}
