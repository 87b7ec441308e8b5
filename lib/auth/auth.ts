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
import { clientAddress } from "./client-address";
import { reserveSignInAttempt, settleSignInAttempt } from "./sign-in-limit";

// Authentication is better-auth's: email and password, passwords hashed with
// scrypt (memory-hard), sessions stored in PostgreSQL and looked up on every
// request (no cookie cache), so signing out ends the session on the server at
// once, for every app server. Recoupe adds its roles and its sign-in limits.

const SIGN_IN_PATH = "/sign-in/email";

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
        // Read with the session, so that a page needs no query of its own for
        // the person's language; saved by lib/users/user-locale.ts only.
        locale: { type: "string", required: false, input: false },
      },
    },
    advanced: {
      cookiePrefix: "recoupe",
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: "uuid" },
    },
    rateLimit: { enabled: false }, // replaced by lib/auth/sign-in-limit.ts, in the hooks below
    telemetry: { enabled: false },
    hooks: {
      // The attempt takes its points before the password is checked (or is
      // refused without a check); afterwards a success clears the failures.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "");
        try {
          await reserveSignInAttempt(email, clientAddress(ctx.headers));
        } catch (error) {
          if (isAppError(error)) {
            throw new APIError("TOO_MANY_REQUESTS", { message: error.message, cause: error });
          }
          throw error;
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const returned = ctx.context.returned;
        if (returned instanceof APIError && returned.status === "TOO_MANY_REQUESTS") return; // nothing was checked
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "");
        await settleSignInAttempt(email, clientAddress(ctx.headers), Boolean(ctx.context.newSession));
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
