import { sql } from "@/lib/db/client";

export type BatchSummary = {
  id: string;
  createdAt: string;
  author: string | null;
  total: number;
  imported: number;
  failed: number;
  finished: boolean;
};

/** The latest batches, newest first, with their counts. */
export async function listBatches(limit = 30): Promise<BatchSummary[]> {
  const rows = await sql()<BatchSummary[]>`
    SELECT b.id, to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt", u.name AS author,
      count(f.id)::int AS total,
      count(*) FILTER (WHERE f.status = 'imported')::int AS imported,
      count(*) FILTER (WHERE f.status = 'failed')::int AS failed,
      (count(*) FILTER (WHERE f.status IN ('pending', 'running')) = 0) AS finished
    FROM (SELECT * FROM import_batches ORDER BY created_at DESC LIMIT ${limit}) b
    LEFT JOIN users u ON u.id = b.created_by_id
    LEFT JOIN import_files f ON f.batch_id = b.id
    GROUP BY b.id, b.created_at, u.name
    ORDER BY b.created_at DESC`;
  return [...rows];
}
