import { randomUUID } from "node:crypto";
import { run, runMigrations, type Runner } from "graphile-worker";
import yazl from "yazl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, sql } from "@/lib/db/client";
import { quietLogger } from "@/lib/jobs/start-jobs";
import { TASKS } from "@/lib/jobs/tasks";
import { AppError } from "@/lib/errors/app-error";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { refusal } from "@/lib/testing/refusal";
import { createBatch, type UploadedFile } from "./create-batch";
import { getBatch } from "./get-batch";
import { readZip } from "./read-zip";
import { sweepImports } from "./sweep-imports";

const database = setUpTestDatabase();
let editorId: string;
let runner: Runner | undefined;
const tag = randomUUID().slice(0, 8);
const asIs = (m: string) => m;
const utf8 = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Ivy Import", email: "ivy@import.test", role: "editor" } })).id;
  await runMigrations({ connectionString: database.url() });
});

afterAll(async () => {
  await runner?.stop();
});

function startWorker() {
  return run({
    connectionString: database.url(),
    concurrency: 1,
    noHandleSignals: true,
    pollInterval: 200,
    taskList: TASKS,
    crontab: "",
    logger: quietLogger,
  });
}

async function waitForBatch(id: string, timeoutMs = 45_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const batch = await getBatch(id, asIs);
    if (batch?.finished) return batch;
    if (Date.now() > until) throw new Error(`batch ${id} did not finish: ${JSON.stringify(batch?.counts)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A .zip of these entries; "UP/" in a name becomes "../" (as a hostile archive would hold it). */
async function zip(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const bytes = Buffer.from(await writeZip(entries));
  for (let at = bytes.indexOf("UP/"); at !== -1; at = bytes.indexOf("UP/", at + 3)) bytes.write("../", at, "latin1");
  return new Uint8Array(bytes);
}

function writeZip(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const file = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    file.addBuffer(Buffer.from(typeof content === "string" ? utf8(content) : content), name);
  }
  file.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    file.outputStream.on("data", (c: Buffer) => chunks.push(c));
    file.outputStream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    file.outputStream.on("error", reject);
  });
}

const story = (n: number) =>
  `Bilan numéro ${n} ${tag}\n\nSelon le ministère, plus de ${200 + n} soldats ont été tués lors des combats de septembre ${tag}, a indiqué un porte-parole.`;

describe("a bulk import", () => {
  it("imports every good file as a single import would, and reports each bad one with its reason", async () => {
    const existing = story(99);
    const files: UploadedFile[] = [
      { name: "one.txt", bytes: utf8(story(1)) },
      {
        name: "page.html",
        bytes: utf8(
          `<html lang="en"><head><title>Page title</title><meta property="og:site_name" content="Wire ${tag}">` +
            `<meta property="article:published_time" content="2022-09-14T08:00:00Z"></head><body><article>` +
            `<p>More than 200 soldiers were killed in the fighting in September ${tag}, the ministry said on Wednesday.</p>` +
            `<p>The talks resumed in Brussels, according to the officials who were there.</p></article></body></html>`,
        ),
      },
      { name: "latin1.txt", bytes: new Uint8Array([0x42, 0x69, 0x6c, 0x61, 0x6e, 0x20, 0xe9, 0x74, 0xe9]) },
      { name: "blank.md", bytes: utf8("   \n\n  ") },
      { name: "again.txt", bytes: utf8(story(1)) },
      { name: "picture.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
      {
        name: "archive.zip",
        bytes: await zip({
          "a/two.md": `# Deuxième bilan ${tag}\n\n${story(2)}`,
          "b/three.txt": story(3),
          "UP/escape.txt": story(4), // renamed "../escape.txt" below: zip tools refuse to write it
          "nested.zip": new Uint8Array([1, 2, 3]),
          "b/existing.txt": existing,
        }),
      },
    ];
    // A story already in Recoupe is reported as a duplicate, not imported twice.
    const first = await createBatch(
      [{ name: "existing.txt", bytes: utf8(existing) }],
      { outlet: "Lot Daily", keepBoilerplate: false, publishedAt: "2022-09-15", language: "fr" },
      editorId,
    );
    runner = await startWorker();
    await waitForBatch(first.id);

    const batch = await createBatch(
      files,
      { outlet: "Lot Daily", publishedAt: "2022-09-15", keepBoilerplate: false },
      editorId,
    );
    const done = await waitForBatch(batch.id);
    const byName = Object.fromEntries(done.files.map((f) => [f.name, f]));
    expect(done.counts).toMatchObject({ total: 11, imported: 4, failed: 7, pending: 0, running: 0 });
    for (const name of ["one.txt", "page.html", "archive.zip/a/two.md", "archive.zip/b/three.txt"]) {
      expect(byName[name]?.status, name).toBe("imported");
    }
    expect(byName["latin1.txt"]?.failure).toBe("encoding");
    expect(byName["blank.md"]?.failure).toBe("empty");
    expect(byName["again.txt"]?.failure).toBe("duplicate");
    expect(byName["again.txt"]?.reason).toBe("errors.article.duplicate");
    expect(byName["picture.png"]?.failure).toBe("unsupported");
    expect(byName["archive.zip/../escape.txt"]?.failure).toBe("unsafe_path");
    expect(byName["archive.zip/nested.zip"]?.failure).toBe("unsupported");
    expect(byName["archive.zip/b/existing.txt"]?.failure).toBe("duplicate");

    // Metadata from the file first, the batch's defaults for what it does not say.
    const html = await db().article.findUniqueOrThrow({
      where: { id: byName["page.html"]?.article?.id ?? "" },
      select: { title: true, language: true, publishedAt: true, outlet: { select: { name: true } } },
    });
    expect(html).toMatchObject({ title: "Page title", language: "en", outlet: { name: `Wire ${tag}` } });
    expect(html.publishedAt.toISOString().slice(0, 10)).toBe("2022-09-14");
    const md = await db().article.findUniqueOrThrow({
      where: { id: byName["archive.zip/a/two.md"]?.article?.id ?? "" },
      select: {
        title: true,
        language: true,
        outlet: { select: { name: true } },
        suggestions: { select: { id: true } },
      },
    });
    expect(md).toMatchObject({ title: `Deuxième bilan ${tag}`, language: "fr", outlet: { name: "Lot Daily" } });
    expect(md.suggestions.length).toBeGreaterThan(0);
    // Bytes are not kept once a file is processed: the article holds the source.
    const [{ left }] =
      (await sql()`SELECT count(*)::int AS left FROM import_files WHERE content IS NOT NULL`) as unknown as [
        { left: number },
      ];
    expect(left).toBe(0);
  });

  it("takes over a file whose server died holding it, and imports it once", async () => {
    // No worker runs while the scene is set.
    await runner?.stop();
    runner = undefined;
    const batch = await createBatch(
      [{ name: "orphan.txt", bytes: utf8(story(7)) }],
      { outlet: "Lot Daily", publishedAt: "2022-09-15", keepBoilerplate: false },
      editorId,
    );
    // As a server killed mid-import leaves it: claimed, its job locked by a worker that is gone.
    await sql()`UPDATE import_files SET status = 'running', claim_token = gen_random_uuid(), lease_until = now() - interval '1 second' WHERE batch_id = ${batch.id}`;
    await sql()`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'dead-server'`;
    expect(await sweepImports()).toBe(1);
    runner = await startWorker();
    const done = await waitForBatch(batch.id);
    expect(done.counts).toMatchObject({ imported: 1, failed: 0 });
    expect(await db().article.count({ where: { title: `Bilan numéro 7 ${tag}` } })).toBe(1);
  });

  it("refuses what cannot be a batch before storing anything", async () => {
    expect((await refusal(createBatch([], { keepBoilerplate: false }, editorId))).code).toBe("INVALID_INPUT");
    const notZip = await refusal(
      createBatch([{ name: "x.zip", bytes: utf8("not a zip") }], { keepBoilerplate: false }, editorId),
    );
    expect(notZip.message).toBe("imports.errors.badZip");
  });
});

describe("readZip", () => {
  it("refuses an archive listing too many entries before inflating any", async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 1_001; i++) many[`f${i}.txt`] = "x";
    const error = await readZip(await zip(many), "many.zip").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("TOO_LARGE");
  });

  it("reports an entry that would inflate past the file limit without inflating it", async () => {
    const big = await zip({ "big.txt": new Uint8Array(6 * 1024 * 1024).fill(0x61) });
    expect(big.byteLength).toBeLessThan(100_000); // a small archive, a large file: the bomb's shape
    const [entry] = await readZip(big, "big.zip");
    expect(entry).toMatchObject({ name: "big.txt", failure: "too_large" });
  });
});
