import Link from "next/link";
import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { signOut } from "../sign-in/actions";
import { NavLinks } from "../_components/nav-links";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  const links = [
    { href: "/articles", label: "Articles" },
    { href: "/facts", label: "Facts" },
    { href: "/discrepancies", label: "Discrepancies" },
    { href: "/bin", label: "Bin" },
    ...(can(user.role, "manage-users") ? [{ href: "/admin/users", label: "Users" }] : []),
    ...(can(user.role, "backup") ? [{ href: "/admin/workspace", label: "Backup" }] : []),
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link className="brand" href="/articles">
          Recoupe
        </Link>
        <NavLinks links={links} />
        <div className="userbox">
          <span>{user.name}</span>
          <span className="role" title="Your role">
            {user.role}
          </span>
          <form action={signOut}>
            <button type="submit" className="link">
              Sign out
            </button>
          </form>
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
