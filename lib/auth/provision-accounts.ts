import { db } from "@/lib/db/client";
import { getAuth } from "./auth";
import type { Role } from "./roles";

// Accounts that exist before anyone can sign in: the demo accounts of the local
// quick start (listed in the README), or, in production, the first administrator
// named in the environment. Existing accounts are never changed.

export type AccountSpec = { email: string; name: string; role: Role; password: string };

export const DEMO_ACCOUNTS: readonly AccountSpec[] = [
  { email: "admin@recoupe.local", name: "Alex Admin (demo)", role: "admin", password: "recoupe-admin-demo" },
  { email: "editor@recoupe.local", name: "Camille Editor (demo)", role: "editor", password: "recoupe-editor-demo" },
  { email: "viewer@recoupe.local", name: "Vic Viewer (demo)", role: "viewer", password: "recoupe-viewer-demo" },
];

/** Creates the account unless one with that email exists; returns its user id. */
export async function ensureAccount(spec: AccountSpec): Promise<{ id: string; created: boolean }> {
  const ctx = await (await getAuth()).$context;
  const email = spec.email.trim().toLowerCase();
  const found = await ctx.internalAdapter.findUserByEmail(email);
  if (found) return { id: found.user.id, created: false };
  const user = await ctx.internalAdapter.createUser(
    { email, name: spec.name, role: spec.role, emailVerified: true },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await ctx.password.hash(spec.password),
  });
  return { id: user.id, created: true };
}

export async function countAdmins(): Promise<number> {
  return db().user.count({ where: { role: "admin", banned: { not: true } } });
}
