import type postgres from "postgres";
import { z } from "zod";
import { AppError, type ErrorValues } from "@/lib/errors/app-error";
import { insertRows, type LineRow } from "./insert-rows";
import { rowSchema } from "./row-schema";
import { findTable, REVISION_USER_KEYS, TABLE_NAMES, type Row, type TableName, type TableSpec } from "./tables";

// Takes the rows of a workspace file one by one, checks each against its table,
// and writes them in batches. Users whose email already exists here (the
// administrator doing the restore, typically) are not inserted again: every
// reference to their exported id is pointed at the existing account instead.

type Tx = postgres.TransactionSql;

const BATCH_ROWS = 500;
/** Also flush on size, so a batch of long articles stays a few megabytes. */
const BATCH_BYTES = 16 * 1024 * 1024;

export type LoadResult = { rows: Record<TableName, number>; usersAdded: number; usersMatched: number };

/** A refusal whose message is backup.refused.<key> (each says that nothing was imported). */
function invalid(key: string, values: ErrorValues): AppError {
  return new AppError("INVALID_INPUT", `backup.refused.${key}`, { values });
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

export function createLoader(tx: Tx, formatVersion: number) {
  const rows = Object.fromEntries(TABLE_NAMES.map((n) => [n, 0])) as Record<TableName, number>;
  /** Exported user id → id of the existing user with the same email. */
  const sameUser = new Map<string, string>();
  let usersAdded = 0;
  let usersMatched = 0;
  let current: { spec: TableSpec; index: number } | null = null;
  let batch: LineRow[] = [];
  let batchBytes = 0;

  async function keepNewUsers(users: LineRow[]): Promise<LineRow[]> {
    const emails = users.map((u) => u.row.email as string);
    const existing = await tx<{ id: string; email: string }[]>`
      SELECT id, email FROM "users" WHERE email IN ${tx(emails)}`;
    const byEmail = new Map(existing.map((u) => [u.email, u.id]));
    const fresh: LineRow[] = [];
    for (const user of users) {
      const id = byEmail.get(user.row.email as string);
      if (id === undefined) {
        fresh.push(user);
        continue;
      }
      usersMatched++;
      if (id !== user.row.id) sameUser.set(user.row.id as string, id);
    }
    usersAdded += fresh.length;
    return fresh;
  }

  function pointAtSameUsers(spec: TableSpec, item: LineRow): LineRow {
    if (sameUser.size === 0 || spec.userColumns.length === 0) return item;
    const row: Row = { ...item.row };
    for (const column of spec.userColumns) {
      const id = sameUser.get(row[column] as string);
      if (id !== undefined) row[column] = id;
    }
    return { row, line: item.line };
  }

  async function flush(): Promise<void> {
    if (!current || batch.length === 0) return;
    const spec = current.spec;
    const ready = spec.name === "users" ? await keepNewUsers(batch) : batch.map((item) => pointAtSameUsers(spec, item));
    batch = [];
    batchBytes = 0;
    await insertRows(tx, spec, ready);
  }

  async function add(table: string, row: unknown, line: number, bytes: number): Promise<void> {
    const found = findTable(table);
    if (!found) throw invalid("unknownTable", { line, table });
    if (current && found.index < current.index) {
      throw invalid("outOfOrder", { line, table: found.spec.name, previous: current.spec.name });
    }
    if (!current || found.index > current.index) {
      await flush();
      current = found;
    }
    const parsed = rowSchema(found.spec.name, formatVersion).safeParse(row);
    if (!parsed.success)
      throw invalid("invalidRow", { line, table: found.spec.name, issues: describeIssues(parsed.error) });
    rows[found.spec.name]++;
    batch.push({ row: parsed.data, line });
    batchBytes += bytes;
    if (batch.length >= BATCH_ROWS || batchBytes >= BATCH_BYTES) await flush();
  }

  /** The history keeps copies of created_by_id and author_id; they follow the rows they copy. */
  async function pointHistoryAtSameUsers(): Promise<void> {
    if (sameUser.size === 0) return;
    const ids = JSON.stringify(Object.fromEntries(sameUser));
    for (const column of ["before", "after"]) {
      for (const key of REVISION_USER_KEYS) {
        const value = `"${column}" ->> '${key}'`;
        await tx.unsafe(
          `UPDATE "revisions" SET "${column}" = jsonb_set("${column}", '{${key}}', to_jsonb($1::text::jsonb ->> (${value})))
           WHERE jsonb_typeof("${column}") = 'object' AND ($1::text::jsonb) ? (${value})`,
          [ids],
        );
      }
    }
  }

  async function finish(): Promise<LoadResult> {
    await flush();
    await pointHistoryAtSameUsers();
    return { rows, usersAdded, usersMatched };
  }

  return { add, finish, counts: () => rows };
}
