// npm run bench:scale [-- --scale 0.1 --runs 20 --export-runs 20 --budget 90 --only export,discrepancy]
//                      [-- --keep] [-- --database postgres://…/recoupe_bench_scale_123]
//
// Newsroom scale, as issue 7 measures it: builds a workspace of 10 000 articles,
// 100 000 claims, 20 000 facts, 30 000 notes and 200 outlets (bench/build-workspace.ts;
// --scale shrinks it), writes it to a workspace file, turns that into a file of
// format 1 (the first release's: header version 1, no claims.granularity) and
// restores it into a second throwaway database with the workspace CLI, timing
// both. Then it serves the restored workspace with the production build (`npm
// start`'s own script) and prints, for every page and every export format:
// p50/p95 over --runs requests, bytes, the bare SQL for the same rows and the
// ratio; for exports the first byte and the whole; and the web server's peak
// RSS (VmRSS of its process, sampled every 50 ms). A script, not a test: it
// prints, it does not judge.
import { spawn, type ChildProcess } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { chromium } from "@playwright/test";
import postgres from "postgres";
import { migrate } from "@/lib/db/migrate";
import { TABLES } from "@/lib/workspace/tables";
import { buildWorkspace, percentiles } from "./build-workspace";

const EMAIL = "bench-scale@recoupe.local";
const PASSWORD = "bench-scale-password";
const log = (line: string) => console.log(line);
const APP_LOG = path.join(tmpdir(), "recoupe-bench-scale-app.log");

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}
const SCALE = flag("scale", 1);
const RUNS = Math.max(1, Math.round(flag("runs", 20)));
const EXPORT_RUNS = Math.max(1, Math.round(flag("export-runs", 20)));
/**
 * Seconds one row of the table may take: a page far off its target (seconds a
 * request) is measured fewer times (at least once), and the table says how many.
 */
const BUDGET_MS = flag("budget", 90) * 1000;
const MIN_RUNS = 1;
/** --only a,b: measure only the rows whose name contains one of these words (all rows when absent). */
const ONLY = (() => {
  const at = process.argv.indexOf("--only");
  if (at < 0) return undefined;
  const words = (process.argv[at + 1] ?? "")
    .split(",")
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0) throw new Error("--only needs a comma-separated list of words of the rows' names");
  return words;
})();
/** --keep: leave the restored database in place (its URL is printed) for --database next time. */
const KEEP = process.argv.includes("--keep");
/** --database URL: measure an already restored workspace (one left by --keep) instead of building one. */
const REUSE = (() => {
  const at = process.argv.indexOf("--database");
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (!value || !/^postgres(ql)?:\/\//.test(value)) throw new Error("--database needs a postgres:// URL");
  return value;
})();
const measured = (name: string) => !ONLY || ONLY.some((w) => name.toLowerCase().includes(w));

/** Requests until `runs` are done or the budget is spent (never fewer than MIN_RUNS). */
async function sample(runs: number, get: () => Promise<Timed>): Promise<Timed[]> {
  const out: Timed[] = [];
  const started = performance.now();
  while (out.length < runs && (out.length < MIN_RUNS || performance.now() - started < BUDGET_MS)) out.push(await get());
  return out;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

const cli = (command: "export" | "import", file: string, databaseUrl: string) =>
  run(process.execPath, ["--import", "tsx", "lib/workspace/cli.ts", command, file], { DATABASE_URL: databaseUrl });

/** Per table, the columns a file of format 1 did not carry yet (lib/workspace/tables.ts). */
const LATER = new Map(
  TABLES.map((t) => [t.name as string, Object.keys(t.columns).filter((c) => (t.columns[c]?.since ?? 1) > 1)]),
);

/** A workspace file of today's format made into one of format 1 (the first release's), line by line. */
async function toFormatOne(from: string, to: string): Promise<void> {
  const lines = createInterface({ input: createReadStream(from).pipe(createGunzip()), crlfDelay: Infinity });
  let first = true;
  const rewrite = async function* () {
    for await (const line of lines) {
      if (first) {
        first = false;
        yield `${JSON.stringify({ ...(JSON.parse(line) as object), version: 1 })}\n`;
        continue;
      }
      const entry = JSON.parse(line) as { table?: string; row?: Record<string, unknown> };
      const later = entry.table ? LATER.get(entry.table) : undefined;
      if (!later?.length || !entry.row) {
        yield `${line}\n`;
        continue;
      }
      for (const column of later) delete entry.row[column];
      yield `${JSON.stringify(entry)}\n`;
    }
  };
  await pipeline(Readable.from(rewrite()), createGzip({ level: 3 }), createWriteStream(to));
}

async function createDatabase(admin: string, name: string): Promise<string> {
  const server = postgres(admin, { max: 1, onnotice: () => undefined });
  await server.unsafe(`CREATE DATABASE "${name}"`);
  await server.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(admin: string, name: string): Promise<void> {
  const server = postgres(admin, { max: 1, onnotice: () => undefined });
  await server.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await server.end();
}

/** The web server (scripts/server.ts) among the start script's descendants. */
async function serverPid(root: number): Promise<number | null> {
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (cmdline.includes("scripts/server.ts")) return pid;
    const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
    queue.push(...children.split(" ").filter(Boolean).map(Number));
  }
  return null;
}

/** Samples a process's resident memory; `peak()` is the highest since the last `reset()`. */
function rssSampler(pid: number) {
  let peak = 0;
  const read = async () => {
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peak = Math.max(peak, kb * 1024);
  };
  const timer = setInterval(() => void read(), 50);
  return {
    peak: () => peak,
    reset: async () => {
      peak = 0;
      await read();
    },
    highWater: async () =>
      Number(/VmHWM:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024,
    stop: () => clearInterval(timer),
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? mb(bytes) : `${(bytes / 1024).toFixed(0)} KB`);
const ms = (n: number) => `${n.toFixed(0)} ms`;

type Timed = { total: number; firstByte: number; bytes: number; status: number; headers: Headers };

async function timedGet(url: string, cookie: string): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  let firstByte = 0;
  let bytes = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      if (firstByte === 0) firstByte = performance.now() - started;
      bytes += chunk.byteLength;
    }
  }
  return { total: performance.now() - started, firstByte, bytes, status: response.status, headers: response.headers };
}

async function timedSql(query: () => Promise<unknown>, runs: number): Promise<number> {
  await query();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await query();
    samples.push(performance.now() - started);
  }
  return percentiles(samples).p50;
}

