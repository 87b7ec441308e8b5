import { AppError } from "@/lib/errors/app-error";
import { sql } from "@/lib/db/client";

// Failed sign-ins are limited per account and per address, in the database so
// that every app server sees the same counts. A success clears the account's
// count; the address count only ages out (one address may try many accounts).

export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function assertSignInAllowed(email: string, ip: string): Promise<void> {
  const { windowMinutes, perAccount, perAddress } = SIGN_IN_LIMITS;
  const account = normaliseEmail(email);
  // "After the last success" goes by insertion order (the id), not by time:
  // timestamps have millisecond precision, and a failure recorded in the same
  // millisecond as a success would otherwise never count.
  const [row] = await sql()<{ account_failures: number; address_failures: number }[]>`
    WITH window_start AS (SELECT now() - make_interval(mins => ${windowMinutes}) AS t),
    last_success AS (
      SELECT coalesce(max(id), 0) AS last_id FROM sign_in_attempts
      WHERE email = ${account} AND succeeded
    )
    SELECT
      (SELECT count(*)::int FROM sign_in_attempts, window_start, last_success
        WHERE email = ${account} AND NOT succeeded
          AND at > window_start.t AND id > last_success.last_id) AS account_failures,
      (SELECT count(*)::int FROM sign_in_attempts, window_start
        WHERE ip = ${ip} AND NOT succeeded AND at > window_start.t) AS address_failures`;
  if (!row) return;
  if (row.account_failures >= perAccount || row.address_failures >= perAddress) {
    throw new AppError(
      "RATE_LIMITED",
      `Too many failed sign-ins. Wait ${windowMinutes} minutes before trying again, or ask an administrator to reset your password.`,
    );
  }
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  await sql()`
    INSERT INTO sign_in_attempts (email, ip, succeeded) VALUES (${normaliseEmail(email)}, ${ip}, ${succeeded})`;
}
