// `npm start`: everything a fresh machine needs to serve Recoupe.
//   1. a database: DATABASE_URL, or an embedded PostgreSQL kept in .data/
//   2. migrations, applied by our runner (lib/db/migrate.ts)
//   3. accounts and seed articles (RECOUPE_SEED, on by default)
//   4. a production build when the sources changed since the last one
//   5. the web server (scripts/server.ts: Next.js behind our own HTTP server)
// and it supervises them: the embedded PostgreSQL is restarted when it dies
// (lib/db/embedded.ts); SIGTERM, SIGINT or SIGHUP (to this process or to its
// whole group), or the parent going away, stop the web server first and the
// database last, cleanly, well within 15 seconds.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { constants as osConstants } from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { DEMO_ACCOUNTS, countAdmins, disableDemoAccounts, ensureAccount } from "../lib/auth/provision-accounts";
import { pruneSignInLimits } from "../lib/auth/sign-in-limit";
import { closeDb } from "../lib/db/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded";
import { LOCKS, withAdvisoryLock } from "../lib/db/advisory-lock";
import { migrate } from "../lib/db/migrate";
import { parseEnv, type Env } from "../lib/env";
import { seedWorkspace } from "../lib/seeds/seed-workspace";

type Running = { child?: ChildProcess; embedded?: EmbeddedDatabase; stopping?: boolean };

const dev = process.argv.includes("--dev");

/**
 * The web server's memory. tsx turns Node's source-map support on for the
 * whole process, and Node then reads, parses and keeps the source map of every
 * module it loads: each chunk of the Next.js build has one, and together they
 * held about 70 MB of the server's heap (803 maps, with their sources), for
 * stack traces only. In production it is turned off again right after tsx is
 * registered, unless NODE_OPTIONS asks for --enable-source-maps (readable
 * stacks when chasing a bug); `npm run dev` keeps them.
 */
const SERVER_IMPORTS =
  (process.env.NODE_OPTIONS ?? "").includes("--enable-source-maps") || dev
    ? []
    : ["--import", "data:text/javascript,process.setSourceMapsEnabled(false)"];
/**
 * V8 lets the old space grow to four times what survived the last full
 * collection before it collects again when the heap limit is large (this one
 * is 4 GB on a machine with 16 GB or more): with the server's ~120 MB of live
 * objects, an export of all 20 000 facts took its RSS to 730 MB and pages left
 * it there, although a full collection brings the heap back to ~120 MB at any
 * time during an export. Under 2 GB the factor is smaller (1.6 at 1 GB): the
 * same export peaks at ~410 MB RSS, as fast, with seven full collections of
 * ~15 ms each instead of two. NODE_OPTIONS with its own --max-old-space-size
 * keeps that one; the development server (which compiles pages) keeps V8's.
 */
const SERVER_NODE_FLAGS =
  (process.env.NODE_OPTIONS ?? "").includes("--max-old-space-size") || dev ? [] : ["--max-old-space-size=1024"];

/** How long the web server (or a build) gets to stop before it is killed. */
const CHILD_STOP_MS = 6_000;

