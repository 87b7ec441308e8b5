import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors/app-error";
import { getAuth } from "./auth";
import { can, isRole, type Permission, type Role } from "./roles";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

const DENIED: Record<Permission, string> = {
  read: "read this workspace",
  export: "export reports",
  import: "import articles",
  tag: "tag or edit claims",
  annotate: "write notes",
  resolve: "change a fact's status",
  delete: "delete",
  restore: "restore deleted items",
  "manage-users": "manage users",
  backup: "back up or restore the workspace",
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
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  if (!can(user.role, permission)) {
    throw new AppError("FORBIDDEN", `Your role (${user.role}) does not allow you to ${DENIED[permission]}.`);
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
