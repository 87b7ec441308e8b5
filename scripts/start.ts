// `npm start`: everything a fresh machine needs to serve Recoupe.
//   1. a database: DATABASE_URL, or an embedded PostgreSQL kept in .data/
//   2. migrations, applied by our runner (lib/db/migrate.ts)
//   3. accounts and seed articles (RECOUPE_SEED, on by default)
//   4. a production build when the sources changed since the last one
//   5. the Next.js server, stopped cleanly with the database on Ctrl-C
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { DEMO_ACCOUNTS, countAdmins, ensureAccount } from "../lib/auth/provision-accounts";
import { closeDb } from "../lib/db/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { parseEnv, type Env } from "../lib/env";
import { loadSeeds } from "../lib/seeds/load-seeds";

const log = (line: string) => console.log(`[recoupe] ${line}`);
const dev = process.argv.includes("--dev");
const root = process.cwd();
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

function newestSourceTime(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith(`${path.sep}generated`)) return;
      for (const entry of readdirSync(p)) visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of [
    "app",
    "lib",
    "proxy.ts",
    "next.config.js",
    "package-lock.json",
    "tsconfig.json",
    "prisma/schema.prisma",
  ]) {
    visit(path.join(root, p));
  }
  return newest;
}

function buildIfStale(): void {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceTime()) return;
  log("building the app (first start, or the sources changed)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("The build failed; see the messages above.");
}

async function provision(env: Env, databaseUrl: string): Promise<void> {
  const result = await migrate(databaseUrl, { log });
  if (result.applied.length === 0) log("database schema is up to date");
  if (env.RECOUPE_SEED) {
    let editorId: string | null = null;
    for (const account of DEMO_ACCOUNTS) {
      const { id } = await ensureAccount(account);
      if (account.role === "editor") editorId = id;
    }
    const report = await loadSeeds(editorId);
    const added = Object.entries(report).filter(([, n]) => n > 0);
    log(added.length ? `seeds loaded: ${added.map(([k, n]) => `${n} ${k}`).join(", ")}` : "seeds already loaded");
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
  await closeDb();
}

async function main(): Promise<void> {
  let env: Env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }

  // What is running, for stop() to shut down in order: the app, then its database.
  const running: { server?: ChildProcess; embedded?: EmbeddedDatabase; stopping?: boolean } = {};
  const stop = async (code: number) => {
    if (running.stopping) return;
    running.stopping = true;
    const { server, embedded } = running;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    if (embedded) {
      log("stopping the embedded PostgreSQL");
      await embedded.stop();
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const dataDir = path.resolve(env.RECOUPE_DATA_DIR ?? ".data");
      const embedded = await startEmbeddedPostgres({ dataDir, log });
      running.embedded = embedded;
      databaseUrl = embedded.url;
      log(`embedded PostgreSQL on port ${embedded.port}, data in ${dataDir}`);
    }
    process.env.DATABASE_URL = databaseUrl;
    await provision(env, databaseUrl);
    if (!dev) buildIfStale();
  } catch (error) {
    console.error(`[recoupe] could not start: ${(error as Error).message}`);
    await stop(1);
    return;
  }

  const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  log(`Recoupe at ${env.RECOUPE_BASE_URL ?? `http://localhost:${env.PORT}`}`);
  running.server = server;
  server.on("exit", (code) => void stop(code ?? 0));
}

void main();
