import type postgres from "postgres";
import { z } from "zod";
import { AppError, type ErrorValues } from "@/lib/errors/app-error";
import { TABLE_NAMES } from "./tables";

// A workspace file is gzip-compressed NDJSON, one JSON value per line:
//   1. the header: {"format":"recoupe-workspace","version":1,"exportedAt":…,"migrations":[…]}
//   2. one line per row: {"table":"claims","row":{…column: value…}}, tables in
//      the order of TABLES, each ordered by id
//   3. the end: {"end":true,"rows":{"users":3,…}}, so that a file cut short at
//      a line boundary is refused instead of restoring half a workspace.

export const WORKSPACE_FORMAT = "recoupe-workspace";
/**
 * The format written. Each format adds columns (tables.ts marks them with
 * `since`); files of every earlier format still restore.
 *   1. the first release
 *   2. claims.granularity
 */
export const WORKSPACE_VERSION = 2;
export const WORKSPACE_EXTENSION = ".recoupe.ndjson.gz";
/** Largest file the web upload accepts; the command line has no limit. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

export type WorkspaceHeader = { format: string; version: number; exportedAt: string; migrations: string[] };
export type WorkspaceEnd = { end: true; rows: Record<string, number> };
export type WorkspaceEntry = { table: string; row: unknown } | WorkspaceEnd;

const headerSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.int().min(1),
  exportedAt: z.string(),
  migrations: z.array(z.string()),
});

const entrySchema = z.union([
  z.strictObject({ table: z.string(), row: z.record(z.string(), z.unknown()) }),
  // Partial: a file written before a table existed has no count for it.
  z.strictObject({ end: z.literal(true), rows: z.partialRecord(z.enum(TABLE_NAMES), z.int().min(0)) }),
]);

export function workspaceFileName(at: Date): string {
  return `recoupe-workspace-${at.toISOString().slice(0, 10)}${WORKSPACE_EXTENSION}`;
}

/** Migrations applied to this database, by name, in order. */
export async function appliedMigrations(client: postgres.ISql): Promise<string[]> {
  const rows = await client<{ name: string }[]>`
    SELECT migration_name AS name FROM "_prisma_migrations"
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
    ORDER BY migration_name`;
  return rows.map((r) => r.name);
}

/** A refusal whose message is backup.refused.<key> (each says that nothing was imported). */
function invalid(key: string, values?: ErrorValues): AppError {
  return new AppError("INVALID_INPUT", `backup.refused.${key}`, { values });
}

function parseJson(text: string, line: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid("notJson", { line });
  }
}

export function parseHeader(first: { text: string; number: number } | undefined): WorkspaceHeader {
  if (!first) throw invalid("empty");
  let value: unknown;
  try {
    value = JSON.parse(first.text) as unknown;
  } catch {
    throw invalid("notWorkspace");
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== WORKSPACE_FORMAT) throw invalid("notWorkspace");
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success) throw invalid("headerDamaged");
  if (parsed.data.version > WORKSPACE_VERSION) {
    throw invalid("newerFormat", { version: parsed.data.version, supported: WORKSPACE_VERSION });
  }
  return parsed.data;
}

/** Refuses a file from a database that had migrations this one lacks: its rows may not fit here. */
export function checkMigrations(header: WorkspaceHeader, applied: readonly string[]): void {
  const here = new Set(applied);
  const missing = header.migrations.filter((m) => !here.has(m));
  if (missing.length === 0) return;
  throw invalid("newerMigrations", { count: missing.length, migrations: missing.join(", ") });
}

export function parseEntry(text: string, line: number): WorkspaceEntry {
  const parsed = entrySchema.safeParse(parseJson(text, line));
  if (!parsed.success) {
    throw invalid("notAnEntry", { line });
  }
  return parsed.data;
}

/** The end line must agree with what was read: anything else means a damaged or edited file. */
export function checkEnd(end: WorkspaceEnd | null, read: Record<string, number>, lastLine: number): void {
  if (!end) {
    throw invalid("cutShort", { line: lastLine });
  }
  for (const table of TABLE_NAMES) {
    const expected = end.rows[table] ?? 0;
    const found = read[table] ?? 0;
    if (expected !== found) {
      throw invalid("countMismatch", { expected, table, found });
    }
  }
}
