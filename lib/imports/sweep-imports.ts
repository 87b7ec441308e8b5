import { sql } from "@/lib/db/client";
import { IMPORT_FILE_TASK } from "./create-batch";

// Files whose server stopped while holding them (killed, crashed) are handed
// back to the queue once their lease runs out; graphile-worker would only free
// such a job after four hours. Files left pending without a job (the queue gave
// up on a database outage) get theirs back too. Every server sweeps; the
// statements are idempotent, and a job key keeps one job per file.

const STALE_PENDING_MINUTES = 10;

export async function sweepImports(): Promise<number> {
  const rows = await sql().begin(async (tx) => {
    const files = await tx<{ id: string }[]>`
      UPDATE import_files SET status = 'pending', claim_token = NULL, lease_until = NULL, updated_at = now()
      WHERE (status = 'running' AND lease_until < now())
         OR (status = 'pending' AND updated_at < now() - make_interval(mins => ${STALE_PENDING_MINUTES}))
      RETURNING id`;
    for (const { id } of files) {
      await tx`SELECT graphile_worker.add_job(${IMPORT_FILE_TASK}::text, ${JSON.stringify({ fileId: id })}::text::json,
        job_key => ${`${IMPORT_FILE_TASK}:${id}`}::text, max_attempts => 5, job_key_mode => 'preserve_run_at')`;
    }
    return files;
  });
  return rows.length;
}
