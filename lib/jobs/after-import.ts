import type { Tx } from "@/lib/db/write";
import { addJob } from "./add-job";

// What runs after an article is imported, as jobs of their own: each task
// named here gets a job {articleId} in the same transaction as the article.
// Later work plugs in here (fetching the article's address, matching its
// figures against existing facts) by adding its task name and its handler to
// lib/jobs/tasks.ts; the import does not change.

export const ARTICLE_IMPORTED_TASKS: readonly string[] = [];

export async function enqueueAfterImport(tx: Tx, articleId: string): Promise<void> {
  for (const task of ARTICLE_IMPORTED_TASKS) {
    await addJob(tx, { task, payload: { articleId }, key: `${task}:${articleId}` });
  }
}
