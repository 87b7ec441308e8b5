import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { can, ROLES } from "@/lib/auth/roles";
import { getFormats } from "@/lib/i18n/formats";
import { listUsers } from "@/lib/users/manage-users";
import { CreateUserForm, UserControls } from "./user-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const user = await requirePageUser();
  if (!can(user.role, "manage-users")) notFound();
  const [users, t, format] = await Promise.all([listUsers(), getTranslations("users"), getFormats()]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <ul className="small muted">
        {ROLES.map((role) => (
          <li key={role}>{t(`roleDescriptions.${role}`)}</li>
        ))}
      </ul>
      <table className="list stack">
        <thead>
          <tr>
            <th scope="col">{t("columns.name")}</th>
            <th scope="col">{t("columns.email")}</th>
            <th scope="col">{t("columns.since")}</th>
            <th scope="col">{t("columns.access")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td data-label={t("columns.name")}>
                {u.name} {u.banned && <span className="status">{t("disabled")}</span>}
              </td>
              <td data-label={t("columns.email")} className="break">
                {u.email}
              </td>
              <td className="small" data-label={t("columns.since")}>
                {format.day(u.createdAt)}
              </td>
              <td data-label={t("columns.access")}>
                <UserControls
                  user={{ id: u.id, name: u.name, role: u.role, banned: Boolean(u.banned) }}
                  self={u.id === user.id}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="section-title">{t("addTitle")}</h2>
      <CreateUserForm />
    </>
  );
}
