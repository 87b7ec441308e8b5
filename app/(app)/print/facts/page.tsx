import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/formats";
import { requirePageUser } from "@/lib/auth/current-user";
import { explainFactWith, explainPairWith } from "@/lib/discrepancies/explain";
import { GROWING_KINDS } from "@/lib/discrepancies/fact-verdict";
import { env } from "@/lib/env";
import type { FactClaim } from "@/lib/facts/get-fact";
import { describeValue, toEpochDay } from "@/lib/figures";
import type { UiLocale } from "@/lib/i18n/locales";
import type { NoteView } from "@/lib/notes/note-view";
import { loadPrintFacts, type PrintFact } from "@/lib/print/load-print-facts";
import { printQuerySchema } from "@/lib/print/print-schema";
import { FactPicture } from "../../../_components/number-line";
import "../../facts/facts.css";
import "./print.css";

// The printed report of one or more facts, on screen as on paper (its print
// stylesheet): what app/api/print prints to PDF with Chromium. Links are
// absolute, on the public address, so that they work from the PDF.

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("print"))("title") };
}

/** The public address links are built on: the printer's (it reaches this server at 127.0.0.1), else this request's. */
async function baseUrl(): Promise<string> {
  const list = await headers();
  for (const candidate of [list.get("x-recoupe-print-base"), env().RECOUPE_BASE_URL]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
    } catch {
      // not an address: the next candidate
    }
  }
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const proto = list.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

