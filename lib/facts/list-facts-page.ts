import { z } from "zod";
import type { Kind } from "@/lib/claims/value";
import { sql, type Sql } from "@/lib/db/client";
import { factVerdict, type FactVerdictDetails } from "@/lib/discrepancies/fact-verdict";
import { escapeLike } from "@/lib/search/sql-fragments";
import { DISCREPANCY_VERDICTS, labelWords, type ListFilters } from "./list-filters";
import { loadVerdictClaims, runOnSql, toVerdictFact, type VerdictClaim } from "./refresh-fact-verdicts";
import type { FactStatus } from "./schema";

// The facts and discrepancy lists, a page at a time: filtered, counted and
// ordered in SQL on the stored classification (facts.verdict), most recent
// activity first, paged by keyset (an opaque cursor names the row to start
// after or before). Claims are read only for the facts on the page.

export const LIST_PAGE_SIZE = 50;

export type ListedFact = {
  id: string;
  label: string;
  kind: Kind;
  status: FactStatus;
  lastActivity: Date;
  notes: number;
  outlets: number;
  claims: VerdictClaim[];
  verdict: FactVerdictDetails;
};

export type FactsPage = {
  facts: ListedFact[];
  total: number;
  /** Cursors of the pages after and before this one, when there are such pages. */
  next: string | null;
  previous: string | null;
};

const cursorSchema = z.object({
  d: z.enum(["next", "prev"]),
  t: z.iso.datetime(),
  id: z.uuid(),
});
type Cursor = z.output<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** A cursor from a query string, or null for anything forged, damaged or stale in shape. */
export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw || !/^[A-Za-z0-9_-]{1,500}$/.test(raw)) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

type Row = {
  id: string;
  label: string;
  kind: string;
  status: string;
  tally: string | null;
  event_end: Date | null;
  act: Date;
  outlet_count: number;
};

const ACT = "greatest(f.updated_at, f.claims_activity)";

/**
 * The lists' filters as one SQL condition on `facts f` (the discrepancy report
 * reads its facts through it too, so that an export holds what the list shows).
 */
export function factListWhere(db: Sql, scope: "facts" | "discrepancies", filters: ListFilters) {
  const parts = [db`f.deleted_at IS NULL`];
  // As constants, the predicate of facts_discrepancy_activity_idx (migration 20261204120000).
  if (scope === "discrepancies")
    parts.push(db.unsafe(`f.verdict IN (${DISCREPANCY_VERDICTS.map((v) => `'${v}'`).join(", ")})`));
  if (filters.status && filters.status !== "all") parts.push(db`f.status = ${filters.status}`);
  if (filters.verdict) parts.push(db`f.verdict = ${filters.verdict}`);
  if (filters.kind) parts.push(db`f.kind = ${filters.kind}`);
  for (const word of labelWords(filters.q)) {
    parts.push(db`recoupe_fold(f.label) LIKE '%' || recoupe_fold(${escapeLike(word)}::text) || '%'`);
  }
  if (filters.outlet) {
    parts.push(db`EXISTS (SELECT 1 FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.fact_id = f.id AND c.deleted_at IS NULL AND a.deleted_at IS NULL
        AND a.outlet_id IN (SELECT id FROM outlets WHERE recoupe_fold(name) = recoupe_fold(${filters.outlet}::text)))`);
  }
  if (filters.notes) {
    const exists = db`EXISTS (SELECT 1 FROM notes n WHERE n.fact_id = f.id AND n.deleted_at IS NULL)`;
    parts.push(filters.notes === "with" ? exists : db`NOT ${exists}`);
  }
  return parts.reduce((all, part) => db`${all} AND ${part}`);
}

async function readRows(db: Sql, where: ReturnType<typeof factListWhere>, cursor: Cursor | null): Promise<Row[]> {
  const columns = db`f.id::text, f.label, f.kind, f.status, f.tally, f.event_end, ${db.unsafe(ACT)} AS act, f.outlet_count`;
  if (!cursor) {
    return db<Row[]>`SELECT ${columns} FROM facts f WHERE ${where}
      ORDER BY ${db.unsafe(ACT)} DESC, f.id DESC LIMIT ${LIST_PAGE_SIZE + 1}`;
  }
  if (cursor.d === "next") {
    return db<Row[]>`SELECT ${columns} FROM facts f WHERE ${where}
      AND (${db.unsafe(ACT)}, f.id) < (${cursor.t}::timestamptz, ${cursor.id}::uuid)
      ORDER BY ${db.unsafe(ACT)} DESC, f.id DESC LIMIT ${LIST_PAGE_SIZE + 1}`;
  }
  const rows = await db<Row[]>`SELECT ${columns} FROM facts f WHERE ${where}
    AND (${db.unsafe(ACT)}, f.id) > (${cursor.t}::timestamptz, ${cursor.id}::uuid)
    ORDER BY ${db.unsafe(ACT)} ASC, f.id ASC LIMIT ${LIST_PAGE_SIZE + 1}`;
  return [...rows].reverse();
}

