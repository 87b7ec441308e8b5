import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { getAuth } from "./auth";
import { findSession, type SessionRules } from "./find-session";
import { ensureAccount } from "./provision-accounts";

setUpTestDatabase();

async function rules(): Promise<SessionRules> {
  const c = await (await getAuth()).$context;
  return {
    secret: c.secret,
    sessionCookie: c.authCookies.sessionToken.name,
    otherCookies: [c.authCookies.sessionData.name, c.authCookies.dontRememberToken.name],
    expiresIn: c.sessionConfig.expiresIn,
    updateAge: c.sessionConfig.updateAge,
  };
}

/** Signs a new account in through better-auth; the Cookie header a browser would send back, and the session token. */
async function signedIn(locale: "en" | "fr" | null = null) {
  const email = `reader-${randomBytes(4).toString("hex")}@session.test`;
  const password = "a-long-enough-password";
  const { id } = await ensureAccount({ email, name: "Rémi Reader", role: "editor", password });
  if (locale) await db().user.update({ where: { id }, data: { locale } });
  const auth = await getAuth();
  const { headers } = await auth.api.signInEmail({
    body: { email, password },
    headers: new Headers({ "x-forwarded-for": "198.51.100.9" }),
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const session = await db().session.findFirstOrThrow({ where: { userId: id } });
  return { id, email, cookie, token: session.token };
}

const betterAuthUser = async (cookie: string) =>
  (await (await getAuth()).api.getSession({ headers: new Headers({ cookie }) }))?.user ?? null;

describe("a request's session in one query", () => {
  it("finds the user better-auth finds for the cookie it wrote, language included", async () => {
    const me = await signedIn("fr");
    const found = await findSession(me.cookie, await rules());
    expect(found).toMatchObject({ userId: me.id, email: me.email, name: "Rémi Reader", role: "editor", locale: "fr" });
    expect(await betterAuthUser(me.cookie)).toMatchObject({ id: me.id, email: me.email, role: "editor", locale: "fr" });
  });

  it("gives null without a cookie or for a forged one, as better-auth does", async () => {
    const me = await signedIn();
    const r = await rules();
    expect(await findSession(null, r)).toBeNull();
    expect(await findSession("other=1", r)).toBeNull();
    const [name, value] = me.cookie.split(/=(.*)/s) as [string, string];
    const forged = `${name}=${value.replace(/^[^.]/, (c) => (c === "A" ? "B" : "A"))}`;
    expect(await findSession(forged, r)).toBeNull();
    expect(await betterAuthUser(forged)).toBeNull();
    const otherSecret = await findSession(me.cookie, { ...r, secret: `${r.secret}x` });
    expect(otherSecret).toBeNull();
  });

  it("leaves a session it cannot simply read (ended, expired, due for renewal) to better-auth", async () => {
    const r = await rules();
    const ended = await signedIn();
    await db().session.deleteMany({ where: { token: ended.token } });
    expect(await findSession(ended.cookie, r)).toBe("ask");
    expect(await betterAuthUser(ended.cookie)).toBeNull();

    const expired = await signedIn();
    await db().session.update({ where: { token: expired.token }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findSession(expired.cookie, r)).toBe("ask");
    expect(await betterAuthUser(expired.cookie)).toBeNull();

    const due = await signedIn();
    const renewedAt = (ms: number) => new Date(Date.now() + (r.expiresIn - r.updateAge) * 1000 + ms);
    await db().session.update({ where: { token: due.token }, data: { expiresAt: renewedAt(60_000) } });
    expect(await findSession(due.cookie, r)).toMatchObject({ userId: due.id });
    await db().session.update({ where: { token: due.token }, data: { expiresAt: renewedAt(-60_000) } });
    expect(await findSession(due.cookie, r)).toBe("ask");
    // better-auth renews it: a day later it is a plain read again.
    expect(await betterAuthUser(due.cookie)).toMatchObject({ id: due.id });
    expect(await findSession(due.cookie, r)).toMatchObject({ userId: due.id });
  });

  it("reports a ban (the caller refuses the user) and lets better-auth handle its other cookies", async () => {
    const r = await rules();
    const me = await signedIn();
    await db().user.update({ where: { id: me.id }, data: { banned: true } });
    expect(await findSession(me.cookie, r)).toMatchObject({ userId: me.id, banned: true });
    expect(await findSession(`${me.cookie}; ${r.otherCookies[0]}=x`, r)).toBe("ask");
  });
});
