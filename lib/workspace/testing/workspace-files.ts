import { gunzipSync, gzipSync } from "node:zlib";
import type postgres from "postgres";
import { createSql, type Sql } from "@/lib/db/client";
import { createTestDatabase } from "@/lib/testing/test-database";
import { TABLE_NAMES } from "../tables";

// Helpers for the workspace tests: files as bytes and lines, databases to
// restore into, and a dump of every table written independently of the
// export code (to_jsonb of whole rows: a column the export forgot shows up).

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A file's bytes as the importer's source. */
export async function* bytesOf(data: Buffer | string, chunkSize = 64 * 1024): AsyncGenerator<Uint8Array> {
  const buffer = typeof data === "string" ? Buffer.from(data) : data;
  for (let at = 0; at < buffer.length; at += chunkSize) yield buffer.subarray(at, at + chunkSize);
}

export function linesOf(file: Buffer): string[] {
  return gunzipSync(file).toString("utf8").split("\n").slice(0, -1);
}

export function fileOf(lines: string[]): Buffer {
  return gzipSync(`${lines.join("\n")}\n`);
}

/** Rewrites the first row of a table in a file's lines. */
export function editRow(
  lines: string[],
  table: string,
  edit: (row: Record<string, unknown>) => void,
): { lines: string[]; line: number } {
  const index = lines.findIndex((l) => l.startsWith(`{"table":"${table}"`));
  const entry = JSON.parse(lines[index] as string) as { row: Record<string, unknown> };
  edit(entry.row);
  const copy = [...lines];
  copy[index] = JSON.stringify(entry);
  return { lines: copy, line: index + 1 };
}

const cleanups: (() => Promise<void>)[] = [];

/** A new migrated database with nobody in it, and a client for it; dropped by dropDatabases(). */
export async function freshDatabase(): Promise<{ url: string; client: Sql }> {
  const database = await createTestDatabase();
  const client = createSql(database.url, { max: 2 });
  cleanups.push(async () => {
    await client.end({ timeout: 5 });
    await database.drop();
  });
  return { url: database.url, client };
}

export async function dropDatabases(): Promise<void> {
  await Promise.all(cleanups.splice(0).map((c) => c()));
}

export type Dump = Record<string, string[]>;

export async function dumpTables(client: postgres.ISql, tables: readonly string[] = TABLE_NAMES): Promise<Dump> {
  const dump: Dump = {};
  for (const table of tables) {
    const rows = await client.unsafe<{ row: string }[]>(
      `SELECT (to_jsonb(t) - 'search_vector')::text AS row FROM "${table}" t ORDER BY t."id"`,
    );
    dump[table] = rows.map((r) => r.row);
  }
  return dump;
}

export async function searchVectors(client: postgres.ISql): Promise<string[]> {
  const rows = await client<{ v: string }[]>`SELECT search_vector::text AS v FROM "articles" ORDER BY "id"`;
  return rows.map((r) => r.v);
}

export async function countRows(client: postgres.ISql, table: string): Promise<number> {
  const [row] = await client.unsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
  return row?.n ?? -1;
}
