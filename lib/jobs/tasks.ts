import type { TaskList } from "graphile-worker";
import { importFileTask } from "@/lib/imports/import-file";
import { MATCH_ARTICLE_TASK, matchArticleTask } from "@/lib/matching/match-task";

// Every background task, by name. A task receives its payload and may run
// again (after a crash, on another server): each one is written to do its work
// once whatever the number of runs.

export const TASKS = {
  import_file: importFileTask,
  [MATCH_ARTICLE_TASK]: matchArticleTask,
} satisfies TaskList;
