import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/formats";
import { z } from "zod";
import { requirePageUser } from "@/lib/auth/current-user";
import { getArchiveView } from "@/lib/fetch/archive-view";
import "../../../lifecycle.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("archive");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const fetchParam = z.uuid().optional().catch(undefined);

/** The page an article was fetched from, as it was then, sanitised. */
export default async function ArchivePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(id).success) notFound();
  await requirePageUser();
  const [view, t, format] = await Promise.all([
    getArchiveView(id, fetchParam.parse(query.fetch)),
    getTranslations("archive"),
    getFormats(),
  ]);
  if (!view) notFound();
  const { article, fetches, chosen } = view;
  return (
    <div className="lifecycle archive-page">
      <p>
        <Link href={`/articles/${article.id}`}>{t("back")}</Link>
        {" · "}
        <Link href={`/articles/${article.id}/versions`}>{t("versions")}</Link>
      </p>
      <h1>{t("heading", { title: article.title })}</h1>
      {!chosen ? (
        <p className="notice">{t("none")}</p>
      ) : (
        <>
          <p className="notice lc-archive-notice">{t("notice", { at: chosen.fetchedAt, url: chosen.finalUrl })}</p>
          <p className="small muted lc-urls">
            <a href={chosen.finalUrl} rel="noopener noreferrer nofollow" target="_blank" referrerPolicy="no-referrer">
              {chosen.finalUrl}
            </a>
            {chosen.requestedUrl !== chosen.finalUrl && <> · {t("requested", { url: chosen.requestedUrl })}</>}
            {chosen.canonicalUrl && chosen.canonicalUrl !== chosen.finalUrl && (
              <> · {t("canonical", { url: chosen.canonicalUrl })}</>
            )}
          </p>
          {fetches.length > 1 && (
            <section aria-labelledby="fetches">
              <h2 id="fetches">{t("fetches")}</h2>
              <div className="lc-scroll">
                <table className="list">
                  <thead>
                    <tr>
                      <th scope="col">{t("fetchedAt")}</th>
                      <th scope="col">{t("version")}</th>
                      <th scope="col">{t("status")}</th>
                      <th scope="col">{t("type")}</th>
                      <th scope="col" />
                    </tr>
                  </thead>
                  <tbody>
                    {fetches.map((f) => (
                      <tr key={f.id}>
                        <td>{format.dateTime(f.fetchedAt)}</td>
                        <td className="num">{f.version}</td>
                        <td className="num">{f.status}</td>
                        <td>
                          {f.contentType}, {f.charset}
                        </td>
                        <td>
                          {f.id === chosen.id ? (
                            <span className="lc-badge">{t("showing")}</span>
                          ) : (
                            <Link href={`/articles/${article.id}/archive?fetch=${f.id}`}>{t("show")}</Link>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
          <section aria-labelledby="archived-page">
            <h2 id="archived-page" className="lc-hidden">
              {t("page")}
            </h2>
            {view.html !== null ? (
              // Sanitised by sanitizeArchive: no script, style, frame, form, image or event attribute survives.
              <div
                className="card lc-archived"
                lang={article.language}
                dangerouslySetInnerHTML={{ __html: view.html }}
              />
            ) : (
              <pre className="card lc-archived-text" lang={article.language}>
                {view.text}
              </pre>
            )}
          </section>
        </>
      )}
    </div>
  );
}