async function main() {
  const admin = process.env.RECOUPE_BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const restoredName = `recoupe_bench_scale_${process.pid}`;
  const dir = mkdtempSync(path.join(tmpdir(), "recoupe-bench-scale-"));
  let app: ChildProcess | undefined;
  let restoredCreated = false;
  try {
    let restoredUrl: string;
    let fileSize = 0;
    let exportSeconds = NaN;
    let importSeconds = NaN;
    if (REUSE) {
      restoredUrl = REUSE;
      await migrate(restoredUrl);
      log(`measuring the workspace already at ${restoredUrl}`);
    } else {
      log(`scale ${SCALE}: building the workspace…`);
      const built = await buildWorkspace(log, SCALE);
      const file = path.join(dir, "workspace.recoupe.ndjson.gz");
      const formatOne = path.join(dir, "workspace-format-1.recoupe.ndjson.gz");
      let started = performance.now();
      try {
        await cli("export", file, built.url);
      } finally {
        await built.drop();
      }
      exportSeconds = (performance.now() - started) / 1000;
      await toFormatOne(file, formatOne);
      restoredUrl = await createDatabase(admin, restoredName);
      restoredCreated = !KEEP;
      await migrate(restoredUrl);
      started = performance.now();
      await cli("import", formatOne, restoredUrl);
      importSeconds = (performance.now() - started) / 1000;
      fileSize = statSync(formatOne).size;
      if (KEEP) log(`kept for --database: ${restoredUrl}`);
    }
    rmSync(dir, { recursive: true, force: true });

    const sql = postgres(restoredUrl, { max: 2, onnotice: () => undefined });
    const [counts] =
      await sql`SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM claims)::int AS claims,
      (SELECT count(*) FROM facts)::int AS facts, (SELECT count(*) FROM notes)::int AS notes, (SELECT count(*) FROM outlets)::int AS outlets`;
    log(`restored from format 1: ${JSON.stringify(counts)}`);

    log(
      `workspace file (format 1, ${mb(fileSize)}): export ${exportSeconds.toFixed(1)} s, restore ${importSeconds.toFixed(1)} s`,
    );
    const port = await freePort();
    const appLog = createWriteStream(APP_LOG);
    log(`the app's output goes to ${APP_LOG}`);
    const base = `http://localhost:${port}`;
    log(`starting the app on port ${port} (builds first when the sources changed)…`);
    app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: restoredUrl,
        PORT: String(port),
        RECOUPE_SEED: "false",
        RECOUPE_ADMIN_EMAIL: EMAIL,
        RECOUPE_ADMIN_PASSWORD: PASSWORD,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    app.stderr?.on("data", (chunk: Buffer) => {
      appLog.write(chunk);
      process.stderr.write(chunk);
    });
    await new Promise<void>((resolve, reject) => {
      app?.stdout?.on("data", (chunk: Buffer) => {
        const text = chunk.toString();
        appLog.write(text);
        if (/error|warn/i.test(text)) process.stderr.write(text);
        if (/Recoupe at /.test(text)) resolve();
      });
      app?.once("exit", (code) => reject(new Error(`the app exited (${code})`)));
    });
    const pid = await serverPid(app.pid as number);
    if (!pid) throw new Error("could not find the web server's process");
    const rss = rssSampler(pid);

    // Signed in as a person is, in a browser; then plain HTTP with its cookie.
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
    });
    const page = await browser.newPage();
    await page.goto(`${base}/sign-in?next=/articles`);
    await page.getByLabel(/Email|E-mail|Adresse/i).fill(EMAIL);
    await page.getByLabel(/Password|Mot de passe/i).fill(PASSWORD);
    await page.getByRole("button", { name: /Sign in|Se connecter/ }).click();
    await page.waitForURL(`${base}/articles`);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    await browser.close();

    const [fact] = await sql<{ id: string; claims: number }[]>`
      SELECT f.id, count(c.id)::int AS claims FROM facts f JOIN claims c ON c.fact_id = f.id
      GROUP BY f.id ORDER BY count(c.id) DESC, f.id LIMIT 1`;
    const [article] = await sql<{ id: string; bytes: number; claims: number }[]>`
      SELECT a.id, octet_length(a.text) AS bytes, count(c.id)::int AS claims FROM articles a JOIN claims c ON c.article_id = a.id
      GROUP BY a.id ORDER BY count(c.id) DESC, abs(octet_length(a.text) - 3000), a.id LIMIT 1`;
    if (!fact || !article) throw new Error("the workspace has no fact or article");
    const term = "réfugiés";

    const factPage = () =>
      sql`
      WITH f AS (SELECT * FROM facts WHERE deleted_at IS NULL ORDER BY updated_at DESC, id LIMIT 50)
      SELECT f.id, f.label, c.figure, c.lower, c.upper, o.name FROM f
      LEFT JOIN claims c ON c.fact_id = f.id AND c.deleted_at IS NULL
      LEFT JOIN articles a ON a.id = c.article_id LEFT JOIN outlets o ON o.id = a.outlet_id`.execute();
    // Search's bare cost: the search's own queries (lib/search), without the page.
    process.env.DATABASE_URL = restoredUrl;
    const { searchArticles } = await import("@/lib/search/search-articles");
    const pages: { name: string; path: string; bare: () => Promise<unknown> }[] = [
      {
        name: "articles list",
        path: "/articles",
        bare: () =>
          sql`
          SELECT a.id, a.title, a.published_at, o.name, (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.deleted_at IS NULL)
          FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.deleted_at IS NULL
          ORDER BY a.published_at DESC, a.id LIMIT 50`.execute(),
      },
      { name: "facts list", path: "/facts", bare: factPage },
      { name: "discrepancy list", path: "/discrepancies", bare: factPage },
      {
        name: `fact page (${fact.claims} claims)`,
        path: `/facts/${fact.id}`,
        bare: () =>
          sql`
          SELECT f.label, c.*, a.title, o.name, (SELECT json_agg(n.body) FROM notes n WHERE n.claim_id = c.id OR n.fact_id = f.id)
          FROM facts f JOIN claims c ON c.fact_id = f.id JOIN articles a ON a.id = c.article_id JOIN outlets o ON o.id = a.outlet_id
          WHERE f.id = ${fact.id}`.execute(),
      },
      {
        name: `reader (${(article.bytes / 1024).toFixed(1)} KB, ${article.claims} claims)`,
        path: `/articles/${article.id}`,
        bare: () =>
          sql`
          SELECT a.text, a.title, o.name, (SELECT json_agg(c) FROM claims c WHERE c.article_id = a.id AND c.deleted_at IS NULL),
            (SELECT json_agg(s) FROM suggestions s WHERE s.article_id = a.id)
          FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ${article.id}`.execute(),
      },
      {
        name: `search "${term}"`,
        path: `/search?q=${encodeURIComponent(term)}`,
        bare: () => searchArticles(term, { page: 1, pageSize: 20 }),
      },
    ];

    const table: string[] = [];
    const row = (cells: string[]) => table.push(`| ${cells.join(" | ")} |`);
    row(["where", "n", "p50", "p95", "bytes", "bare SQL p50", "ratio", "first byte p50", "peak RSS"]);
    row(["---", "---", "---", "---", "---", "---", "---", "---", "---"]);
    await rss.reset();
    const startRss = rss.peak();

    // Exports first: their memory is measured before the pages' garbage is there.
    // The export's bare SQL: every live fact with its live claims, their
    // articles and outlets, and every live note, read in one go.
    const exportBare = () =>
      Promise.all([
        sql`SELECT f.id, f.label, f.kind, f.status, c.*, a.title, a.url, a.published_at, o.name
          FROM facts f LEFT JOIN claims c ON c.fact_id = f.id AND c.deleted_at IS NULL
          LEFT JOIN articles a ON a.id = c.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
          WHERE f.deleted_at IS NULL ORDER BY f.label, f.id`.execute(),
        sql`SELECT n.fact_id, n.claim_id, n.body, n.created_at, u.name FROM notes n LEFT JOIN users u ON u.id = n.author_id
          WHERE n.deleted_at IS NULL`.execute(),
      ]);
    const bareExport = await timedSql(exportBare, Math.min(RUNS, 5));
    let chunked = true;
    for (const [format, scope] of [
      ["md", "all"],
      ["csv", "all"],
      ["csv-fr", "all"],
      ["json", "all"],
      ["json", "discrepancies"],
    ] as const) {
      if (!measured(`export ${format} ${scope}`)) continue;
      const url = `${base}/api/reports?format=${format}&scope=${scope}`;
      await rss.reset();
      const samples = await sample(EXPORT_RUNS, () => timedGet(url, cookie));
      if (samples.some((s) => s.status !== 200))
        log(`  export ${format}: status ${samples.map((s) => s.status).join(",")}`);
      const last = samples[samples.length - 1] as Timed;
      chunked &&= last.headers.get("content-length") === null;
      const t = percentiles(samples.map((s) => s.total));
      row([
        `export ${format} (${scope === "all" ? "all facts" : "discrepancies"})`,
        String(samples.length),
        ms(t.p50),
        ms(t.p95),
        kb(last.bytes),
        `${bareExport.toFixed(0)} ms`,
        `${(t.p50 / Math.max(bareExport, 0.1)).toFixed(1)}x`,
        `${ms(percentiles(samples.map((s) => s.firstByte)).p50)} (p95 ${ms(percentiles(samples.map((s) => s.firstByte)).p95)})`,
        mb(rss.peak()),
      ]);
      log(table[table.length - 1] as string);
    }

    for (const p of pages) {
      if (!measured(p.name)) continue;
      await timedGet(`${base}${p.path}`, cookie); // warm: compiled, cached plans
      await rss.reset();
      const samples = await sample(RUNS, () => timedGet(`${base}${p.path}`, cookie));
      if (samples.some((s) => s.status !== 200)) log(`  ${p.name}: status ${samples.map((s) => s.status).join(",")}`);
      const t = percentiles(samples.map((s) => s.total));
      const bare = await timedSql(p.bare, RUNS);
      row([
        p.name,
        String(samples.length),
        ms(t.p50),
        ms(t.p95),
        kb(samples[0]?.bytes ?? 0),
        `${bare.toFixed(1)} ms`,
        `${(t.p50 / Math.max(bare, 0.1)).toFixed(1)}x`,
        ms(percentiles(samples.map((s) => s.firstByte)).p50),
        mb(rss.peak()),
      ]);
      log(table[table.length - 1] as string);
    }

    log("");
    log(`## Recoupe at scale ${SCALE} (${JSON.stringify(counts)})`);
    log(
      `n: requests made (${RUNS} a page, ${EXPORT_RUNS} an export, fewer past ${BUDGET_MS / 1000} s a row); exports sent without Content-Length: ${chunked}`,
    );
    log("");
    for (const line of table) log(line);
    log("");
    log(
      `workspace file (format 1, ${mb(fileSize)}): export ${exportSeconds.toFixed(1)} s, restore ${importSeconds.toFixed(1)} s`,
    );
    log(`web server RSS: ${mb(startRss)} after start and sign-in, peak ${mb(await rss.highWater())} (VmHWM)`);
    rss.stop();
    await sql.end();
    const { closeDb } = await import("@/lib/db/client");
    await closeDb();
  } finally {
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app?.once("exit", resolve));
    }
    if (restoredCreated) await dropDatabase(admin, restoredName);
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
