import { sql } from "@/lib/db/client";
import { readCookie, signedToken } from "./session-cookie";

// Every request's session, in one query when it is the common case. better-auth's
// getSession verifies the signed cookie, reads the session, then its user (two
// queries through Prisma), and refreshes the session once a day: about 3 ms of
// a signed-in page's ~17. Here a session that better-auth would hand back as is
// (signed by our secret, in the database, not expired, not due for its daily
// refresh) is read with its user, language included, in one round trip; in
// every other case (no such row, expired, due, a "don't remember me" or cached
// session cookie) the caller asks better-auth, which then does what it always
// did (deletes, refreshes, clears). Nothing is kept between requests: signing
// out, or an administrator banning someone, takes effect at once on every server.

/** What better-auth's context says about its cookies and sessions (auth.$context). */
export type SessionRules = {
  secret: string;
  sessionCookie: string;
  /** Cookies that make better-auth behave otherwise: let it answer when one is there. */
  otherCookies: readonly string[];
  /** Seconds a session lives, and after how many it is renewed. */
  expiresIn: number;
  updateAge: number;
};

export type SessionRow = {
  expiresAt: Date;
  userId: string;
  name: string;
  email: string;
  role: string | null;
  banned: boolean | null;
  locale: string | null;
};

/** The user of a session read from the database, or "ask" when better-auth must decide. */
export function sessionAnswer(row: SessionRow | undefined, rules: SessionRules, now: number): SessionRow | "ask" {
  if (!row || row.expiresAt.getTime() < now) return "ask"; // better-auth deletes the cookie (and an expired row)
  // better-auth's own test for its daily refresh (api/routes/session.mjs).
  const due = row.expiresAt.getTime() - rules.expiresIn * 1000 + rules.updateAge * 1000 <= now;
  return due ? "ask" : row;
}

/**
 * The session's user for a Cookie header: null when there is no session
 * cookie or its signature is wrong (better-auth answers null then too),
 * "ask" when better-auth must answer.
 */
export async function findSession(
  cookieHeader: string | null,
  rules: SessionRules,
): Promise<SessionRow | null | "ask"> {
  if (rules.otherCookies.some((name) => readCookie(cookieHeader, name) !== undefined)) return "ask";
  const token = signedToken(readCookie(cookieHeader, rules.sessionCookie), rules.secret);
  if (!token) return null;
  const [row] = await sql()<SessionRow[]>`
    SELECT s.expires_at AS "expiresAt", u.id::text AS "userId", u.name, u.email, u.role, u.banned, u.locale
    FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token = ${token}`;
  return sessionAnswer(row, rules, Date.now());
}
