import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import postgres from "postgres";
import { PrismaClient } from "./generated/prisma/client";

// One Prisma client and one postgres.js pool per process, created on first use
// (so that `next build` never needs a database) and kept on globalThis so that
// hot reloads in development do not open a new pool each time.

export type Db = PrismaClient;
export type Sql = postgres.Sql;

type Clients = { url: string; prisma: PrismaClient; sql: Sql; pool?: pg.Pool };
const holder = globalThis as unknown as { __recoupeDb?: Clients };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Recoupe with `npm start`, which provides one (an embedded PostgreSQL) when you do not.",
    );
  }
  return url;
}

function logPoolError(error: Error) {
  // An idle connection died (the database restarted, the network dropped). The
  // pool replaces it on next use; without a listener Node would crash here.
  console.warn(`[db] connection lost: ${error.message}`);
}

// Bounded waits, so that a database that is down (or hung) is reported within
// seconds instead of leaving requests waiting: connecting, and a query's answer.
export const CONNECT_TIMEOUT_MS = 3_000;
export const QUERY_TIMEOUT_MS = 30_000;

export function createPrisma(url: string): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString: url, max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS },
    { onPoolError: logPoolError, onConnectionError: logPoolError },
  );
  return new PrismaClient({ adapter });
}

export function createSql(url: string, options: postgres.Options<never> = {}): Sql {
  return postgres(url, {
    max: 5,
    connect_timeout: CONNECT_TIMEOUT_MS / 1000,
    idle_timeout: 60,
    onnotice: () => undefined,
    ...options,
  });
}

function clients(): Clients {
  const url = databaseUrl();
  const current = holder.__recoupeDb;
  if (current && current.url === url) return current;
  const created = { url, prisma: createPrisma(url), sql: createSql(url) };
  holder.__recoupeDb = created;
  return created;
}

/** The Prisma client: typed reads and writes. */
export function db(): PrismaClient {
  return clients().prisma;
}

/** postgres.js: raw SQL where Prisma is the wrong tool (search, bulk, COPY). */
export function sql(): Sql {
  return clients().sql;
}

/** A node-postgres pool, for libraries that take one (the sign-in limiter). */
export function pgPool(): pg.Pool {
  const current = clients();
  current.pool ??= createPool(current.url);
  return current.pool;
}

function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 3,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    query_timeout: QUERY_TIMEOUT_MS,
  });
  pool.on("error", logPoolError);
  return pool;
}

/** Closes every pool (scripts and tests; the server keeps them for its life). */
export async function closeDb(): Promise<void> {
  const current = holder.__recoupeDb;
  holder.__recoupeDb = undefined;
  if (!current) return;
  await Promise.all([current.prisma.$disconnect(), current.sql.end({ timeout: 5 }), current.pool?.end()]);
}
