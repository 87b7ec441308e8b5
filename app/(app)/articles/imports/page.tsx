import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/formats";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listBatches } from "@/lib/imports/list-batches";
import "./imports.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("history") };
}

export default async function ImportsPage() {
  const [user, batches, t, format] = await Promise.all([
    requirePageUser(),
    listBatches(),
    getTranslations("imports"),
    getFormats(),
  ]);
  return (
    <div>
      <div className="page-head">
        <h1>{t("history")}</h1>
        {can(user.role, "import") && (
          <Link className="button primary" href="/articles/new/bulk">
            {t("title")}
          </Link>
        )}
      </div>
      {batches.length === 0 ? (
        <p className="notice">{t("list.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="list">
            <thead>
              <tr>
                <th>{t("list.when")}</th>
                <th>{t("list.by")}</th>
                <th>{t("list.files")}</th>
                <th>{t("list.state")}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id}>
                  <td>
                    <Link href={`/articles/imports/${b.id}`}>{format.dateTime(b.createdAt)}</Link>
                  </td>
                  <td>{b.author ?? "—"}</td>
                  <td>{t("list.row", { imported: b.imported, failed: b.failed, total: b.total })}</td>
                  <td>{b.finished ? t("list.done") : t("list.ongoing")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
