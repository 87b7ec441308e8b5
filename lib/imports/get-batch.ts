import { sql } from "@/lib/db/client";
import type { Localize } from "@/lib/i18n/localize";

export type BatchFile = {
  id: string;
  position: number;
  name: string;
  size: number;
  status: "pending" | "running" | "imported" | "failed";
  failure: string | null;
  /** Why it failed, in the reader's language. */
  reason: string | null;
  article: { id: string; title: string } | null;
};

export type BatchProgress = {
  id: string;
  createdAt: string;
  finished: boolean;
  counts: { total: number; pending: number; running: number; imported: number; failed: number };
  files: BatchFile[];
};

/** A batch, how far it has got, and what became of each file (read from the rows: it survives a reload). */
export async function getBatch(id: string, localize: Localize): Promise<BatchProgress | null> {
  const [batch] = await sql()<{ id: string; createdAt: Date; finishedAt: Date | null }[]>`
    SELECT id, created_at AS "createdAt", finished_at AS "finishedAt" FROM import_batches WHERE id = ${id}`;
  if (!batch) return null;
  const rows = await sql()<
    (Omit<BatchFile, "reason" | "article"> & {
      message: string | null;
      values: Record<string, string | number> | null;
      articleId: string | null;
      articleTitle: string | null;
    })[]
  >`
    SELECT f.id, f.position, f.name, f.size, f.status, f.failure, f.message, f.message_values AS values,
      a.id AS "articleId", a.title AS "articleTitle"
    FROM import_files f LEFT JOIN articles a ON a.id = f.article_id AND a.deleted_at IS NULL
    WHERE f.batch_id = ${id}
    ORDER BY f.position`;
  const counts = { total: rows.length, pending: 0, running: 0, imported: 0, failed: 0 };
  for (const r of rows) counts[r.status] += 1;
  return {
    id: batch.id,
    createdAt: batch.createdAt.toISOString(),
    finished: counts.pending + counts.running === 0,
    counts,
    files: rows.map((r) => ({
      id: r.id,
      position: r.position,
      name: r.name,
      size: r.size,
      status: r.status,
      failure: r.failure,
      reason: r.message ? localize(r.message, { name: r.name, ...(r.values ?? {}) }) : null,
      article: r.articleId && r.articleTitle ? { id: r.articleId, title: r.articleTitle } : null,
    })),
  };
}
