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
  const found = await ctx.internalAdapter.findUserByEmail(email, { includeAccounts: true });
  if (found) {
    // A start interrupted between creating the user and its password leaves an
    // account nobody can sign in to: give it its password now.
    const hasPassword = found.accounts.some((a) => a.providerId === "credential" && a.password);
    if (!hasPassword) {
      await ctx.internalAdapter.linkAccount({
        userId: found.user.id,
        providerId: "credential",
        accountId: found.user.id,
        password: await ctx.password.hash(spec.password),
      });
    }
    return { id: found.user.id, created: false };
  }
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

/**
 * With seeding off, accounts left from a seeded start must not stay usable: their
 * passwords are public. They are disabled (not deleted: their work keeps its
 * author) and their sessions ended. Returns how many were disabled.
 */
export async function disableDemoAccounts(): Promise<number> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  return db().$transaction(async (tx) => {
    const users = await tx.user.findMany({
      where: { email: { in: emails }, banned: { not: true } },
      select: { id: true },
    });
    if (users.length === 0) return 0;
    const ids = users.map((u) => u.id);
    await tx.user.updateMany({
      where: { id: { in: ids } },
      data: { banned: true, banReason: "Demo account, disabled because seeding is off" },
    });
    await tx.session.deleteMany({ where: { userId: { in: ids } } });
    return ids.length;
  });
}

export async function countAdmins(): Promise<number> {
  return db().user.count({ where: { role: "admin", banned: { not: true } } });
}
