import { Logger, run, type Runner } from "graphile-worker";
import { sweepImports } from "@/lib/imports/sweep-imports";
import { TASKS } from "./tasks";

// The worker runs inside every app server process (started from
// instrumentation.ts): no separate service to deploy. graphile-worker takes
// jobs with SELECT … FOR UPDATE SKIP LOCKED, so each job runs on one server
// at a time, and jobs left by a stopped server are taken by the next to start.

type Running = { runner: Runner; sweep: NodeJS.Timeout };
const holder = globalThis as unknown as { __recoupeJobs?: Promise<Running | null> };

const SWEEP_MS = 30_000;

const log = (line: string) => console.log(`[jobs] ${line}`);

/** The queue's own log, warnings and errors only (not a line per job done). */
export const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.warn(`[jobs] ${message}`);
});

export function startJobs(databaseUrl: string): Promise<Running | null> {
  holder.__recoupeJobs ??= start(databaseUrl).catch((error: unknown) => {
    console.error(`[jobs] the background worker did not start: ${(error as Error).message}`);
    holder.__recoupeJobs = undefined;
    return null;
  });
  return holder.__recoupeJobs;
}

async function start(connectionString: string): Promise<Running> {
  const runner = await run({
    connectionString,
    // Imports are CPU work (parsing, reading figures): one at a time per
    // server keeps pages responsive; more servers, more imports at once.
    concurrency: 1,
    maxPoolSize: 3,
    pollInterval: 2_000,
    noHandleSignals: true,
    taskList: TASKS,
    crontab: "",
    logger: quietLogger,
  });
  const sweep = setInterval(() => {
    sweepImports().catch((error: unknown) => log(`sweep failed: ${(error as Error).message}`));
  }, SWEEP_MS);
  sweep.unref();
  void sweepImports().catch(() => undefined);
  // Next's own handler ends the process on SIGTERM once its server is closed;
  // ours runs before it, so that the worker stops first and hands a running
  // job back to the queue. Should the process end sooner, the file's lease
  // runs out and another server takes it over (lib/imports/sweep-imports.ts).
  process.prependOnceListener("SIGTERM", () => void stopJobs());
  process.prependOnceListener("SIGINT", () => void stopJobs());
  log("background worker started");
  return { runner, sweep };
}

export async function stopJobs(): Promise<void> {
  const running = await holder.__recoupeJobs;
  holder.__recoupeJobs = undefined;
  if (!running) return;
  clearInterval(running.sweep);
  await running.runner.stop().catch(() => undefined);
  log("background worker stopped");
}
