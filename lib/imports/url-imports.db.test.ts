import { randomUUID } from "node:crypto";
import { run, runMigrations, type Runner } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, sql } from "@/lib/db/client";
import { startLocalServer, type LocalServer } from "@/lib/fetch/testing/local-server";
import { quietLogger } from "@/lib/jobs/start-jobs";
import { TASKS } from "@/lib/jobs/tasks";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { createBatch } from "./create-batch";
import { getBatch } from "./get-batch";
import { readUrlList } from "./url-list";

// A bulk import of addresses against a real web server on 127.0.0.1. The
// server is reached by its address, trusted through RECOUPE_FETCH_PRIVATE_HOSTS;
// every other private address stays refused (so "localhost", the same machine
// by another name, shows the SSRF guard at work). Fetches give up after three seconds.
process.env.RECOUPE_FETCH_PRIVATE_HOSTS = "127.0.0.1";
process.env.RECOUPE_FETCH_TIMEOUT_SECONDS = "3";
delete process.env.RECOUPE_FETCH_ALLOW_PRIVATE;

const database = setUpTestDatabase();
const tag = randomUUID().slice(0, 8);
let server: LocalServer;
let runner: Runner | undefined;
let editorId: string;
const messages: Record<string, string> = {};
/** The reason as its catalog key and values, so that the test reads which refusal it was. */
const asKey = (key: string, values?: Record<string, unknown>) => {
  messages[key] = JSON.stringify(values ?? {});
  return key;
};

const article = (title: string, lines: string[], head = "") =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><nav>Accueil</nav><article><h1>${title}</h1>${lines.map((l) => `<p>${l}</p>`).join("")}</article></body></html>`;

let second = "Le bilan officiel fait état de 286 soldats tués, a indiqué le ministère.";

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Lise Liste", email: "lise@urls.test", role: "editor" } })).id;
  await runMigrations({ connectionString: database.url() });
  server = await startLocalServer({
    "/dated": (_q, r) =>
      void r
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(
          article(
            `Combats à la frontière ${tag}`,
            [`Les combats de septembre ${tag} ont repris dans la nuit.`, second],
            `<meta property="og:site_name" content="Le Courrier ${tag}"><meta property="article:published_time" content="2022-09-14T08:00:00Z">`,
          ),
        ),
    "/undated": (_q, r) =>
      void r
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(article(`Sans date ${tag}`, [`Un article qui ne dit pas quand il parut ${tag}, ni où.`])),
    "/broken": (_q, r) => void r.writeHead(500, { "content-type": "text/plain" }).end("down"),
    "/picture": (_q, r) => void r.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e])),
    "/slow": () => undefined, // never answers
  });
});

afterAll(async () => {
  await runner?.stop();
  await server.close();
});

async function waitForBatch(id: string, timeoutMs = 45_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const batch = await getBatch(id, asKey);
    if (batch?.finished) return batch;
    if (Date.now() > until) throw new Error(`batch ${id} did not finish: ${JSON.stringify(batch?.counts)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("a bulk import of addresses", () => {
  it("fetches each address as a background job, imports the good ones and reports why each other failed", async () => {
    const localhost = server.url("/dated").replace("127.0.0.1", "localhost");
    const urls = readUrlList(
      [
        "# addresses to import",
        server.url("/dated"),
        server.url("/undated"),
        server.url("/missing"),
        server.url("/broken"),
        server.url("/picture"),
        server.url("/slow"),
        localhost,
        "ftp://example.org/file",
        server.url("/dated"),
      ].join("\n"),
    );
    const batch = await createBatch(
      [],
      { outlet: "Agence par défaut", publishedAt: "2022-09-20", language: "fr", keepBoilerplate: false },
      editorId,
      urls,
    );
    expect(batch.files).toBe(9);
    runner = await run({
      connectionString: database.url(),
      concurrency: 2,
      noHandleSignals: true,
      pollInterval: 100,
      taskList: TASKS,
      crontab: "",
      logger: quietLogger,
    });
    const done = await waitForBatch(batch.id);
    expect(done.counts, JSON.stringify(done.files.map((f) => [f.failure, f.reason]))).toMatchObject({
      total: 9,
      imported: 2,
      failed: 7,
    });
    const at = (i: number) => done.files[i];
    expect(at(0)).toMatchObject({ status: "imported", name: server.url("/dated") });
    expect(at(0)?.size).toBeGreaterThan(100);
    expect(at(1)).toMatchObject({ status: "imported" });
    expect([2, 3, 4, 5, 6, 7].map((i) => [at(i)?.failure, at(i)?.reason])).toEqual([
      ["fetch", "fetch.errors.notFound"],
      ["fetch", "fetch.errors.serverError"],
      ["fetch", "fetch.errors.binary"],
      ["fetch", "fetch.errors.timeout"],
      ["fetch", "fetch.errors.privateAddress"],
      ["fetch", "fetch.errors.scheme"],
    ]);
    expect(at(8)).toMatchObject({ failure: "duplicate", reason: "fetch.bulk.repeated" });
    expect(JSON.parse(messages["fetch.errors.serverError"] ?? "{}")).toMatchObject({ status: 500 });
    expect(JSON.parse(messages["fetch.errors.privateAddress"] ?? "{}")).toMatchObject({ host: "localhost" });

    // The page's own details first, the batch's defaults for what it does not say; the page archived.
    const dated = await db().article.findUniqueOrThrow({
      where: { id: at(0)?.article?.id ?? "" },
      select: { publishedAt: true, outlet: { select: { name: true } }, archives: { select: { finalUrl: true } } },
    });
    expect(dated.outlet.name).toBe(`Le Courrier ${tag}`);
    expect(dated.publishedAt.toISOString().slice(0, 10)).toBe("2022-09-14");
    expect(dated.archives).toEqual([{ finalUrl: server.url("/dated") }]);
    const undated = await db().article.findUniqueOrThrow({
      where: { id: at(1)?.article?.id ?? "" },
      select: { publishedAt: true, outlet: { select: { name: true } } },
    });
    expect(undated.outlet.name).toBe("Agence par défaut");
    expect(undated.publishedAt.toISOString().slice(0, 10)).toBe("2022-09-20");
    // Nothing was stored for the failures.
    expect(await db().article.count({ where: { url: { startsWith: server.origin } } })).toBe(2);
  });

  it("gives an address already imported a new version when its page changed, not a second article", async () => {
    second = "Le bilan officiel fait désormais état de 300 soldats tués, a indiqué le ministère.";
    const batch = await createBatch([], { keepBoilerplate: false }, editorId, readUrlList(server.url("/dated")));
    const done = await waitForBatch(batch.id);
    expect(done.counts).toMatchObject({ imported: 1, failed: 0 });
    const id = done.files[0]?.article?.id ?? "";
    expect(await db().article.count({ where: { url: server.url("/dated") } })).toBe(1);
    const [{ versions }] =
      (await sql()`SELECT count(*)::int AS versions FROM article_versions WHERE article_id = ${id}`) as unknown as [
        { versions: number },
      ];
    expect(versions).toBe(2);
  });
});
