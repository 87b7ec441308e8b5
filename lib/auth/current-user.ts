import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors/app-error";
import { getAuth } from "./auth";
import { can, isRole, type Permission, type Role } from "./roles";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

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

/** The signed-in user for this request, or null. One session lookup per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session || session.user.banned) return null;
  const role = (session.user as { role?: unknown }).role;
  return {
    id: session.user.id,
    name: session.user.name,
    email: session.user.email,
    role: isRole(role) ? role : "viewer",
  };
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
