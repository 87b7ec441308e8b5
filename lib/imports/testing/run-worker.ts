// A worker process of its own, for the test that kills one mid-batch
// (restart.db.test.ts): `tsx lib/imports/testing/run-worker.ts <database url>`.
import { run } from "graphile-worker";
import { quietLogger } from "@/lib/jobs/start-jobs";
import { TASKS } from "@/lib/jobs/tasks";

process.env.DATABASE_URL = process.argv[2];
await run({
  connectionString: process.argv[2],
  concurrency: 1,
  noHandleSignals: true,
  pollInterval: 100,
  taskList: TASKS,
  crontab: "",
  logger: quietLogger,
});
process.stdout.write("ready\n");
