import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { getAuth } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

// User management goes through better-auth's admin API, which checks again,
// from the session, that the caller is an administrator.

async function call<T>(fn: (auth: Awaited<ReturnType<typeof getAuth>>, h: Headers) => Promise<T>): Promise<T> {
  const auth = await getAuth();
  try {
    return await fn(auth, await headers());
  } catch (error) {
    if (error instanceof APIError) {
      // better-auth's own message is English only; ours says it in the user's language.
      if (error.message) console.warn(`[users] refused by better-auth: ${error.message}`);
      throw new AppError(
        error.status === "FORBIDDEN" || error.status === "UNAUTHORIZED" ? "FORBIDDEN" : "INVALID_INPUT",
        "users.errors.refused",
      );
    }
    throw error;
  }
}

export async function createUser(input: { name: string; email: string; role: Role; password: string }) {
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    const message = "users.errors.emailTaken";
    throw new AppError("CONFLICT", message, { fieldErrors: { email: [message] } });
  }
  return call((auth, h) => auth.api.createUser({ body: input, headers: h }));
}

export async function setRole(userId: string, role: Role, actorId: string) {
  if (userId === actorId && role !== "admin") {
    throw new AppError("INVALID_INPUT", "users.errors.ownAdminRole");
  }
  return call((auth, h) => auth.api.setRole({ body: { userId, role }, headers: h }));
}

export async function setAccess(userId: string, access: "disable" | "enable", actorId: string) {
  if (userId === actorId) throw new AppError("INVALID_INPUT", "users.errors.ownAccount");
  return call((auth, h) =>
    access === "disable"
      ? auth.api.banUser({ body: { userId, banReason: "Disabled by an administrator" }, headers: h })
      : auth.api.unbanUser({ body: { userId }, headers: h }),
  );
}

export async function setPassword(userId: string, password: string) {
  await call((auth, h) => auth.api.setUserPassword({ body: { userId, newPassword: password }, headers: h }));
  // A new password ends the sessions opened with the old one.
  await call((auth, h) => auth.api.revokeUserSessions({ body: { userId }, headers: h }));
}

export async function listUsers() {
  return db().user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, banned: true, createdAt: true },
  });
}
