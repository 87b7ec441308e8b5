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
    const mix = await sql<{ verdict: string; facts: number }[]>`
      SELECT coalesce(verdict, 'none') AS verdict, count(*)::int AS facts FROM facts GROUP BY 1 ORDER BY 2 DESC`;
    log(`facts by stored verdict: ${mix.map((m) => `${m.verdict} ${m.facts}`).join(", ")}`);
    // A server with autovacuum (PostgreSQL's default) analyzes the restored
    // tables within a minute or so; until then every plan is a guess made on
    // empty statistics (a list's first page sorted 20 000 facts instead of
    // reading 51 index entries). Where autovacuum is off, do what it would do.
    const [{ autovacuum } = { autovacuum: "on" }] = await sql<{ autovacuum: string }[]>`SHOW autovacuum`;
    const [{ analyzed } = { analyzed: 0 }] = await sql<{ analyzed: number }[]>`
      SELECT count(*)::int AS analyzed FROM pg_stat_user_tables
      WHERE relname = 'claims' AND (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL)`;
    if (autovacuum !== "on" && analyzed === 0) {
      const at = performance.now();
      await sql`ANALYZE`;
      log(
        `autovacuum is off on this server and the restore left no statistics: ANALYZE (${ms(performance.now() - at)})`,
      );
    }

    if (!REUSE) {
      log(
        `workspace file (format 1, ${mb(fileSize)}): export ${exportSeconds.toFixed(1)} s, restore ${importSeconds.toFixed(1)} s`,
      );
    }
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
    // A typical article (the most common number of claims, about 1.3 KB) and
    // the longest-held one near 3 KB (bench/build-workspace.ts makes a few).
    const [article] = await sql<{ id: string; bytes: number; claims: number }[]>`
      WITH per AS (SELECT a.id, octet_length(a.text) AS bytes, count(c.id)::int AS claims FROM articles a
        JOIN claims c ON c.article_id = a.id AND c.deleted_at IS NULL WHERE a.deleted_at IS NULL GROUP BY a.id)
      SELECT * FROM per WHERE bytes < 2000 AND claims = (SELECT mode() WITHIN GROUP (ORDER BY claims) FROM per)
      ORDER BY id LIMIT 1`;
    const [long] = await sql<{ id: string; bytes: number; claims: number }[]>`
      SELECT a.id, octet_length(a.text) AS bytes, count(c.id)::int AS claims FROM articles a
      JOIN claims c ON c.article_id = a.id AND c.deleted_at IS NULL WHERE a.deleted_at IS NULL
      GROUP BY a.id ORDER BY abs(octet_length(a.text) - 3000), count(c.id) DESC, a.id LIMIT 1`;
    if (!fact || !article || !long) throw new Error("the workspace has no fact or article");
    const term = "réfugiés";
    // The filtered discrepancy list: conflicts, one outlet (by name) and a word
    // of a label, taken from a conflict that has them all.
    const [filter] = await sql<{ outlet: string; word: string }[]>`
      SELECT o.name AS outlet, split_part(f.label, ' ', 1) AS word FROM facts f
      JOIN claims c ON c.fact_id = f.id AND c.deleted_at IS NULL JOIN articles a ON a.id = c.article_id
      JOIN outlets o ON o.id = a.outlet_id
      WHERE f.verdict = 'conflict' AND f.deleted_at IS NULL ORDER BY greatest(f.updated_at, f.claims_activity) DESC, f.id LIMIT 1`;
    const filtered = filter
      ? `/discrepancies?${new URLSearchParams({ verdict: "conflict", outlet: filter.outlet, q: filter.word })}`
      : "/discrepancies?verdict=conflict";
    // Page 2 of the discrepancy list, through the cursor its first page links to.
    const firstPage = await (await fetch(`${base}/discrepancies`, { headers: { cookie } })).text();
    const nextHref = /<a[^>]*rel="next"[^>]*>/.exec(firstPage)?.[0] ?? "";
    const nextPath = (/href="([^"]+)"/.exec(nextHref)?.[1] ?? "/discrepancies").replace(/&amp;/g, "&");
    const cursor = (() => {
      try {
        const raw = new URL(nextPath, base).searchParams.get("cursor") ?? "";
        return JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as { t: string; id: string };
      } catch {
        return null;
      }
    })();
    if (!cursor) log("  no second page of discrepancies: the page 2 row measures the first");

    // The lists' bare SQL: the rows the page shows (its filters, its order, the
    // row after the page to know there is one), their live claims with their
    // articles' outlets, their notes' count, and the total.
    const DISCREPANT = `f.verdict IN ('conflict', 'not_comparable', 'evolving', 'compatible')`;
    const listBare = (where: string, params: unknown[], after?: { t: string; id: string }) => () =>
      sql
        .unsafe(
          `WITH p AS (
            SELECT f.id, f.label, f.kind, f.status, f.tally, f.event_end, greatest(f.updated_at, f.claims_activity) AS act
            FROM facts f WHERE f.deleted_at IS NULL AND ${where}
              ${after ? `AND (greatest(f.updated_at, f.claims_activity), f.id) < ($${params.length + 1}::timestamptz, $${params.length + 2}::uuid)` : ""}
            ORDER BY greatest(f.updated_at, f.claims_activity) DESC, f.id DESC LIMIT 51)
          SELECT p.*, c.id AS claim, c.figure, c.kind, c.lower, c.upper, c.lower_inclusive, c.upper_inclusive, c.approximate,
            c.granularity, c.qualifier, c.unit, c.counted, c.counted_key, c.as_of, c.updated_at, a.published_at, o.name,
            (SELECT count(*) FROM notes n WHERE n.fact_id = p.id AND n.deleted_at IS NULL) AS notes,
            (SELECT count(*) FROM facts f WHERE f.deleted_at IS NULL AND ${where}) AS total
          FROM p LEFT JOIN claims c ON c.fact_id = p.id AND c.deleted_at IS NULL
          LEFT JOIN articles a ON a.id = c.article_id AND a.deleted_at IS NULL LEFT JOIN outlets o ON o.id = a.outlet_id
          ORDER BY p.act DESC, p.id DESC, a.published_at, c.quote_start`,
          (after ? [...params, after.t, after.id] : params) as never[],
        )
        .execute();
    const byOutlet = `EXISTS (SELECT 1 FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.fact_id = f.id AND c.deleted_at IS NULL AND a.deleted_at IS NULL
        AND a.outlet_id IN (SELECT id FROM outlets WHERE recoupe_fold(name) = recoupe_fold($1::text)))`;
    const byWord = `recoupe_fold(f.label) LIKE '%' || recoupe_fold($2::text) || '%'`;
    // The reader's bare SQL: the article and its outlet, its live claims with
    // their facts, authors and notes (with theirs), its pending suggestions'
    // spans and their first page (lib/articles/get-article.ts reads the same).
    const readerBare = (id: string) => () =>
      sql`
      SELECT a.id, a.title, a.url, a.published_at, a.language, a.source_format, a.text, a.left_out, a.version, o.name,
        (SELECT json_agg(json_build_object('claim', c, 'fact', f.label, 'by', u.name, 'notes',
            (SELECT json_agg(json_build_object('body', n.body, 'at', n.created_at, 'by', nu.name) ORDER BY n.created_at)
             FROM notes n LEFT JOIN users nu ON nu.id = n.author_id WHERE n.claim_id = c.id AND n.deleted_at IS NULL))
          ORDER BY c.quote_start)
         FROM claims c LEFT JOIN facts f ON f.id = c.fact_id LEFT JOIN users u ON u.id = c.created_by_id
         WHERE c.article_id = a.id AND c.deleted_at IS NULL) AS claims,
        (SELECT json_agg(json_build_array(s.start, s."end") ORDER BY s.start) FROM suggestions s
         WHERE s.article_id = a.id AND s.status = 'pending') AS spans,
        (SELECT json_agg(s) FROM (SELECT * FROM suggestions s WHERE s.article_id = a.id AND s.status = 'pending'
         ORDER BY s.start LIMIT 50) s) AS suggestions
      FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ${id} AND a.deleted_at IS NULL`.execute();
    // Search's bare cost: the search's own queries (lib/search), without the page.
    process.env.DATABASE_URL = restoredUrl;
    const { searchArticles } = await import("@/lib/search/search-articles");
    const { searchFacts } = await import("@/lib/search/search-facts");
    const { searchClaims } = await import("@/lib/search/search-claims");
    const { searchNotes } = await import("@/lib/search/search-notes");
    const pages: { name: string; path: string; bare: () => Promise<unknown> }[] = [
      {
        name: "articles list",
        path: "/articles",
        bare: () =>
          Promise.all([
            sql`
            SELECT a.id, a.title, o.name, to_char(a.published_at, 'YYYY-MM-DD'), a.language,
              (SELECT count(*)::int FROM claims c WHERE c.article_id = a.id AND c.deleted_at IS NULL),
              (SELECT count(*)::int FROM suggestions s WHERE s.article_id = a.id AND s.status = 'pending')
            FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.deleted_at IS NULL
            ORDER BY a.published_at DESC, a.created_at DESC LIMIT 50`.execute(),
            sql`SELECT count(*)::int FROM articles WHERE deleted_at IS NULL`.execute(),
          ]),
      },
      { name: "facts list", path: "/facts", bare: listBare("true", []) },
      { name: "discrepancy list", path: "/discrepancies", bare: listBare(DISCREPANT, []) },
      {
        name: "discrepancy list, page 2 (cursor)",
        path: nextPath,
        bare: listBare(DISCREPANT, [], cursor ?? undefined),
      },
      {
        name: `discrepancy list, conflicts of one outlet with a word`,
        path: filtered,
        bare: listBare(`${DISCREPANT} AND f.verdict = 'conflict' AND ${byOutlet} AND ${byWord}`, [
          filter?.outlet ?? "",
          filter?.word ?? "",
        ]),
      },
      {
        name: `fact page (${fact.claims} claims)`,
        path: `/facts/${fact.id}`,
        // lib/facts/get-fact.ts: the fact and its notes, its live claims on live
        // articles with their outlets and notes, and a window of each article's text.
        bare: () =>
          sql`
          SELECT f.id, f.label, f.kind, f.status, f.tally, f.event_end, f.resolution_note,
            (SELECT json_agg(json_build_object('body', n.body, 'at', n.created_at, 'by', u.name) ORDER BY n.created_at)
             FROM notes n LEFT JOIN users u ON u.id = n.author_id WHERE n.fact_id = f.id AND n.deleted_at IS NULL) AS notes,
            c.*, a.title, a.published_at, a.language, o.name,
            substr(a.text, greatest(1, c.quote_start - 299), c.quote_end - c.quote_start + 600) AS window,
            (SELECT json_agg(json_build_object('body', n.body, 'at', n.created_at, 'by', u.name) ORDER BY n.created_at)
             FROM notes n LEFT JOIN users u ON u.id = n.author_id WHERE n.claim_id = c.id AND n.deleted_at IS NULL) AS claim_notes
          FROM facts f LEFT JOIN claims c ON c.fact_id = f.id AND c.deleted_at IS NULL
          LEFT JOIN articles a ON a.id = c.article_id AND a.deleted_at IS NULL LEFT JOIN outlets o ON o.id = a.outlet_id
          WHERE f.id = ${fact.id} AND f.deleted_at IS NULL ORDER BY a.published_at, c.quote_start`.execute(),
      },
      {
        name: `reader (${(article.bytes / 1024).toFixed(1)} KB, ${article.claims} claims)`,
        path: `/articles/${article.id}`,
        bare: readerBare(article.id),
      },
      {
        name: `reader (${(long.bytes / 1024).toFixed(1)} KB, ${long.claims} claims)`,
        path: `/articles/${long.id}`,
        bare: readerBare(long.id),
      },
      {
        name: `search "${term}"`,
        path: `/search?q=${encodeURIComponent(term)}`,
        // The page's four sections: articles, facts, claims and notes (five of each).
        bare: () =>
          Promise.all([
            searchArticles(term, { page: 1, pageSize: 5 }),
            searchFacts(term, { page: 1, pageSize: 5 }),
            searchClaims(term, { page: 1, pageSize: 5 }),
            searchNotes(term, { page: 1, pageSize: 5 }),
          ]),
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

    // What any page costs before its own work: Next.js rendering the root
    // layout and the not-found page (no database), and the signed-in layout's
    // own part (session lookup and header) on the smallest page under it.
    const reference: string[] = [];
    for (const [what, url, withCookie] of [
      ["trivial page (not found, no database, root layout only)", "/recoupe-bench-no-such-page", false],
      ["sign-in page, signed out", "/sign-in", false],
      ["signed-in layout around a not-found page (session, header counts)", "/articles/not-an-article", true],
    ] as const) {
      await timedGet(`${base}${url}`, withCookie ? cookie : "");
      const samples = await sample(RUNS, () => timedGet(`${base}${url}`, withCookie ? cookie : ""));
      const t = percentiles(samples.map((s) => s.total));
      reference.push(
        `${what}: p50 ${ms(t.p50)}, p95 ${ms(t.p95)}, ${kb(samples[0]?.bytes ?? 0)} (status ${samples[0]?.status})`,
      );
      log(reference[reference.length - 1] as string);
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
      REUSE
        ? `workspace: the one already at --database (no file written or restored this run)`
        : `workspace file (format 1, ${mb(fileSize)}): export ${exportSeconds.toFixed(1)} s, restore ${importSeconds.toFixed(1)} s`,
    );
    log("Reference (the fixed cost of a request, in every row above; the ratio is not corrected for it):");
    for (const line of reference) log(`- ${line}`);
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