async function existsBeyond(db: Sql, where: ReturnType<typeof factListWhere>, row: Row, d: "next" | "prev") {
  const [hit] = await db`SELECT 1 FROM facts f WHERE ${where}
    AND (${db.unsafe(ACT)}, f.id) ${db.unsafe(d === "next" ? "<" : ">")} (${row.act}::timestamptz, ${row.id}::uuid) LIMIT 1`;
  return Boolean(hit);
}

const cursorAt = (row: Row, d: "next" | "prev") => encodeCursor({ d, t: row.act.toISOString(), id: row.id });

async function withDetails(db: Sql, rows: Row[]): Promise<ListedFact[]> {
  const ids = rows.map((r) => r.id);
  const [claims, notes] = await Promise.all([
    loadVerdictClaims(runOnSql(db), ids),
    db<{ id: string; n: number }[]>`SELECT fact_id::text AS id, count(*)::int AS n FROM notes
      WHERE fact_id = ANY(${ids}::uuid[]) AND deleted_at IS NULL GROUP BY fact_id`,
  ]);
  const noteCounts = new Map(notes.map((n) => [n.id, n.n]));
  return rows.map((r) => {
    const factClaims = claims.get(r.id) ?? [];
    return {
      id: r.id,
      label: r.label,
      kind: r.kind as Kind,
      status: r.status as FactStatus,
      lastActivity: r.act,
      notes: noteCounts.get(r.id) ?? 0,
      outlets: r.outlet_count,
      claims: factClaims,
      verdict: factVerdict(factClaims, toVerdictFact(r)),
    };
  });
}

/**
 * One page of the list. A cursor that does not decode, or that points past
 * either end, gives the first page: a forged link never fails.
 */
export async function listFactsPage(
  scope: "facts" | "discrepancies",
  filters: ListFilters,
  rawCursor?: string,
): Promise<FactsPage> {
  const db = sql();
  const where = factListWhere(db, scope, filters);
  // The total does not depend on the page: counted while the page is read.
  const counted = db<{ n: number }[]>`SELECT count(*)::int AS n FROM facts f WHERE ${where}`.execute();
  counted.catch(() => undefined); // awaited below; a failure of the page's own reads comes first
  let cursor = decodeCursor(rawCursor);
  let rows = await readRows(db, where, cursor);
  if (cursor && rows.length === 0) {
    cursor = null;
    rows = await readRows(db, where, null);
  }
  const more = rows.length > LIST_PAGE_SIZE;
  let page = more ? (cursor?.d === "prev" ? rows.slice(1) : rows.slice(0, LIST_PAGE_SIZE)) : rows;
  let hasPrevious =
    cursor?.d === "prev" ? more : cursor ? await existsBeyond(db, where, page[0] as Row, "prev") : false;
  let hasNext = cursor?.d === "prev" ? await existsBeyond(db, where, page.at(-1) as Row, "next") : more;
  if (cursor?.d === "prev" && !hasPrevious && page.length < LIST_PAGE_SIZE) {
    // Back at the top with a short page (rows came or went): show a full first page.
    const top = await readRows(db, where, null);
    page = top.slice(0, LIST_PAGE_SIZE);
    hasNext = top.length > LIST_PAGE_SIZE;
    hasPrevious = false;
  }
  const first = page[0];
  const last = page.at(-1);
  const [facts, [count]] = await Promise.all([withDetails(db, page), counted]);
  return {
    facts,
    total: count?.n ?? 0,
    next: hasNext && last ? cursorAt(last, "next") : null,
    previous: hasPrevious && first ? cursorAt(first, "prev") : null,
  };
}

/** Whether an outlet has this name, case and accents aside (the outlet filter names one). */
export async function outletExists(name: string | undefined): Promise<boolean> {
  if (!name) return false;
  const [row] = await sql()`SELECT 1 FROM outlets WHERE recoupe_fold(name) = recoupe_fold(${name}::text) LIMIT 1`;
  return Boolean(row);
}
