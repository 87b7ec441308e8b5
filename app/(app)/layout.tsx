import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { signOut } from "../sign-in/actions";
import { NavLinks } from "../_components/nav-links";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const [user, t] = await Promise.all([requirePageUser(), getTranslations("common")]);
  const links = [
    { href: "/articles", label: t("nav.articles") },
    { href: "/facts", label: t("nav.facts") },
    { href: "/discrepancies", label: t("nav.discrepancies") },
    { href: "/bin", label: t("nav.bin") },
    ...(can(user.role, "manage-users") ? [{ href: "/admin/users", label: t("nav.users") }] : []),
    ...(can(user.role, "backup") ? [{ href: "/admin/workspace", label: t("nav.backup") }] : []),
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="topbar">
        <Link className="brand" href="/articles">
          {t("appName")}
        </Link>
        <NavLinks links={links} />
        <div className="userbox">
          <span>{user.name}</span>
          <span className="role" title={t("user.role")}>
            {t(`user.roles.${user.role}`)}
          </span>
          <form action={signOut}>
            <button type="submit" className="link">
              {t("user.signOut")}
            </button>
          </form>
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
