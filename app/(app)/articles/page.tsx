import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { ARTICLES_PAGE_SIZE, listArticles } from "@/lib/articles/list-articles";
import { readSearchText, searchPageSchema } from "@/lib/search/schema";
import { Highlighted, Snippet } from "../search/highlighted";
import { Pager } from "../search/pager";
import "../search/search.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const raw = await searchParams;
  const { page } = searchPageSchema.parse(raw);
  const text = readSearchText(raw.q);
  const q = text.status === "ok" ? text.q : undefined;
  const [user, list, t, locale] = await Promise.all([
    requirePageUser(),
    listArticles({ q, page }),
    getTranslations("articles"),
    getLocale(),
  ]);
  const tSearch = await getTranslations("search");
  // One formatter for the page's 50 dates (next-intl's format.dateTime looks one up per call).
  const dayFormat = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const day = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00Z`));
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <div className="row">
          <form role="search" action="/articles">
            <input
              name="q"
              type="search"
              aria-label={t("search.label")}
              placeholder={t("search.placeholder")}
              defaultValue={typeof raw.q === "string" ? raw.q : ""}
            />
          </form>
          {can(user.role, "import") && (
            <>
              <Link className="button primary" href="/articles/new">
                {t("import")}
              </Link>
              <Link className="button" href="/articles/new/bulk">
                {t("importMany")}
              </Link>
            </>
          )}
        </div>
      </div>
      {text.status === "tooLong" && (
        <p className="notice error" role="alert">
          {tSearch("tooLong", { max: text.max, length: text.length })}
        </p>
      )}
      {q && (
        <p className="small">
          <Link href={`/search?${new URLSearchParams({ q })}`}>{t("search.everywhere")} →</Link>
        </p>
      )}
      {list.rows.length === 0 ? (
        <p className="notice">{q ? t("noMatch", { q }) : t("empty")}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t("columns.outlet")}</th>
              <th>{t("columns.title")}</th>
              <th>{t("columns.published")}</th>
              <th className="num">{t("columns.claims")}</th>
              <th className="num">{t("columns.toReview")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((a) => (
              <tr key={a.id}>
                <td>{a.outlet}</td>
                <td>
                  <Link href={`/articles/${a.id}`}>{a.match ? <Highlighted parts={a.match.title} /> : a.title}</Link>{" "}
                  <span className="faint small">{a.language.toUpperCase()}</span>
                  {a.match && <Snippet snippet={a.match.snippet} />}
                </td>
                <td>{day(a.publishedAt)}</td>
                <td className="num">{a.claims}</td>
                <td className="num">{a.pendingSuggestions > 0 ? a.pendingSuggestions : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        path="/articles"
        params={q ? { q } : {}}
        page={list.page}
        total={list.total}
        pageSize={ARTICLES_PAGE_SIZE}
      />
    </>
  );
}
