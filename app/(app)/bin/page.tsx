import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listDeletions } from "@/lib/bin/list-deletions";
import { getFormats } from "@/lib/i18n/formats";
import { RestoreButton } from "./restore-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bin");
  return { title: t("title") };
}

export default async function BinPage() {
  const [user, entries, t, format] = await Promise.all([
    requirePageUser(),
    listDeletions(),
    getTranslations("bin"),
    getFormats(),
  ]);
  const mayRestore = can(user.role, "restore");
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <span className="muted small">{t("intro")}</span>
      </div>
      {entries.length === 0 ? (
        <p className="notice">{t("empty")}</p>
      ) : (
        <table className="list stack">
          <thead>
            <tr>
              <th scope="col">{t("columns.item")}</th>
              <th scope="col">{t("columns.withIt")}</th>
              <th scope="col">{t("columns.deleted")}</th>
              {mayRestore && (
                <th scope="col">
                  <span className="visually-hidden">{t("columns.actions")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const withIt = [
                e.entityType !== "claim" && e.claims > 0 ? t("claims", { count: e.claims }) : "",
                e.entityType !== "note" && e.notes > 0 ? t("notes", { count: e.notes }) : "",
              ].filter(Boolean);
              return (
                <tr key={e.id}>
                  <td data-label={t("columns.item")}>
                    <span className="muted small">{e.typeLabel}</span> {e.label}
                  </td>
                  <td className="small" data-label={t("columns.withIt")}>
                    {withIt.length > 0 ? format.list(withIt) : "—"}
                  </td>
                  <td className="small" data-label={t("columns.deleted")}>
                    {t("deletedBy", { who: e.deletedBy, at: format.dateTime(e.deletedAt) })}
                  </td>
                  {mayRestore && (
                    <td>
                      <RestoreButton deletionId={e.id} label={e.label} />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
