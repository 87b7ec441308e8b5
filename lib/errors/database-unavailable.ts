// Recognises "the database cannot be reached right now" among the errors of
// Prisma (through @prisma/adapter-pg), node-postgres and postgres.js, so that the
// app can say so plainly and retry, instead of showing a generic failure.

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);
// PostgreSQL SQLSTATEs: connection exceptions (08…), shutting down (57P01-3),
// too many connections (53300).
const SQLSTATE = /^(08\d{3}|57P0[1-3]|53300)$/;
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const MESSAGES =
  /(ECONNREFUSED|Connection terminated|connection.*(closed|ended|refused|reset)|the database system is (shutting down|starting up|in recovery mode)|terminating connection due to administrator command|timeout exceeded when trying to connect|Can't reach database server|DatabaseNotReachable|Server has closed the connection)/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown; kind?: unknown };
  if (typeof e.code === "string" && (NETWORK_CODES.has(e.code) || SQLSTATE.test(e.code) || PRISMA_CODES.has(e.code))) {
    return true;
  }
  if (e.kind === "DatabaseNotReachable" || e.kind === "ConnectionClosed") return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
