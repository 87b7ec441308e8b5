import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/formats";
import { z } from "zod";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getVersionsPage } from "@/lib/versions/list-versions";
import { compareSchema } from "@/lib/versions/schema";
import { ClaimAnchors } from "./claim-anchors";
import { RefetchButton } from "./refetch-button";
import { VersionDiffView } from "./version-diff";
import "../../../lifecycle.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("versions");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VersionsPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(id).success) notFound();
  const user = await requirePageUser();
  const choice = compareSchema.parse(query);
  const [data, t, format] = await Promise.all([getVersionsPage(id, choice), getTranslations("versions"), getFormats()]);
  if (!data) notFound();
  const { article, versions, from, to, diff, claims } = data;
  const several = versions.length > 1;
  return (
    <div className="lifecycle versions-page">
      <p>
        <Link href={`/articles/${article.id}`}>{t("back")}</Link>
      </p>
      <h1>{t("heading", { title: article.title })}</h1>
      <p className="muted">
        {article.outlet} · {t("intro")}
      </p>
      {can(user.role, "import") && <RefetchButton articleId={article.id} />}

      <section aria-labelledby="versions-list">
        <h2 id="versions-list">{t("list")}</h2>
        <div className="lc-scroll">
          <table className="list">
            <thead>
              <tr>
                <th scope="col">{t("version")}</th>
                <th scope="col">{t("made")}</th>
                <th scope="col">{t("by")}</th>
                <th scope="col">{t("origin")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version}>
                  <td className="num">
                    {v.version} {v.current && <span className="lc-badge">{t("current")}</span>}
                  </td>
                  <td>{format.dateTime(v.createdAt)}</td>
                  <td>{v.createdBy ?? t("nobody")}</td>
                  <td>
                    {t(`origins.${v.origin}`)}
                    {v.archiveId && (
                      <>
                        {" · "}
                        <Link href={`/articles/${article.id}/archive?fetch=${v.archiveId}`}>{t("archive")}</Link>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {several ? (
        <form method="get" className="card lc-compare" aria-labelledby="compare-title">
          <h2 id="compare-title">{t("compare")}</h2>
          <div className="row">
            <div className="field">
              <label htmlFor="compare-from">{t("from")}</label>
              <select id="compare-from" name="from" defaultValue={String(from)}>
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {v.version}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="compare-to">{t("to")}</label>
              <select id="compare-to" name="to" defaultValue={String(to)}>
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {v.version}
                  </option>
                ))}
              </select>
            </div>
            <div className="field lc-grow-0">
              <button type="submit" className="primary">
                {t("compareButton")}
              </button>
            </div>
          </div>
        </form>
      ) : (
        <p className="notice">{t("only")}</p>
      )}

      {several && <VersionDiffView articleId={article.id} from={from} to={to} diff={diff} />}
      <ClaimAnchors claims={claims} />
    </div>
  );
}
