import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/formats";
import { requirePageUser } from "@/lib/auth/current-user";
import { readSearchText, SEARCH_SECTIONS, searchPageSchema, type SearchSection } from "@/lib/search/schema";
import { searchArticles } from "@/lib/search/search-articles";
import { searchClaims } from "@/lib/search/search-claims";
import { searchFacts } from "@/lib/search/search-facts";
import { searchNotes } from "@/lib/search/search-notes";
import { Highlighted, Snippet } from "./highlighted";
import { Pager } from "./pager";
import "./search.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

const OVERVIEW_SIZE = 5;
const PAGE_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[]>> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = searchPageSchema.parse(raw);
  const text = readSearchText(raw.q);
  const [, t] = await Promise.all([requirePageUser(), getTranslations("search")]);
  const q = text.status === "ok" ? text.q : "";
  return (
    <div className="search-page">
      <h1>{t("title")}</h1>
      <form role="search" action="/search" className="search-form">
        <input
          name="q"
          type="search"
          aria-label={t("label")}
          placeholder={t("placeholder")}
          defaultValue={typeof raw.q === "string" ? raw.q : ""}
          autoFocus={text.status !== "ok"}
        />
        {params.in && <input type="hidden" name="in" value={params.in} />}
        <button type="submit">{t("submit")}</button>
      </form>
      {text.status === "tooLong" && (
        <p className="notice error" role="alert">
          {t("tooLong", { max: text.max, length: text.length })}
        </p>
      )}
      {text.status === "empty" && <p className="muted small">{t("hint")}</p>}
      {text.status === "ok" && <Results q={q} section={params.in} page={params.page ?? 1} />}
    </div>
  );
}

async function Results({ q, section, page }: { q: string; section?: SearchSection; page: number }) {
  const [t, format] = await Promise.all([getTranslations("search"), getFormats()]);
  const options = (s: SearchSection) =>
    section === s ? { page, pageSize: PAGE_SIZE } : { page: 1, pageSize: OVERVIEW_SIZE };
  const [articles, facts, claims, notes] = await Promise.all([
    searchArticles(q, options("articles")),
    searchFacts(q, options("facts")),
    searchClaims(q, options("claims")),
    searchNotes(q, options("notes")),
  ]);
  const totals: Record<SearchSection, number> = {
    articles: articles.total,
    facts: facts.total,
    claims: claims.total,
    notes: notes.total,
  };
  const all = Object.values(totals).reduce((a, b) => a + b, 0);
  const href = (s?: SearchSection) => `/search?${new URLSearchParams({ q, ...(s ? { in: s } : {}) })}`;
  const shown = (s: SearchSection) => !section || section === s;
  const day = (iso: string) => format.day(iso, { month: "short" });

  const footer = (s: SearchSection, total: number) =>
    section === s ? (
      <Pager path="/search" params={{ q, in: s }} page={page} total={total} pageSize={PAGE_SIZE} />
    ) : total > OVERVIEW_SIZE ? (
      <Link className="search-more" href={href(s)}>
        {t("more", { count: total, section: t(`sections.${s}`) })} →
      </Link>
    ) : null;

  const none = (s: SearchSection) => <p className="muted">{t("none", { section: t(`sections.${s}`), q })}</p>;

  return (
    <>
      <ul className="search-tabs" aria-label={t("sections.label")}>
        <li>
          <Link href={href()} aria-current={!section ? "page" : undefined}>
            {t("sections.all")} <span className="faint small">{t("count", { count: all })}</span>
          </Link>
        </li>
        {SEARCH_SECTIONS.map((s) => (
          <li key={s}>
            <Link href={href(s)} aria-current={section === s ? "page" : undefined}>
              {t(`sections.${s}`)} <span className="faint small">{t("count", { count: totals[s] })}</span>
            </Link>
          </li>
        ))}
      </ul>
      {all === 0 && !section && <p className="notice">{t("noneAtAll", { q })}</p>}

      {shown("articles") && (section || articles.total > 0) && (
        <section className="search-section" aria-labelledby="found-articles">
          <h2 id="found-articles">{t("sections.articles")}</h2>
          {articles.rows.length === 0 && none("articles")}
          <ul className="search-results">
            {articles.rows.map((a) => (
              <li key={a.id}>
                <Link className="title" href={`/articles/${a.id}`}>
                  <Highlighted parts={a.title} />
                </Link>
                <div className="muted small">
                  {t("article.meta", {
                    outlet: a.outlet,
                    date: day(a.publishedAt),
                    language: a.language.toUpperCase(),
                  })}
                </div>
                <Snippet snippet={a.snippet} />
              </li>
            ))}
          </ul>
          {footer("articles", articles.total)}
        </section>
      )}

      {shown("facts") && (section || facts.total > 0) && (
        <section className="search-section" aria-labelledby="found-facts">
          <h2 id="found-facts">{t("sections.facts")}</h2>
          {facts.rows.length === 0 && none("facts")}
          <ul className="search-results">
            {facts.rows.map((f) => (
              <li key={f.id}>
                <Link className="title" href={`/facts/${f.id}`}>
                  <Highlighted parts={f.label} />
                </Link>{" "}
                <span className="muted small">
                  {t("fact.claims", { count: f.claims })} ·{" "}
                  {t(`fact.status.${f.status === "resolved" ? "resolved" : "open"}`)}
                </span>
              </li>
            ))}
          </ul>
          {footer("facts", facts.total)}
        </section>
      )}

      {shown("claims") && (section || claims.total > 0) && (
        <section className="search-section" aria-labelledby="found-claims">
          <h2 id="found-claims">{t("sections.claims")}</h2>
          {claims.rows.length === 0 && none("claims")}
          <ul className="search-results">
            {claims.rows.map((c) => (
              <li key={c.id}>
                <Link href={`/articles/${c.articleId}?claim=${c.id}`}>
                  «<Highlighted parts={c.quote} />»
                </Link>
                <div className="muted small">
                  <strong>{c.figure}</strong> {t("claim.in", { title: c.articleTitle, outlet: c.outlet })} ·{" "}
                  {c.fact ? (
                    <Link href={`/facts/${c.fact.id}`}>{t("claim.fact", { label: c.fact.label })}</Link>
                  ) : (
                    t("claim.noFact")
                  )}
                </div>
              </li>
            ))}
          </ul>
          {footer("claims", claims.total)}
        </section>
      )}

      {shown("notes") && (section || notes.total > 0) && (
        <section className="search-section" aria-labelledby="found-notes">
          <h2 id="found-notes">{t("sections.notes")}</h2>
          {notes.rows.length === 0 && none("notes")}
          <ul className="search-results">
            {notes.rows.map((n) => (
              <li key={n.id}>
                <p className="search-snippet">
                  <Highlighted parts={n.body} />
                </p>
                <div className="muted small">
                  {n.target.kind === "claim" ? (
                    <Link href={`/articles/${n.target.articleId}?claim=${n.target.claimId}`}>
                      {t("note.onClaim", { label: n.target.label })}
                    </Link>
                  ) : (
                    <Link href={`/facts/${n.target.factId}`}>{t("note.onFact", { label: n.target.label })}</Link>
                  )}
                  {n.author && <> · {t("note.by", { author: n.author })}</>}
                </div>
              </li>
            ))}
          </ul>
          {footer("notes", notes.total)}
        </section>
      )}
    </>
  );
}
