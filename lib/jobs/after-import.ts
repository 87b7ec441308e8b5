import type { Tx } from "@/lib/db/write";
import { MATCH_ARTICLE_TASK } from "@/lib/matching/match-task";
import { addJob } from "./add-job";

// What runs after an article is imported, as jobs of their own: each task
// named here gets a job {articleId} in the same transaction as the article.
// Later work plugs in here (fetching the article's address, matching its
// figures against existing facts) by adding its task name and its handler to
// lib/jobs/tasks.ts; the import does not change.

export const ARTICLE_IMPORTED_TASKS: readonly string[] = [MATCH_ARTICLE_TASK];

export async function enqueueAfterImport(tx: Tx, articleId: string): Promise<void> {
  // The worker installs its schema when it first starts: until then (a server
  // whose worker could not start) an article is imported without its jobs
  // rather than refused; matching can be run for it later (lib/matching).
  const [queue] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT to_regproc('graphile_worker.add_job') IS NOT NULL AS ok`;
  if (!queue?.ok) return;
  for (const task of ARTICLE_IMPORTED_TASKS) {
    await addJob(tx, { task, payload: { articleId }, key: `${task}:${articleId}` });
  }
}
