import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type postgres from "postgres";
import { backfillFactVerdicts, runOnSql } from "@/lib/facts/refresh-fact-verdicts";
import { LOCKS, withAdvisoryLock } from "./advisory-lock";

// Applies prisma/migrations/<name>/migration.sql in order and records each in
// _prisma_migrations exactly as `prisma migrate deploy` does, so that a machine
// that can run Prisma's CLI sees them as applied. We run our own because Prisma's
// migrate commands need a native engine that these machines cannot download.
//
// Several app servers may start at once: a session advisory lock makes one of
// them migrate while the others wait, then find nothing left to do.

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type Migration = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; alreadyApplied: string[] };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type Row = { migration_name: string; checksum: string; finished_at: Date | null };

export async function migrate(
  databaseUrl: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const log = options.log ?? (() => undefined);
  const migrations = await readMigrations(options.dir);
  return withAdvisoryLock(databaseUrl, LOCKS.migrate, async (sql) => {
    await sql.unsafe(CREATE_TABLE);
    const rows = await sql<Row[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
      WHERE rolled_back_at IS NULL`;
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    const result: MigrateResult = { applied: [], alreadyApplied: [] };

    for (const m of migrations) {
      const row = done.get(m.name);
      if (row && row.finished_at === null) {
        throw new Error(
          `Migration ${m.name} started earlier and did not finish. Inspect the database, then mark it rolled back in _prisma_migrations before starting again.`,
        );
      }
      if (row) {
        if (row.checksum !== m.checksum) {
          throw new Error(
            `Migration ${m.name} was changed after it was applied. Migrations are history: add a new one instead.`,
          );
        }
        result.alreadyApplied.push(m.name);
        continue;
      }
      await applyOne(sql, m);
      log(`applied migration ${m.name}`);
      result.applied.push(m.name);
    }
    const filled = await backfillDerivedData(sql);
    if (filled > 0) log(`stored the classification of ${filled} fact(s)`);
    const unknown = [...done.keys()].filter((n) => !migrations.some((m) => m.name === n));
    if (unknown.length > 0) {
      log(`database has migrations this code does not know: ${unknown.join(", ")} (newer code ran here?)`);
    }
    return result;
  });
}

/**
 * Data that SQL cannot compute: each fact's classification comes from the
 * TypeScript classifier. Run here, under the migration lock, so that one server
 * fills it in while the others wait, and none serves a list without it.
 */
async function backfillDerivedData(sql: postgres.Sql): Promise<number> {
  const [column] = await sql`
    SELECT 1 FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = 'facts' AND column_name = 'verdict'`;
  if (!column) return 0; // a database migrated only part of the way (tests of the runner)
  return backfillFactVerdicts(runOnSql(sql), {
    all: false,
    inTransaction: async (fn) => {
      await sql.begin((tx) => fn(runOnSql(tx)));
    },
  });
}

async function applyOne(sql: postgres.Sql, m: Migration): Promise<void> {
  // Unlike Prisma we wrap each migration in a transaction: a failure leaves the
  // database as it was, with nothing half-applied to repair by hand.
  await sql.begin(async (tx) => {
    const id = randomUUID();
    await tx`
      INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
      VALUES (${id}, ${m.checksum}, ${m.name}, now(), 0)`;
    try {
      await tx.unsafe(m.sql);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Migration ${m.name} failed: ${message}`);
    }
    await tx`
      UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1
      WHERE id = ${id}`;
  });
}
