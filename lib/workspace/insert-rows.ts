import postgres from "postgres";
import { AppError } from "@/lib/errors/app-error";
import type { Row, TableSpec } from "./tables";

// Multi-row INSERTs for the importer. Every value is sent as the text the
// export wrote and converted by PostgreSQL's own input function ($1::text::date),
// the exact inverse of the output that produced it: nothing goes through a
// JavaScript Date or a re-serialised JSON value on the way.

type Tx = postgres.TransactionSql;
export type LineRow = { row: Row; line: number };

function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  return String(value);
}

function insertStatement(table: TableSpec, count: number): string {
  const names = Object.keys(table.columns);
  const casts = names.map((name) => {
    const type = table.columns[name]?.type ?? "text";
    return type === "text" ? "::text" : `::text::${type}`;
  });
  const tuples: string[] = [];
  for (let r = 0; r < count; r++) {
    tuples.push(`(${casts.map((cast, c) => `$${r * names.length + c + 1}${cast}`).join(",")})`);
  }
  return `INSERT INTO "${table.name}" (${names.map((n) => `"${n}"`).join(",")}) VALUES ${tuples.join(",")}`;
}

async function insert(client: postgres.ISql, table: TableSpec, rows: readonly LineRow[]): Promise<void> {
  const names = Object.keys(table.columns);
  const params = rows.flatMap(({ row }) => names.map((name) => toText(row[name])));
  await client.unsafe(insertStatement(table, rows.length), params);
}

function describe(error: postgres.PostgresError): string {
  // A CHECK failure's detail repeats the whole row, article text included.
  const detail = error.detail && error.detail.length <= 300 ? ` (${error.detail})` : "";
  return `${error.message}${detail}`;
}

/**
 * Inserts the rows in one statement. When the database refuses them, each row
 * is tried on its own to name the line at fault; the caller's transaction is
 * then abandoned, so the rows that went in meanwhile never stay.
 */
export async function insertRows(tx: Tx, table: TableSpec, rows: readonly LineRow[]): Promise<void> {
  if (rows.length === 0) return;
  try {
    await tx.savepoint((sp) => insert(sp, table, rows));
    return;
  } catch (error) {
    if (!(error instanceof postgres.PostgresError)) throw error;
    if (rows.length === 1) throw refused(table, rows[0] as LineRow, error);
  }
  for (const row of rows) {
    try {
      await tx.savepoint((sp) => insert(sp, table, [row]));
    } catch (error) {
      if (error instanceof postgres.PostgresError) throw refused(table, row, error);
      throw error;
    }
  }
  throw new AppError("INVALID_INPUT", "backup.refused.rowsRefused", {
    values: { table: table.name, line: rows.at(-1)?.line ?? 0 },
  });
}

function refused(table: TableSpec, row: LineRow, error: postgres.PostgresError): AppError {
  return new AppError("INVALID_INPUT", "backup.refused.rowRefused", {
    values: { line: row.line, table: table.name, reason: describe(error) },
  });
}
