import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { exportWorkspace } from "./export-workspace";
import { WORKSPACE_VERSION } from "./file-format";
import { importWorkspace } from "./import-workspace";
import { TABLE_NAMES, TABLES } from "./tables";
import { buildTestWorkspace, SECRETS } from "./testing/build-test-workspace";
import {
  bytesOf,
  countRows,
  dropDatabases,
  dumpTables,
  fileOf,
  freshDatabase,
  linesOf,
  readAll,
  searchVectors,
  type Dump,
} from "./testing/workspace-files";

const source = setUpTestDatabase();
let built: Awaited<ReturnType<typeof buildTestWorkspace>>;
let file: Buffer;
let sourceDump: Dump;

beforeAll(async () => {
  built = await buildTestWorkspace();
  sourceDump = await dumpTables(sql());
  const started = performance.now();
  file = await readAll(await exportWorkspace());
  const rows = Object.values(sourceDump).reduce((n, t) => n + t.length, 0);
  console.info(
    `[workspace] seeds ${JSON.stringify(built.seeded)}; exported ${rows} rows to ${(file.length / 1024).toFixed(0)} KB in ${(performance.now() - started).toFixed(0)} ms`,
  );
});

afterAll(dropDatabases);

describe("the workspace file", () => {
  it("starts with the header, holds each table in order and ends with the row counts", async () => {
    const lines = linesOf(file);
    const header = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(header).toMatchObject({
      format: "recoupe-workspace",
      version: WORKSPACE_VERSION,
      migrations: (await readMigrations()).map((m) => m.name),
    });
    expect(Date.parse(header.exportedAt as string)).not.toBeNaN();
    const tables = lines.slice(1, -1).map((l) => (JSON.parse(l) as { table: string }).table);
    expect([...new Set(tables)]).toEqual(TABLE_NAMES.filter((t) => (sourceDump[t]?.length ?? 0) > 0));
    const end = JSON.parse(lines.at(-1) as string) as { end: boolean; rows: Record<string, number> };
    expect(end).toEqual({ end: true, rows: Object.fromEntries(TABLE_NAMES.map((t) => [t, sourceDump[t]?.length])) });
  });

  it("carries no password hash, session or setting", () => {
    const text = linesOf(file).join("\n");
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"table":"(accounts|sessions|settings|verifications|sign_in_attempts)"/);
  });
});

