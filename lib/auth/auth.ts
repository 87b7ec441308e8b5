import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors/app-error";
import { resolveAuthSecret } from "./secret";
import { assertSignInAllowed, recordSignInAttempt } from "./sign-in-limit";

// Authentication is better-auth's: email and password, passwords hashed with
// scrypt (memory-hard), sessions stored in PostgreSQL and looked up on every
// request (no cookie cache), so signing out ends the session on the server at
// once, for every app server. Recoupe adds its roles and its sign-in limits.

const SIGN_IN_PATH = "/sign-in/email";

/**
 * The client's address, for the per-address sign-in limit. Next.js sets
 * X-Forwarded-For to the connecting address when no proxy did; each trusted
 * proxy appends the address it saw, so the client is RECOUPE_PROXY_HOPS entries
 * from the right. Entries further left are whatever the client sent.
 */
export function clientAddress(headers: Headers | undefined, hops = env().RECOUPE_PROXY_HOPS): string {
  const chain = (headers?.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - hops)] ?? "unknown";
}

async function createAuth() {
  const e = env();
  const baseURL = e.RECOUPE_BASE_URL ?? `http://localhost:${e.PORT}`;
  return betterAuth({
    appName: "Recoupe",
    baseURL,
    secret: await resolveAuthSecret(e.RECOUPE_AUTH_SECRET),
    database: prismaAdapter(db(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true, // accounts are created by an administrator
      minPasswordLength: 12,
      maxPasswordLength: 256,
      autoSignIn: false,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      cookieCache: { enabled: false },
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, input: false, defaultValue: "viewer" },
      },
    },
    advanced: {
      cookiePrefix: "recoupe",
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: "uuid" },
    },
    rateLimit: { enabled: false }, // replaced by the per-account and per-address limit below
    telemetry: { enabled: false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "");
        try {
          await assertSignInAllowed(email, clientAddress(ctx.headers));
        } catch (error) {
          if (isAppError(error)) throw new APIError("TOO_MANY_REQUESTS", { message: error.message });
          throw error;
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "");
        const succeeded = Boolean(ctx.context.newSession);
        await recordSignInAttempt(email, clientAddress(ctx.headers), succeeded);
      }),
    },
    plugins: [
      admin({
        defaultRole: "viewer",
        adminRoles: ["admin"],
        roles: { admin: adminAc, editor: userAc, viewer: userAc },
      }),
      nextCookies(),
    ],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const holder = globalThis as unknown as { __recoupeAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  holder.__recoupeAuth ??= createAuth().catch((error: unknown) => {
    holder.__recoupeAuth = undefined; // the database may be back next time
    throw error;
  });
  return holder.__recoupeAuth;
}
