import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors/app-error";
import { isUiLocale, type UiLocale } from "@/lib/i18n/locales";
import { getAuth } from "./auth";
import { can, isRole, type Permission, type Role } from "./roles";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The interface language saved on the account, if any (lib/i18n/request.ts). */
  locale: UiLocale | null;
};

// What each permission lets a person do, as the catalog's errors.denied names it.
const ACTION: Record<Permission, string> = {
  read: "read",
  export: "export",
  import: "import",
  tag: "tag",
  annotate: "annotate",
  resolve: "resolve",
  delete: "delete",
  restore: "restore",
  "manage-users": "manageUsers",
  backup: "backup",
};

function toCurrentUser(user: { id: string; name: string; email: string; role?: unknown; locale?: unknown }) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: isRole(user.role) ? user.role : "viewer",
    locale: isUiLocale(user.locale) ? user.locale : null,
  } satisfies CurrentUser;
}

/**
 * The signed-in user for this request, or null: better-auth's session lookup,
 * in the database every time (signing out or a ban takes effect at once on
 * every server), once per request. The saved language comes with the user
 * (an additional field), so no other query is needed for it.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session || session.user.banned) return null;
  return toCurrentUser(session.user);
});

/** For actions and route handlers: the user, if allowed; otherwise an AppError. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.sessionEnded");
  if (!can(user.role, permission)) {
    throw new AppError("FORBIDDEN", "errors.denied", { values: { role: user.role, action: ACTION[permission] } });
  }
  return user;
}

/** For pages: the user, or a redirect to the sign-in page that comes back here. */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = (await headers()).get("x-recoupe-path") ?? "/";
  redirect(`/sign-in?next=${encodeURIComponent(path)}`);
}
