import type { Tx } from "@/lib/db/write";

// Jobs are added with graphile-worker's own SQL function, inside the caller's
// transaction: a job exists exactly when the rows it works on were committed.

export type JobSpec = {
  task: string;
  payload: Record<string, unknown>;
  /** One waiting job per key: adding it again updates that job instead of queuing a second. */
  key?: string;
  maxAttempts?: number;
};

export const JOBS_SCHEMA = "graphile_worker";

export async function addJob(tx: Tx, job: JobSpec): Promise<void> {
  await tx.$executeRaw`
    SELECT graphile_worker.add_job(
      ${job.task}::text,
      ${JSON.stringify(job.payload)}::text::json,
      job_key => ${job.key ?? null}::text,
      max_attempts => ${job.maxAttempts ?? 5}::int,
      job_key_mode => 'preserve_run_at')`;
}
