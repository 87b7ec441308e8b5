import { pipeline, Readable } from "node:stream";
import { createGzip } from "node:zlib";
import type postgres from "postgres";
import { sql, type Sql } from "@/lib/db/client";
import { appliedMigrations, WORKSPACE_FORMAT, WORKSPACE_VERSION, type WorkspaceHeader } from "./file-format";
import { TABLES, type TableName, type TableSpec } from "./tables";

// Streams the whole workspace as gzip-compressed NDJSON (see file-format.ts).
// Everything is read in one REPEATABLE READ transaction, so the file is one
// consistent snapshot even while people keep working; rows come through cursors
// a few at a time and go out as the reader takes them, so memory stays flat
// however large the workspace.

const quote = (name: string) => `"${name}"`;

/**
 * PostgreSQL writes each row as JSON itself (row_to_json), which fixes the text
 * of every value: timestamps in UTC with their milliseconds, dates as
 * YYYY-MM-DD, doubles with the shortest digits that read back to the same
 * number. bigint and jsonb are cast to text (see tables.ts).
 */
function selectRows(table: TableSpec): string {
  const columns = Object.entries(table.columns).map(([name, column]) => {
    const asText = column.type === "bigint" || column.type === "jsonb" ? "::text" : "";
    return `t.${quote(name)}${asText} AS ${quote(name)}`;
  });
  return `SELECT row_to_json(r)::text AS line FROM ${quote(table.name)} t, LATERAL (SELECT ${columns.join(", ")}) r ORDER BY t."id"`;
}

async function* workspaceLines(conn: postgres.ReservedSql, header: WorkspaceHeader): AsyncGenerator<string> {
  let committed = false;
  try {
    yield `${JSON.stringify(header)}\n`;
    const rows = {} as Record<TableName, number>;
    for (const table of TABLES) {
      rows[table.name] = 0;
      const prefix = `{"table":"${table.name}","row":`;
      for await (const batch of conn.unsafe<{ line: string }[]>(selectRows(table)).cursor(table.fetch)) {
        rows[table.name] += batch.length;
        for (const { line } of batch) yield `${prefix}${line}}\n`;
      }
    }
    yield `${JSON.stringify({ end: true, rows })}\n`;
    await conn`COMMIT`;
    committed = true;
  } finally {
    // Also reached when the download is cancelled half-way: the snapshot is
    // read-only, so ending it early loses nothing.
    if (!committed) await conn`ROLLBACK`.catch(() => undefined);
    conn.release();
  }
}

/**
 * Node's zlib rather than the web CompressionStream, which held 440 MB where
 * this holds 80 (100 articles of 1 MB). Level 3: on news-like prose it is about
 * three times as fast as the default level 6 for a file about 10% larger, and
 * the default made compression, not the database, the slowest step.
 */
function toGzipStream(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const gzip = createGzip({ level: 3 });
  // pipeline ends the generator (and so the snapshot) when the reader cancels.
  pipeline(Readable.from(lines, { objectMode: false }), gzip, (error) => {
    // A cancelled download is no failure. Anything else happens after the
    // headers went out: the download breaks off (and the file, lacking its
    // end line, will be refused), so the reason is only told here.
    const code = (error as { code?: string } | null)?.code;
    if (error && code !== "ABORT_ERR" && code !== "ERR_STREAM_PREMATURE_CLOSE") {
      console.error("[workspace] export failed half-way", error);
    }
  });
  return Readable.toWeb(gzip) as ReadableStream<Uint8Array>;
}

/**
 * Opens the snapshot and returns the file as a stream. Failing to reach the
 * database rejects here, before anything is sent, so a route can still answer
 * with an error status.
 */
export async function exportWorkspace(client: Sql = sql()): Promise<ReadableStream<Uint8Array>> {
  const conn = await client.reserve();
  let header: WorkspaceHeader;
  try {
    await conn`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`;
    // The same text whatever the server's defaults: UTC offsets, and float
    // output in shortest exact form even where extra_float_digits was lowered.
    await conn`SELECT set_config('TimeZone', 'UTC', true), set_config('extra_float_digits', '3', true)`;
    const [now] = await conn<{ at: Date }[]>`SELECT now() AS at`;
    header = {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      exportedAt: (now?.at ?? new Date()).toISOString(),
      migrations: await appliedMigrations(conn),
    };
  } catch (error) {
    await conn`ROLLBACK`.catch(() => undefined);
    conn.release();
    throw error;
  }
  return toGzipStream(workspaceLines(conn, header));
}