const log = (line: string) => console.log(`[recoupe] ${line}`);
const root = process.cwd();
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const SOURCES = [
  "app",
  "lib",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const FINGERPRINT = path.join(root, ".next", "recoupe-sources");

/**
 * What the build was made from: every source file's path, size and time. A
 * file added, removed, moved or edited changes it (tests and the generated
 * Prisma client do not count: they are not part of the build's inputs).
 */
function sourceFingerprint(): string {
  const entries: string[] = [];
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith(`${path.sep}generated`)) return;
      for (const entry of readdirSync(p).sort()) visit(path.join(p, entry));
    } else if (!/\.test\.tsx?$/.test(p)) {
      entries.push(`${path.relative(root, p)}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  for (const p of SOURCES) visit(path.join(root, p));
  return createHash("sha256").update(entries.join("\n")).digest("hex");
}

/** Builds the app unless the last build was made from these very sources. */
async function buildIfStale(running: Running): Promise<void> {
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(FINGERPRINT);
  if (built && readFileSync(FINGERPRINT, "utf8") === fingerprint) return;
  log("building the app (first start, or the sources changed)…");
  const build = spawn(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  running.child = build; // Ctrl-C during the build stops it too
  const code = await new Promise<number | null>((resolve) => build.once("exit", resolve));
  running.child = undefined;
  if (code !== 0) throw new Error("The build failed; see the messages above.");
  writeFileSync(FINGERPRINT, fingerprint);
}

async function provision(env: Env, databaseUrl: string): Promise<void> {
  const result = await migrate(databaseUrl, { log });
  if (result.applied.length === 0) log("database schema is up to date");
  // One server at a time creates accounts and loads seeds; the others wait,
  // then find everything there.
  await withAdvisoryLock(databaseUrl, LOCKS.provision, () => provisionAccountsAndSeeds(env));
  const pruned = await pruneSignInLimits();
  if (pruned > 0) log(`${pruned} expired sign-in limit(s) removed`);
  await closeDb();
}

async function provisionAccountsAndSeeds(env: Env): Promise<void> {
  if (env.RECOUPE_SEED) {
    let editorId: string | null = null;
    for (const account of DEMO_ACCOUNTS) {
      const { id } = await ensureAccount(account);
      if (account.role === "editor") editorId = id;
    }
    const report = await seedWorkspace(editorId);
    const added = Object.entries(report).filter(([, n]) => n > 0);
    log(added.length ? `seeds loaded: ${added.map(([k, n]) => `${n} ${k}`).join(", ")}` : "seeds already loaded");
  } else {
    const disabled = await disableDemoAccounts();
    if (disabled > 0) log(`seeding is off: ${disabled} demo account(s) with published passwords disabled`);
  }
  if (env.RECOUPE_ADMIN_EMAIL && env.RECOUPE_ADMIN_PASSWORD) {
    const { created } = await ensureAccount({
      email: env.RECOUPE_ADMIN_EMAIL,
      name: "Administrator",
      role: "admin",
      password: env.RECOUPE_ADMIN_PASSWORD,
    });
    if (created) log(`administrator ${env.RECOUPE_ADMIN_EMAIL} created`);
  } else if ((await countAdmins()) === 0) {
    log("no administrator exists: set RECOUPE_ADMIN_EMAIL and RECOUPE_ADMIN_PASSWORD and start again to create one");
  }
}

async function main(): Promise<void> {
  let env: Env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }

  // What is running, for stop() to shut down in order: the web server (or the
  // build), then its database.
  const running: Running = {};
  const stop = async (code: number) => {
    if (running.stopping) return;
    running.stopping = true;
    const { child, embedded } = running;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), CHILD_STOP_MS);
      await exited;
      clearTimeout(timer);
    }
    if (embedded) {
      log("stopping the embedded PostgreSQL");
      await embedded.stop();
    }
    log("stopped");
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      log(`${signal} received: stopping`);
      void stop(0);
    });
  }
  // npm passes SIGINT and SIGTERM on, but dies of SIGHUP at once: a parent that
  // goes away leaves us with another one (PID 1), which is our cue to stop too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) {
      log("the process that started Recoupe is gone: stopping");
      void stop(0);
    }
  }, 500).unref();

  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const dataDir = path.resolve(env.RECOUPE_DATA_DIR ?? ".data");
      const embedded = await startEmbeddedPostgres({ dataDir, log, supervise: true });
      running.embedded = embedded;
      databaseUrl = embedded.url;
      log(`embedded PostgreSQL on port ${embedded.port}, data in ${dataDir}`);
    }
    process.env.DATABASE_URL = databaseUrl;
    await provision(env, databaseUrl);
    if (!dev) await buildIfStale(running);
  } catch (error) {
    console.error(`[recoupe] could not start: ${(error as Error).message}`);
    await stop(1);
    return;
  }

  // Our server runs Next.js in a process of its own, talking to us over IPC so
  // that it stops by itself if we are killed.
  const server = spawn(
    process.execPath,
    [
      ...SERVER_NODE_FLAGS,
      "--import",
      "tsx",
      ...SERVER_IMPORTS,
      path.join(root, "scripts", "server.ts"),
      ...(dev ? ["--dev"] : []),
    ],
    {
      stdio: ["inherit", "inherit", "inherit", "ipc"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: dev ? "development" : "production" },
    },
  );
  running.child = server;
  server.once("message", () => log(`Recoupe at ${env.RECOUPE_BASE_URL ?? `http://localhost:${env.PORT}`}`));
  // A server killed by a signal exits with 128 + its number, as shells report it.
  server.on("exit", (code, signal) => void stop(code ?? (signal ? 128 + (osConstants.signals[signal] ?? 0) : 0)));
}

void main();
