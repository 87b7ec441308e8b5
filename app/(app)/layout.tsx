import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { signOut } from "../sign-in/actions";
import { HeaderMenu } from "../_components/header-menu";
import { inboxLink } from "../_components/inbox-count";
import { LanguageSwitch } from "../_components/language-switch";
import { NavLinks } from "../_components/nav-links";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const [user, t, inbox] = await Promise.all([requirePageUser(), getTranslations("common"), inboxLink()]);
  const links = [
    { href: "/articles", label: t("nav.articles") },
    { href: "/facts", label: t("nav.facts") },
    { href: "/discrepancies", label: t("nav.discrepancies") },
    inbox,
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
        <HeaderMenu>
          <NavLinks links={links} label={t("nav.label")} />
          <div className="userbox">
            <span className="user-name">
              <span className="visually-hidden">{t("user.signedInAs")} </span>
              {user.name}
            </span>
            <span className="role">
              <span className="visually-hidden">{t("user.roleIs")} </span>
              <span>{t(`user.roles.${user.role}`)}</span>
            </span>
            <Suspense>
              <LanguageSwitch />
            </Suspense>
            <form action={signOut}>
              <button type="submit" className="link">
                {t("user.signOut")}
              </button>
            </form>
          </div>
        </HeaderMenu>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
