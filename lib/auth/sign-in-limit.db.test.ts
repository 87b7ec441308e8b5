import { randomBytes } from "node:crypto";
import { APIError } from "better-auth/api";
import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { getAuth, type Auth } from "./auth";
import { CLIENT_ADDRESS_HEADER, clientAddressHeaderValue, setClientAddressToken } from "./client-address";
import { ensureAccount } from "./provision-accounts";
import {
  pruneSignInLimits,
  reserveSignInAttempt,
  settleSignInAttempt,
  SIGN_IN_LIMITS,
  signInKeys,
  waitSeconds,
} from "./sign-in-limit";

setUpTestDatabase();
setClientAddressToken("test-token");

// Each test signs in with its own accounts and addresses.
const unique = () => randomBytes(4).toString("hex");
const account = () => `user-${unique()}@limits.test`;
const address = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;

let auth: Auth;
/** Every password better-auth really checked, by the password tried. */
const checked: string[] = [];

beforeAll(async () => {
  auth = await getAuth();
  const ctx = await auth.$context;
  const verify = ctx.password.verify.bind(ctx.password);
  ctx.password.verify = async (input) => {
    checked.push(input.password);
    return verify(input);
  };
});

/** Signs in as the browser does, from a connection's address (set by our server). */
async function signIn(email: string, password: string, ip: string, extra: Record<string, string> = {}) {
  return auth.api
    .signInEmail({
      body: { email, password },
      headers: new Headers({ [CLIENT_ADDRESS_HEADER]: clientAddressHeaderValue(ip), ...extra }),
    })
    .then(
      () => "signed in" as const,
      (e: unknown) => {
        if (!(e instanceof APIError)) throw e;
        return e.status;
      },
    );
}

async function newAccount() {
  const email = account();
  const password = `right-password-${unique()}`;
  await ensureAccount({ email, name: "Limited Lou", role: "editor", password });
  return { email, password };
}

const checksOf = (password: string) => checked.filter((p) => p === password).length;

async function refusalOf(email: string, ip: string): Promise<AppError | null> {
  return reserveSignInAttempt(email, ip).then(
    () => null,
    (e: unknown) => {
      if (!(e instanceof AppError)) throw e;
      return e;
    },
  );
}

describe("consecutive failures for one account from one address", () => {
  it("30 parallel wrong passwords lead to at most 5 password checks", async () => {
    const { email } = await newAccount();
    const ip = address();
    const wrong = `wrong-${unique()}`;
    const results = await Promise.all(Array.from({ length: 30 }, () => signIn(email, wrong, ip)));
    expect(checksOf(wrong)).toBeLessThanOrEqual(SIGN_IN_LIMITS.consecutiveFailures);
    expect(results.filter((r) => r === "UNAUTHORIZED").length).toBe(checksOf(wrong));
    expect(results.filter((r) => r === "TOO_MANY_REQUESTS").length).toBe(30 - checksOf(wrong));
  });

  it("lock out only that address: the right password from another address still works", async () => {
    const { email, password } = await newAccount();
    const attacker = address();
    for (let i = 0; i < 5; i++) expect(await signIn(email, `wrong-${i}`, attacker)).toBe("UNAUTHORIZED");
    expect(await signIn(email, password, attacker)).toBe("TOO_MANY_REQUESTS");
    expect(checksOf(password)).toBe(0);
    expect(await signIn(email, password, address())).toBe("signed in");
  });

  it("cannot be spread over spoofed X-Forwarded-For values when no proxy is in front", async () => {
    const { email } = await newAccount();
    const ip = address();
    const wrong = `wrong-${unique()}`;
    for (let i = 0; i < 25; i++) await signIn(email, wrong, ip, { "x-forwarded-for": `198.51.100.${i}` });
    expect(checksOf(wrong)).toBe(5);
  });

  it("are forgotten after a success", async () => {
    const { email, password } = await newAccount();
    const ip = address();
    for (let i = 0; i < 4; i++) await signIn(email, "wrong-password", ip);
    expect(await signIn(email, password, ip)).toBe("signed in");
    for (let i = 0; i < 4; i++) expect(await signIn(email, "wrong-password", ip)).toBe("UNAUTHORIZED");
    expect(await signIn(email, password, ip)).toBe("signed in");
  });

  it("make the wait grow each time the limit is reached again", async () => {
    const email = account();
    const ip = address();
    const keys = signInKeys(email, ip);
    for (const nth of [1, 2, 3]) {
      for (let i = 0; i < 5; i++) {
        expect(await refusalOf(email, ip)).toBeNull();
        await settleSignInAttempt(email, ip, false);
      }
      const refused = await refusalOf(email, ip);
      expect(refused?.code).toBe("RATE_LIMITED");
      expect(refused?.message).toBe("errors.signIn.tooMany.account");
      expect(refused?.values?.minutes).toBe(waitSeconds(nth) / 60);
      // The wait is over (as if the minutes had passed): the next round starts.
      await sql()`UPDATE sign_in_limits SET expire = ${Date.now() - 1} WHERE key = ${`pair:${keys.pair}`}`;
    }
    expect([waitSeconds(1), waitSeconds(2), waitSeconds(3)]).toEqual([60, 120, 240]);
    expect(waitSeconds(100)).toBe(SIGN_IN_LIMITS.longestWaitSeconds);
  });

  it("keep no email address in the database", async () => {
    const email = account();
    await reserveSignInAttempt(email, address());
    const rows = await sql()`SELECT key FROM sign_in_limits WHERE key LIKE ${`%${email.split("@")[0]}%`}`;
    expect(rows).toHaveLength(0);
  });
});

describe("failures from one address", () => {
  it("block every account from that address after 100 a day, and only that address", async () => {
    const ip = address();
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerAddressPerDay; i++) {
      await reserveSignInAttempt(account(), ip);
      await settleSignInAttempt(account(), ip, false);
    }
    const { email, password } = await newAccount();
    expect((await refusalOf(email, ip))?.message).toBe("errors.signIn.tooMany.address");
    expect(await signIn(email, password, address())).toBe("signed in");
  });

  it("do not count successes", async () => {
    const ip = address();
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerAddressPerDay + 5; i++) {
      const email = account();
      expect(await refusalOf(email, ip), `attempt ${i + 1}`).toBeNull();
      await settleSignInAttempt(email, ip, true);
    }
  });
});

describe("expired limits", () => {
  it("are removed at start, the others kept", async () => {
    await sql()`INSERT INTO sign_in_limits (key, points, expire) VALUES ('pair:old', 5, ${Date.now() - 1000}), ('pair:live', 2, ${Date.now() + 60_000})`;
    expect(await pruneSignInLimits()).toBeGreaterThanOrEqual(1);
    const keys = (await sql()`SELECT key FROM sign_in_limits WHERE key IN ('pair:old', 'pair:live')`).map((r) => r.key);
    expect(keys).toEqual(["pair:live"]);
  });
});
