import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-database";
import { migrate, readMigrations } from "./migrate";
import { readPrismaSchema } from "./prisma-schema";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let sql: postgres.Sql;

beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
  sql = postgres(db.url, { max: 2, onnotice: () => undefined });
});

afterAll(async () => {
  await sql.end();
  await db.drop();
});

describe("migrations", () => {
  it("apply to an empty database and are recorded as Prisma records them", async () => {
    const result = await migrate(db.url);
    const files = await readMigrations();
    expect(result.applied).toEqual(files.map((f) => f.name));
    const rows = await sql<
      { migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }[]
    >`
      SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i]?.checksum);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("do nothing the second time, even from several servers at once", async () => {
    const results = await Promise.all([migrate(db.url), migrate(db.url), migrate(db.url)]);
    for (const r of results) expect(r.applied).toEqual([]);
    const [{ count }] = (await sql`SELECT count(*)::int AS count FROM _prisma_migrations`) as unknown as [
      { count: number },
    ];
    expect(count).toBe((await readMigrations()).length);
  });

  it("refuse a migration edited after it was applied", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "recoupe-migrations-"));
    try {
      await cp(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
      const [first] = await readMigrations(dir);
      await writeFile(path.join(dir, first?.name ?? "", "migration.sql"), `${first?.sql}\n-- edited\n`);
      await expect(migrate(db.url, { dir })).rejects.toThrow(/was changed after it was applied/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("leave nothing half-applied when a migration fails", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "recoupe-migrations-"));
    try {
      await cp(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
      await cp(path.join(dir, (await readMigrations(dir))[0]?.name ?? ""), path.join(dir, "99990101000000_broken"), {
        recursive: true,
      });
      await writeFile(
        path.join(dir, "99990101000000_broken", "migration.sql"),
        "CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n",
      );
      await expect(migrate(db.url, { dir })).rejects.toThrow(/99990101000000_broken failed/);
      const [table] = await sql`SELECT to_regclass('half_done') AS t`;
      expect(table?.t).toBeNull();
      const rows = await sql`SELECT 1 FROM _prisma_migrations WHERE migration_name = '99990101000000_broken'`;
      expect(rows).toHaveLength(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the migrated database and prisma/schema.prisma", () => {
  it("have the same tables and columns, with compatible types and nullability", async () => {
    const expected = await readPrismaSchema();
    const actual = await sql<{ table_name: string; column_name: string; type: string; is_nullable: string }[]>`
      SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod) AS type, c.is_nullable
      FROM information_schema.columns c
      JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
        AND a.attname = c.column_name
      WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'`;
    const key = (t: string, c: string) => `${t}.${c}`;
    const inDb = new Map(actual.map((r) => [key(r.table_name, r.column_name), r]));
    const inSchema = new Set<string>();
    const problems: string[] = [];
    for (const table of expected) {
      for (const col of table.columns) {
        const k = key(table.table, col.column);
        inSchema.add(k);
        const row = inDb.get(k);
        if (!row) {
          problems.push(`${table.model}.${col.field}: no column ${k}`);
          continue;
        }
        if (row.type !== col.pgType) problems.push(`${k}: schema says ${col.pgType}, database has ${row.type}`);
        if ((row.is_nullable === "YES") !== col.nullable) {
          problems.push(`${k}: schema says ${col.nullable ? "nullable" : "required"}, database disagrees`);
        }
      }
    }
    for (const k of inDb.keys()) if (!inSchema.has(k)) problems.push(`${k}: in the database but not in schema.prisma`);
    expect(problems).toEqual([]);
    expect(expected.length).toBeGreaterThanOrEqual(14);
  });
});
