import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pgPool, sql } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

// Sign-in limits, the OWASP way, kept by rate-limiter-flexible in PostgreSQL
// (table sign_in_limits) so that every app server sees the same counts:
//
// - consecutive failures per account AND address: 5 tries, then a wait that
//   doubles each time the limit is reached again (1 minute, 2, 4… up to a day).
//   Someone elsewhere cannot lock a person out: the right password from another
//   address still works. A success clears the count and the growth.
// - a coarse limit per address: 100 failures a day across all accounts.
//
// Each attempt takes its point BEFORE the password is checked, in one atomic
// upsert: 30 parallel wrong attempts lead to at most 5 password checks. A
// success gives the address its point back.

export const SIGN_IN_LIMITS = {
  consecutiveFailures: 5,
  firstWaitSeconds: 60,
  longestWaitSeconds: 24 * 60 * 60,
  failuresPerAddressPerDay: 100,
} as const;

const TABLE = "sign_in_limits";
const DAY = 24 * 60 * 60;

type Limiters = { pair: RateLimiterPostgres; waits: RateLimiterPostgres; address: RateLimiterPostgres };
const holder = globalThis as unknown as { __recoupeSignInLimiters?: { pool: unknown; limiters: Limiters } };

function limiters(): Limiters {
  const pool = pgPool();
  if (holder.__recoupeSignInLimiters?.pool === pool) return holder.__recoupeSignInLimiters.limiters;
  const make = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: TABLE,
      tableCreated: true, // by migration 20261202131000_sign_in_limits
      clearExpiredByTimeout: false, // expired rows are overwritten in place; see pruneSignInLimits
      keyPrefix,
      points,
      duration,
    });
  const created: Limiters = {
    // Kept a week so that "consecutive" survives a quiet night.
    pair: make("pair", SIGN_IN_LIMITS.consecutiveFailures, 7 * DAY),
    // How many times the pair was made to wait, for the next wait's length.
    waits: make("waits", 1_000_000, 7 * DAY),
    address: make("address", SIGN_IN_LIMITS.failuresPerAddressPerDay, DAY),
  };
  holder.__recoupeSignInLimiters = { pool, limiters: created };
  return created;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Keys are hashes: the table never holds an email address. */
export function signInKeys(email: string, ip: string): { pair: string; address: string } {
  const hash = (s: string) => createHash("sha256").update(s).digest("hex");
  return { pair: hash(`${normaliseEmail(email)}\n${ip}`), address: hash(ip) };
}

/** The wait after the limit was reached for the nth time: doubling, capped. */
export function waitSeconds(nth: number): number {
  const { firstWaitSeconds, longestWaitSeconds } = SIGN_IN_LIMITS;
  return Math.min(longestWaitSeconds, firstWaitSeconds * 2 ** Math.max(0, nth - 1));
}

function refusal(scope: "account" | "address", ms: number): AppError {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return new AppError("RATE_LIMITED", `errors.signIn.tooMany.${scope}`, { values: { minutes } });
}

const rejected = (e: unknown): e is RateLimiterRes => e instanceof RateLimiterRes;

/**
 * Takes this attempt's points, or refuses it (RATE_LIMITED) without any
 * password being checked.
 */
export async function reserveSignInAttempt(email: string, ip: string): Promise<void> {
  const keys = signInKeys(email, ip);
  const { pair, waits, address } = limiters();
  try {
    await address.consume(keys.address);
  } catch (e) {
    if (!rejected(e)) throw e;
    throw refusal("address", e.msBeforeNext);
  }
  try {
    await pair.consume(keys.pair);
  } catch (e) {
    if (!rejected(e)) throw e;
    // The one attempt that went over the limit (the upsert numbers them)
    // starts the wait; the ones after it are told how long is left.
    if (e.consumedPoints === SIGN_IN_LIMITS.consecutiveFailures + 1) {
      const nth = (await waits.consume(keys.pair)).consumedPoints;
      const seconds = waitSeconds(nth);
      await pair.block(keys.pair, seconds);
      throw refusal("account", seconds * 1000);
    }
    throw refusal("account", e.msBeforeNext);
  }
}

/** After the password was checked: a success clears the failures and gives the address its point back. */
export async function settleSignInAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  await sql()`
    INSERT INTO sign_in_attempts (email, ip, succeeded) VALUES (${normaliseEmail(email)}, ${ip}, ${succeeded})`;
  if (!succeeded) return;
  const keys = signInKeys(email, ip);
  const { pair, waits, address } = limiters();
  await Promise.all([pair.delete(keys.pair), waits.delete(keys.pair), address.reward(keys.address)]);
}

/** Removes limits that expired (rows are otherwise reused in place); run at start. */
export async function pruneSignInLimits(): Promise<number> {
  const rows = await sql()`DELETE FROM sign_in_limits WHERE expire IS NOT NULL AND expire < ${Date.now()}`;
  return rows.count;
}
