import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { articleSearchSchema } from "@/lib/articles/schema";
import { ARTICLES_PAGE_SIZE, listArticles } from "@/lib/articles/list-articles";
import { formatDay } from "@/lib/format";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { q, page } = articleSearchSchema.parse(await searchParams);
  const [user, list] = await Promise.all([requirePageUser(), listArticles({ q, page })]);
  const pages = Math.max(1, Math.ceil(list.total / ARTICLES_PAGE_SIZE));
  return (
    <>
      <div className="page-head">
        <h1>Articles</h1>
        <div className="row">
          <form role="search" action="/articles">
            <input
              name="q"
              type="search"
              aria-label="Search articles"
              placeholder="Search title, outlet, text…"
              defaultValue={q ?? ""}
            />
          </form>
          {can(user.role, "import") && (
            <Link className="button primary" href="/articles/new">
              Import an article
            </Link>
          )}
        </div>
      </div>
      {list.rows.length === 0 ? (
        <p className="notice">{q ? `No article matches «${q}».` : "No articles yet. Import one to start."}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>Outlet</th>
              <th>Title</th>
              <th>Published</th>
              <th className="num">Claims</th>
              <th className="num">To review</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((a) => (
              <tr key={a.id}>
                <td>{a.outlet}</td>
                <td>
                  <Link href={`/articles/${a.id}`}>{a.title}</Link>{" "}
                  <span className="faint small">{a.language.toUpperCase()}</span>
                </td>
                <td>{formatDay(a.publishedAt)}</td>
                <td className="num">{a.claims}</td>
                <td className="num">{a.pendingSuggestions > 0 ? a.pendingSuggestions : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <p className="muted small">
          Page {list.page} of {pages} ({list.total} articles){" "}
          {list.page > 1 && (
            <Link href={`/articles?${new URLSearchParams({ ...(q ? { q } : {}), page: String(list.page - 1) })}`}>
              Previous
            </Link>
          )}{" "}
          {list.page < pages && (
            <Link href={`/articles?${new URLSearchParams({ ...(q ? { q } : {}), page: String(list.page + 1) })}`}>
              Next
            </Link>
          )}
        </p>
      )}
    </>
  );
}