function Notes({ notes, label, day }: { notes: NoteView[]; label: string; day: (iso: string) => string }) {
  if (notes.length === 0) return null;
  return (
    <div className="print-notes">
      <h4>{label}</h4>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            <span className="note-body">{n.body}</span>{" "}
            <span className="muted small">
              — {n.author}, {day(n.createdAt)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

async function FactReport({
  item,
  base,
  index,
  single,
}: {
  item: PrintFact;
  base: string;
  index: number;
  /** The report's only fact: the page's title is its label. */
  single: boolean;
}) {
  const [t, tf, tv, locale, format] = await Promise.all([
    getTranslations("print"),
    getTranslations("factPage"),
    getTranslations("verdicts"),
    getLocale(),
    getFormats(),
  ]);
  const ui = locale as UiLocale;
  const { fact, verdict, articles } = item;
  const comparable = new Map(verdict.claims.map((c) => [c.id, c]));
  const day = (iso: string) => format.day(iso);
  const groups = new Map<string, FactClaim[]>();
  for (const c of fact.claims) groups.set(c.articleId, [...(groups.get(c.articleId) ?? []), c]);
  return (
    <article className="print-fact" aria-labelledby={single ? "print-title" : `fact-${index}`}>
      <p className="muted small">
        {tf(`kind.${fact.kind}`)} · {tf(`status.${fact.status}`)} ·{" "}
        <a href={`${base}/facts/${fact.id}`}>{`${base}/facts/${fact.id}`}</a>
      </p>
      {!single && <h2 id={`fact-${index}`}>{fact.label}</h2>}
      <p className="print-verdict">
        <span className={`verdict ${verdict.relation}`}>{tv(`relation.${verdict.relation}`)}</span>{" "}
        {explainFactWith(tv, ui, verdict, verdict.period)}
      </p>
      {fact.claims.length > 0 && (
        <FactPicture
          kind={fact.kind}
          conflicts={verdict.pairs
            .filter((p) => p.relation === "conflict" && p.reason.type === "disjoint")
            .map((p) => [p.a.id, p.b.id] as [string, string])}
          claims={fact.claims.map((c) => {
            const cc = comparable.get(c.id);
            return {
              id: c.id,
              outlet: c.outlet,
              figure: c.figure,
              value: c.value,
              refDay: cc?.refDay ?? toEpochDay(c.publishedAt),
              at: cc?.at ?? null,
              final: cc?.final ?? false,
              publishedAt: toEpochDay(c.publishedAt),
              asOfText: "—",
              language: c.language,
            };
          })}
        />
      )}

      <h3>{t("quotes")}</h3>
      {fact.claims.length === 0 && <p>{t("noClaims")}</p>}
      {[...groups.values()].map((group) => {
        const first = group[0] as FactClaim;
        const article = articles.get(first.articleId);
        return (
          <section key={first.articleId} className="print-article">
            <h4>
              {first.outlet}, {day(first.publishedAt)}
            </h4>
            <p className="small">
              <span lang={first.language}>{first.articleTitle}</span>
              <br />
              {article?.url ? (
                <>
                  {t("link")}: <a href={article.url}>{article.url}</a>
                </>
              ) : (
                t("noLink")
              )}
              <br />
              {article?.archive ? (
                <>
                  {t("archived", {
                    date: format.dateTime(article.archive.fetchedAt),
                  })}
                  :{" "}
                  <a href={`${base}/articles/${first.articleId}/archive?fetch=${article.archive.id}`}>
                    {`${base}/articles/${first.articleId}/archive`}
                  </a>
                </>
              ) : (
                t("noArchive")
              )}
            </p>
            {group.map((c) => (
              <div key={c.id} className="print-claim">
                <blockquote className="quote" lang={c.language}>
                  {c.context.before}
                  <mark>{c.context.figure}</mark>
                  {c.context.after}
                </blockquote>
                <p className="small">
                  <span lang={c.language}>{c.figure}</span> → {describeValue(c.value, ui)}
                  {c.attributedTo && <> · {tf("attributedTo", { who: c.attributedTo })}</>}
                  {!GROWING_KINDS.has(fact.kind) && c.asOf && <> · {tf("asOfDay", { day: day(c.asOf) })}</>}
                </p>
                <Notes notes={c.notes} label={t("claimNotes")} day={day} />
              </div>
            ))}
          </section>
        );
      })}

      {verdict.pairs.length > 0 && (
        <>
          <h3>{t("pairs")}</h3>
          <ul className="print-pairs">
            {verdict.pairs.map((p) => (
              <li key={`${p.a.id}-${p.b.id}`}>
                <strong>{tv(`relation.${p.relation}`)}</strong> — {explainPairWith(tv, ui, p, verdict.period)}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t("resolution")}</h3>
      <p>{fact.status === "resolved" ? t("resolved", { note: fact.resolutionNote ?? "" }) : t("open")}</p>
      <Notes notes={fact.notes} label={t("factNotes")} day={day} />
    </article>
  );
}

export default async function PrintFactsPage({ searchParams }: Props) {
  const [, query, t, format] = await Promise.all([
    requirePageUser(),
    searchParams,
    getTranslations("print"),
    getFormats(),
  ]);
  const parsed = printQuerySchema.safeParse({ facts: query.facts });
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.message ?? "print.errors.noFacts";
    return (
      <div className="narrow">
        <h1>{t("title")}</h1>
        <p className="notice error" role="alert">
          {t(key.replace(/^print\./, "") as "errors.noFacts")}
        </p>
      </div>
    );
  }
  const [{ facts, missing }, base] = await Promise.all([loadPrintFacts(parsed.data.facts), baseUrl()]);
  const now = format.dateTime(new Date());
  return (
    <div className="print-report" data-print-ready="">
      <header className="print-head">
        <h1 id="print-title">
          {facts.length === 1 ? (facts[0]?.fact.label ?? t("title")) : t("titleMany", { count: facts.length })}
        </h1>
        <p className="muted small">{t("generated", { date: now })}</p>
        <p className="no-print small">{t("screenHint")}</p>
        {facts.length > 0 && (
          <p className="no-print print-actions">
            <a
              className="button"
              href={`/api/print/facts?${new URLSearchParams({ facts: parsed.data.facts.join(",") })}`}
            >
              {facts.length === 1 ? t("downloads.pdf") : t("downloads.pdfMany")}
            </a>
          </p>
        )}
      </header>
      {missing.length > 0 && (
        <p className="notice" role="status">
          {t("missing", { count: missing.length })}
        </p>
      )}
      {facts.map((item, index) => (
        <FactReport key={item.fact.id} item={item} base={base} index={index} single={facts.length === 1} />
      ))}
    </div>
  );
}
