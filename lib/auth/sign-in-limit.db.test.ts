import { randomBytes } from "node:crypto";
import { APIError } from "better-auth/api";
import { describe, expect, it } from "vitest";
import { sql } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { getAuth } from "./auth";
import { ensureAccount } from "./provision-accounts";
import { assertSignInAllowed, recordSignInAttempt, SIGN_IN_LIMITS } from "./sign-in-limit";

setUpTestDatabase();

// Each test signs in with its own accounts and addresses.
const unique = () => randomBytes(4).toString("hex");
const account = () => `user-${unique()}@limits.test`;
const address = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;

async function blocked(email: string, ip: string): Promise<AppError | null> {
  return assertSignInAllowed(email, ip).then(
    () => null,
    (e: unknown) => {
      if (!(e instanceof AppError)) throw e;
      return e;
    },
  );
}

async function fail(email: string, ip: string, times: number) {
  for (let i = 0; i < times; i++) await recordSignInAttempt(email, ip, false);
}

describe("failed sign-ins for one account", () => {
  it("block the sixth attempt after five failures, from any address", async () => {
    expect(SIGN_IN_LIMITS.perAccount).toBe(5);
    const email = account();
    for (let i = 0; i < 5; i++) {
      expect(await blocked(email, address()), `attempt ${i + 1}`).toBeNull();
      await recordSignInAttempt(email, address(), false);
    }
    for (const ip of [address(), address()]) {
      const error = await blocked(email, ip);
      expect(error?.code).toBe("RATE_LIMITED");
      expect(error?.message).toBe(
        "Too many failed sign-ins. Wait 15 minutes before trying again, or ask an administrator to reset your password.",
      );
    }
    // The account as typed in another case is the same account.
    expect((await blocked(`  ${email.toUpperCase()} `, address()))?.code).toBe("RATE_LIMITED");
    // Another account is not affected.
    expect(await blocked(account(), address())).toBeNull();
  });

  it("are forgotten after a success", async () => {
    const email = account();
    const ip = address();
    await fail(email, ip, 4);
    await recordSignInAttempt(email, ip, true);
    await fail(email, address(), 4);
    expect(await blocked(email, address())).toBeNull();
    await fail(email, address(), 1);
    expect((await blocked(email, address()))?.code).toBe("RATE_LIMITED");
  });

  it("after a success count even when recorded in the same millisecond", async () => {
    const email = account();
    const [at] = await sql()<{ t: Date }[]>`SELECT date_trunc('milliseconds', now()) - interval '1 minute' AS t`;
    const insert = (succeeded: boolean) =>
      sql()`INSERT INTO sign_in_attempts (email, ip, succeeded, at) VALUES (${email}, ${address()}, ${succeeded}, ${at?.t as Date})`;
    for (let i = 0; i < 5; i++) await insert(false);
    await insert(true); // clears the five before it
    expect(await blocked(email, address())).toBeNull();
    for (let i = 0; i < 5; i++) await insert(false);
    expect((await blocked(email, address()))?.code).toBe("RATE_LIMITED");
  });

  it("count only within the window", async () => {
    const email = account();
    const minutes = SIGN_IN_LIMITS.windowMinutes;
    for (let i = 0; i < 10; i++) {
      await sql()`INSERT INTO sign_in_attempts (email, ip, succeeded, at)
        VALUES (${email}, ${address()}, false, now() - make_interval(mins => ${minutes + 1 + i}))`;
    }
    expect(await blocked(email, address())).toBeNull();
    await fail(email, address(), 4);
    expect(await blocked(email, address())).toBeNull();
    await fail(email, address(), 1);
    expect((await blocked(email, address()))?.code).toBe("RATE_LIMITED");
  });
});

describe("failed sign-ins from one address", () => {
  it("block every account from that address after twenty, and only from that address", async () => {
    expect(SIGN_IN_LIMITS.perAddress).toBe(20);
    const ip = address();
    // Twenty accounts, one failure each: no account reaches its own limit.
    for (let i = 0; i < 19; i++) await recordSignInAttempt(account(), ip, false);
    expect(await blocked(account(), ip)).toBeNull();
    await recordSignInAttempt(account(), ip, false);
    const fresh = account();
    expect((await blocked(fresh, ip))?.code).toBe("RATE_LIMITED");
    expect(await blocked(fresh, address())).toBeNull();
  });

  it("are not cleared by a success, and age out of the window", async () => {
    const ip = address();
    const minutes = SIGN_IN_LIMITS.windowMinutes;
    for (let i = 0; i < 25; i++) {
      await sql()`INSERT INTO sign_in_attempts (email, ip, succeeded, at)
        VALUES (${account()}, ${ip}, false, now() - make_interval(mins => ${minutes}, secs => 1))`;
    }
    expect(await blocked(account(), ip)).toBeNull();
    await fail(account(), ip, 20);
    await recordSignInAttempt(account(), ip, true);
    expect((await blocked(account(), ip))?.code).toBe("RATE_LIMITED");
  });
});

describe("signing in through better-auth", () => {
  it("records each failure and refuses the sixth attempt, even with the right password", async () => {
    const email = account();
    const password = `right-password-${unique()}`;
    await ensureAccount({ email, name: "Limited Lou", role: "editor", password });
    const auth = await getAuth();
    const signIn = (pw: string, ip: string) =>
      auth.api.signInEmail({ body: { email, password: pw }, headers: new Headers({ "x-forwarded-for": ip }) }).then(
        () => "signed in",
        (e: unknown) => (e instanceof APIError ? e.status : e),
      );
    for (let i = 0; i < 5; i++) expect(await signIn("wrong-password-123", address())).toBe("UNAUTHORIZED");
    const [row] = await sql()<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM sign_in_attempts WHERE email = ${email} AND NOT succeeded`;
    expect(row?.n).toBe(5);
    expect(await signIn(password, address())).toBe("TOO_MANY_REQUESTS");
  });
});
