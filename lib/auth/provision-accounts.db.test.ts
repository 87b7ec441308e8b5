import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { getAuth } from "./auth";
import { DEMO_ACCOUNTS, disableDemoAccounts, ensureAccount } from "./provision-accounts";

setUpTestDatabase();

async function signIn(email: string, password: string): Promise<boolean> {
  const auth = await getAuth();
  return auth.api
    .signInEmail({ body: { email, password }, headers: new Headers({ "x-forwarded-for": "198.51.100.7" }) })
    .then(
      () => true,
      () => false,
    );
}

describe("accounts created at start", () => {
  it("creates an account once and never changes it afterwards", async () => {
    const first = await ensureAccount({
      email: "Chief@Example.test",
      name: "Chief",
      role: "admin",
      password: "a-first-password",
    });
    const again = await ensureAccount({
      email: "chief@example.test",
      name: "Other",
      role: "viewer",
      password: "another-password",
    });
    expect(again).toEqual({ id: first.id, created: false });
    const user = await db().user.findUniqueOrThrow({ where: { id: first.id } });
    expect(user).toMatchObject({ email: "chief@example.test", name: "Chief", role: "admin" });
    expect(await signIn("chief@example.test", "a-first-password")).toBe(true);
    expect(await signIn("chief@example.test", "another-password")).toBe(false);
  });

  it("gives a password to an account a start interrupted before it had one", async () => {
    const orphan = await db().user.create({ data: { email: "orphan@example.test", name: "Orphan", role: "editor" } });
    await ensureAccount({
      email: "orphan@example.test",
      name: "Orphan",
      role: "editor",
      password: "the-configured-one",
    });
    expect(await signIn("orphan@example.test", "the-configured-one")).toBe(true);
    expect(await db().account.count({ where: { userId: orphan.id } })).toBe(1);
  });

  it("disables the demo accounts when seeding is off, ending their sessions", async () => {
    for (const account of DEMO_ACCOUNTS) await ensureAccount(account);
    const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
    expect(await signIn(admin.email, admin.password)).toBe(true);
    expect(await db().session.count({ where: { user: { email: admin.email } } })).toBeGreaterThan(0);

    expect(await disableDemoAccounts()).toBe(DEMO_ACCOUNTS.length);
    expect(await disableDemoAccounts()).toBe(0);
    expect(await db().session.count({ where: { user: { email: admin.email } } })).toBe(0);
    expect(await signIn(admin.email, admin.password)).toBe(false);
    expect(await db().user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) }, banned: true } })).toBe(
      DEMO_ACCOUNTS.length,
    );
  });
});