describe("restoring", () => {
  it("loads everything into an empty database, row for row, without adding history", async () => {
    const target = await freshDatabase();
    const started = performance.now();
    const result = await importWorkspace(bytesOf(file), target.client);
    console.info(`[workspace] imported in ${(performance.now() - started).toFixed(0)} ms`);

    expect(result.rows).toEqual(Object.fromEntries(TABLE_NAMES.map((t) => [t, sourceDump[t]?.length])));
    expect(result).toMatchObject({ usersWithoutPassword: 4, usersMatched: 0 });
    const targetDump = await dumpTables(target.client);
    for (const table of TABLE_NAMES) expect(targetDump[table], table).toEqual(sourceDump[table]);
    expect(await searchVectors(target.client)).toEqual(await searchVectors(sql()));
    for (const table of ["accounts", "sessions", "settings", "sign_in_attempts"])
      expect(await countRows(target.client, table), table).toBe(0);
    // The planner has statistics for what was restored (an ANALYZE by the restore, not autovacuum's).
    const analyzed = await target.client<{ relname: string }[]>`
      SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL AND relname IN ('articles', 'claims', 'facts', 'notes')`;
    expect(analyzed.map((r) => r.relname).sort()).toEqual(["articles", "claims", "facts", "notes"]);
  });

  it("restores a file of format 1, whose rows lack the columns added since, with their fill values", async () => {
    const [header, ...rest] = linesOf(file);
    const laterColumns = TABLES.flatMap((t) =>
      Object.entries(t.columns)
        .filter(([, c]) => (c.since ?? 1) > 1)
        .map(([name]) => ({ table: t.name, name })),
    );
    expect(laterColumns.length).toBeGreaterThan(0);
    const formatOne = [
      JSON.stringify({ ...(JSON.parse(header as string) as object), version: 1 }),
      ...rest.map((line) => {
        const entry = JSON.parse(line) as { table?: string; row?: Record<string, unknown> };
        if (!entry.row) return line;
        for (const c of laterColumns) if (c.table === entry.table) delete entry.row[c.name];
        return JSON.stringify(entry);
      }),
    ];
    expect(formatOne.join("\n")).not.toContain('"granularity"');
    const target = await freshDatabase();
    const result = await importWorkspace(bytesOf(fileOf(formatOne)), target.client);
    expect(result.rows).toEqual(Object.fromEntries(TABLE_NAMES.map((t) => [t, sourceDump[t]?.length])));
    const [claims] = await target.client<{ n: number; filled: number }[]>`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE granularity IS NULL)::int AS filled FROM claims`;
    expect(claims?.n).toBeGreaterThan(0);
    expect(claims?.filled).toBe(claims?.n);
  });

  it("numbers new history after the restored history", async () => {
    const target = await freshDatabase();
    await importWorkspace(bytesOf(file), target.client);
    await target.client`INSERT INTO facts (label, kind) VALUES ('After the restore', 'count')`;
    const [last] = await target.client<{ id: string }[]>`SELECT max(id)::text AS id FROM revisions`;
    const restoredMax = (sourceDump.revisions ?? [])
      .map((r) => BigInt((JSON.parse(r) as { id: number }).id))
      .reduce((a, b) => (a > b ? a : b));
    expect(BigInt(last?.id ?? 0)).toBe(restoredMax + 1n);
  });

  it("gives an exported user's work to the existing account with the same email", async () => {
    const target = await freshDatabase();
    const [existing] = await target.client<{ id: string }[]>`
      INSERT INTO users (name, email, role) VALUES ('Ada (already here)', ${built.users.admin.email}, 'admin') RETURNING id`;
    const result = await importWorkspace(bytesOf(file), target.client);
    expect(result).toMatchObject({ usersWithoutPassword: 3, usersMatched: 1 });

    const oldId = built.users.admin.id;
    const newId = existing?.id as string;
    const targetDump = await dumpTables(target.client);
    expect(JSON.stringify(targetDump)).not.toContain(oldId);
    for (const table of TABLE_NAMES.filter((t) => t !== "users")) {
      const expected = (sourceDump[table] ?? []).map((row) => row.replaceAll(oldId, newId));
      expect(targetDump[table], table).toEqual(expected);
    }
    const users = await target.client<{ email: string; name: string }[]>`SELECT email, name FROM users ORDER BY email`;
    expect(users.map((u) => u.name)).toEqual(["Ada (already here)", "Éd Itor", "Gone Person", "Vi Ewer"]);
    // The references that prove it: created_by_id, decided_by_id, restored_by_id, actor_id, history copies.
    const [refs] = await target.client<{ n: number }[]>`
      SELECT (SELECT count(*) FROM articles WHERE created_by_id = ${newId})
           + (SELECT count(*) FROM suggestions WHERE decided_by_id = ${newId})
           + (SELECT count(*) FROM deletions WHERE restored_by_id = ${newId} OR deleted_by_id = ${newId})
           + (SELECT count(*) FROM revisions WHERE actor_id = ${newId}) AS n`.then((rows) =>
      rows.map((r) => ({ n: Number(r.n) })),
    );
    expect(refs?.n).toBeGreaterThanOrEqual(4);
  });
});

describe("the command line", () => {
  const run = promisify(execFile);
  const cli = (args: string[], url: string) =>
    run(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["lib/workspace/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL: url },
    }).then(
      (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
    );

  it("exports and imports with DATABASE_URL, and fails with the message", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "recoupe-cli-"));
    try {
      const exported = path.join(dir, "backup.recoupe.ndjson.gz");
      expect(await cli(["export", exported], source.url())).toMatchObject({ code: 0 });
      expect(linesOf(await readFile(exported)).length).toBe(linesOf(file).length);

      const target = await freshDatabase();
      const imported = await cli(["import", exported], target.url);
      expect(imported).toMatchObject({ code: 0 });
      expect(imported.out).toMatch(/claims\s+\d+/);
      expect(imported.out).toContain("4 user(s) cannot sign in yet");

      const again = await cli(["import", exported], target.url);
      expect(again.code).toBe(1);
      expect(again.err).toContain("This workspace is not empty");

      await writeFile(path.join(dir, "x.txt"), "not a backup");
      expect((await cli(["import", path.join(dir, "x.txt")], target.url)).err).toContain("not gzip-compressed");
      expect((await cli(["frobnicate"], target.url)).code).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// Last: it adds an article to the source workspace.
describe("export", () => {
  it("ends its snapshot and frees the connection when the download is cancelled half-way", async () => {
    // Text that does not compress, so the file cannot fit in the stream's buffers.
    const text = randomBytes(3 * 1024 * 1024).toString("base64");
    await sql()`INSERT INTO articles (outlet_id, title, published_at, language, source_format, raw_text, text, text_hash)
      SELECT id, 'Noise', '2024-01-01', 'en', 'text', ${text}, 'Noise.', 'noise' FROM outlets LIMIT 1`;
    const transactions = () =>
      sql()<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`.then((r) => r[0]?.n);
    const reader = (await exportWorkspace()).getReader();
    await reader.read();
    expect(await transactions()).toBe(1); // the snapshot is still being read
    await reader.cancel();
    // The rollback reaches the server asynchronously: wait for it, up to 10 s.
    await expect.poll(transactions, { timeout: 10_000, interval: 100 }).toBe(0);
  });
});
