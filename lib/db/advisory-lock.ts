import postgres from "postgres";

// Work that must happen on one app server at a time (migrating, creating the
// first accounts, seeding), whatever the number of servers starting together:
// a session-level advisory lock held on a connection of its own.

export const LOCKS = {
  migrate: 72_110_915,
  provision: 72_110_918,
} as const;

export async function withAdvisoryLock<T>(
  databaseUrl: string,
  key: number,
  fn: (sql: postgres.Sql) => Promise<T>,
): Promise<T> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    await sql`SELECT pg_advisory_lock(${key})`;
    try {
      return await fn(sql);
    } finally {
      await sql`SELECT pg_advisory_unlock(${key})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
