import { spawn } from "node:child_process";
import { run, runMigrations, type Runner } from "graphile-worker";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, sql } from "@/lib/db/client";
import { quietLogger } from "@/lib/jobs/start-jobs";
import { TASKS } from "@/lib/jobs/tasks";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { createBatch } from "./create-batch";
import { getBatch } from "./get-batch";
import { sweepImports } from "./sweep-imports";

const database = setUpTestDatabase();
let editorId: string;
let runner: Runner | undefined;

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Rex Restart", email: "rex@restart.test", role: "editor" } })).id;
  await runMigrations({ connectionString: database.url() });
});
afterAll(async () => {
  await runner?.stop();
});

const FILES = 40;
const story = (n: number) =>
  `Dépêche ${n}\n\nSelon le ministère, ${300 + n} soldats ont été tués lors des combats de la nuit, a indiqué un porte-parole ${n}. ` +
  "Les négociations doivent reprendre la semaine prochaine à Bruxelles, selon les diplomates présents.\n".repeat(20);

it("a server killed mid-batch leaves the rest to the next one, and each file becomes one article", async () => {
  const files = Array.from({ length: FILES }, (_, i) => ({
    name: `d${i}.txt`,
    bytes: new TextEncoder().encode(story(i)),
  }));
  const batch = await createBatch(
    files,
    { outlet: "Restart Wire", publishedAt: "2023-01-05", keepBoilerplate: false },
    editorId,
  );

  // A server of its own, killed without warning once it has imported a few.
  const child = spawn(process.execPath, ["--import", "tsx", "lib/imports/testing/run-worker.ts", database.url()], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  for (;;) {
    const [{ done }] = (await sql()`SELECT count(*)::int AS done FROM import_files
      WHERE batch_id = ${batch.id} AND status = 'imported'`) as unknown as [{ done: number }];
    if (done >= 3) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGKILL");
  await new Promise((r) => child.once("exit", r));
  const halfway = await getBatch(batch.id, (m) => m);
  expect(halfway?.finished).toBe(false);

  // Time passes: the killed server's lease on the file it held runs out, and a file whose job
  // it had taken but not yet started (still pending, its job locked by the dead server) goes
  // stale after ten minutes: the sweep hands both back to the queue.
  await sql()`UPDATE import_files SET lease_until = now() - interval '1 second' WHERE status = 'running'`;
  await sql()`UPDATE import_files SET updated_at = now() - interval '11 minutes' WHERE status = 'pending'`;
  await sweepImports();
  runner = await run({
    connectionString: database.url(),
    concurrency: 1,
    noHandleSignals: true,
    pollInterval: 100,
    taskList: TASKS,
    crontab: "",
    logger: quietLogger,
  });
  const until = Date.now() + 90_000;
  let done = halfway;
  while (!done?.finished && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    done = await getBatch(batch.id, (m) => m);
  }
  expect(done?.counts).toMatchObject({ total: FILES, imported: FILES, failed: 0 });
  const [{ articles }] =
    (await sql()`SELECT count(*)::int AS articles FROM articles a JOIN outlets o ON o.id = a.outlet_id
    WHERE o.name = 'Restart Wire'`) as unknown as [{ articles: number }];
  expect(articles).toBe(FILES);
}, 120_000);
