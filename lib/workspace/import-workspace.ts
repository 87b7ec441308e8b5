import postgres from "postgres";
import { sql, type Sql } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { backfillFactVerdicts, runOnSql } from "@/lib/facts/refresh-fact-verdicts";
import {
  appliedMigrations,
  checkEnd,
  checkMigrations,
  parseEntry,
  parseHeader,
  type WorkspaceEnd,
} from "./file-format";
import { createLoader } from "./load-rows";
import { readLines, type ByteSource, type Line } from "./read-lines";
import { TABLE_NAMES, type TableName } from "./tables";

// Restores a workspace file into this database, all or nothing: one
// transaction, refused unless the workspace is empty, with the history
// triggers switched off (the file brings its own history, ids included).

export type ImportResult = {
  rows: Record<TableName, number>;
  /** Exported users inserted here, without any way to sign in until an administrator sets a password. */
  usersWithoutPassword: number;
  /** Exported users who already had an account here (same email); their references were pointed at it. */
  usersMatched: number;
};

/** Tables that must be empty for a restore; users may exist (the administrator restoring, at least). */
const WORKSPACE_TABLES = TABLE_NAMES.filter((name) => name !== "users");

/** The workspace tables that already hold rows here (none: a restore may go ahead). */
export async function findWorkspaceData(client: postgres.ISql = sql()): Promise<string[]> {
  const checks = WORKSPACE_TABLES.map((t) => `EXISTS (SELECT 1 FROM "${t}") AS "${t}"`).join(", ");
  const [row] = await client.unsafe<Record<string, boolean>[]>(`SELECT ${checks}`);
  return WORKSPACE_TABLES.filter((t) => row?.[t]);
}

async function moveSequencePastRows(tx: postgres.TransactionSql, table: string): Promise<void> {
  // Imported rows keep their ids; the next one made here must come after them.
  await tx.unsafe(
    `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), max_id)
     FROM (SELECT max("id") AS max_id FROM "${table}") m WHERE max_id IS NOT NULL`,
  );
}

async function load(
  tx: postgres.TransactionSql,
  lines: AsyncGenerator<Line>,
  formatVersion: number,
): Promise<ImportResult> {
  // Transaction-local: the history triggers skip their work while this is on.
  await tx`SELECT set_config('recoupe.restoring_workspace', 'on', true), set_config('lock_timeout', '10s', true)`;
  // Nobody writes to the workspace while it is checked empty and filled; a
  // second restore started meanwhile waits, then finds it full.
  try {
    await tx.unsafe(`LOCK TABLE ${WORKSPACE_TABLES.map((t) => `"${t}"`).join(", ")} IN EXCLUSIVE MODE`);
  } catch (error) {
    if (error instanceof postgres.PostgresError && error.code === "55P03") {
      throw new AppError("CONFLICT", "backup.refused.busy");
    }
    throw error;
  }
  await tx`SELECT set_config('lock_timeout', '0', true)`;
  const present = await findWorkspaceData(tx);
  if (present.length > 0) {
    // Named in the reader's words by the catalog: the first kind of data found, and how many more.
    throw new AppError("CONFLICT", "backup.refused.notEmpty", {
      values: { first: present[0]!, others: present.length - 1 },
    });
  }

  const loader = createLoader(tx, formatVersion);
  let end: WorkspaceEnd | null = null;
  let lastLine = 1;
  for await (const line of lines) {
    lastLine = line.number;
    if (end) {
      throw new AppError("INVALID_INPUT", "backup.refused.afterEnd", { values: { line: line.number } });
    }
    const entry = parseEntry(line.text, line.number);
    if ("end" in entry) end = entry;
    else await loader.add(entry.table, entry.row, line.number, line.text.length);
  }
  checkEnd(end, loader.counts(), lastLine);
  const loaded = await loader.finish();
  // Files carry no stored classification (it is derived): compute every fact's.
  await backfillFactVerdicts(runOnSql(tx), { all: true });
  await moveSequencePastRows(tx, "revisions");
  // sign_in_attempts travels in no file today, so this changes nothing yet; it
  // costs one query and stays right if a later format carries the table.
  await moveSequencePastRows(tx, "sign_in_attempts");
  return { rows: loaded.rows, usersWithoutPassword: loaded.usersAdded, usersMatched: loaded.usersMatched };
}

/**
 * Reads a workspace file (gzip-compressed NDJSON, as exportWorkspace writes it)
 * and loads it into this database if its workspace is empty. Every refusal is
 * an AppError whose message says what is wrong, naming the line when one is.
 */
export async function importWorkspace(source: ByteSource, client: Sql = sql()): Promise<ImportResult> {
  const lines = readLines(source);
  try {
    const first = await lines.next();
    const header = parseHeader(first.done ? undefined : first.value);
    checkMigrations(header, await appliedMigrations(client));
    const result = (await client.begin((tx) => load(tx, lines, header.version))) as ImportResult;
    // Fresh statistics for the planner: until autovacuum gets round to the new
    // rows (never, where it is off) every plan is made for empty tables, and a
    // list's first page sorts every fact instead of reading its index.
    await client.unsafe(`ANALYZE ${WORKSPACE_TABLES.map((t) => `"${t}"`).join(", ")}`);
    return result;
  } finally {
    // Stops reading (and so receiving) the rest of the file after a refusal.
    await lines.return(undefined);
  }
}
