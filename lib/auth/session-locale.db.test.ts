import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { getAuth } from "./auth";
import { ensureAccount } from "./provision-accounts";

// A page learns the person's saved language from their session (an additional
// field of better-auth's user), not from a query of its own: lib/i18n/request.ts.

setUpTestDatabase();

/** Signs a new account in through better-auth; the Cookie header a browser would send back. */
async function signedIn() {
  const email = `reader-${randomBytes(4).toString("hex")}@session.test`;
  const password = "a-long-enough-password";
  const { id } = await ensureAccount({ email, name: "Rémi Reader", role: "editor", password });
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
  return { id, cookie };
}

describe("the session's user", () => {
  it("carries the language saved on the account, read afresh on every request", async () => {
    const { id, cookie } = await signedIn();
    const auth = await getAuth();
    const read = async () =>
      (await auth.api.getSession({ headers: new Headers({ cookie }) }))?.user as { locale?: unknown } | undefined;
    expect((await read())?.locale ?? null).toBeNull();
    await db().user.update({ where: { id }, data: { locale: "fr" } });
    expect((await read())?.locale).toBe("fr");
    await db().user.update({ where: { id }, data: { locale: "en" } });
    expect((await read())?.locale).toBe("en");
  });

  it("cannot be given a language by the person updating their own account through better-auth", async () => {
    const { id, cookie } = await signedIn();
    const auth = await getAuth();
    const tried = await auth.api.updateUser({ body: { locale: "fr" } as never, headers: new Headers({ cookie }) }).then(
      () => "accepted",
      (e: unknown) => String(e),
    );
    expect(tried).not.toBe("accepted");
    expect((await db().user.findUniqueOrThrow({ where: { id } })).locale).toBeNull();
  });
});
