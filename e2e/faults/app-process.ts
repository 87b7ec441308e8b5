import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

// `npm start` as a user or a process manager runs it: in a process group of
// its own (so that a signal can go to npm alone or to the whole group), on a
// free port, with a data directory of its own. It reuses the build the other
// end-to-end tests made.

export type AppProcess = { npm: ChildProcess; port: number; base: string; dataDir: string; output: () => string };

export async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as import("node:net").AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export async function startApp(name: string, options: { fresh?: boolean; env?: Record<string, string> } = {}) {
  const dataDir = path.join(process.cwd(), ".data", `e2e-${name}`);
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  let output = "";
  const npm = spawn("npm", ["start"], {
    detached: true, // its own process group, npm its leader
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      RECOUPE_DATA_DIR: dataDir,
      RECOUPE_SEED: "true",
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
  npm.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  npm.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const app: AppProcess = { npm, port, base: `http://localhost:${port}`, dataDir, output: () => output };
  await waitFor(async () => (await fetch(`${app.base}/api/health`).catch(() => null))?.ok === true, 300_000, app);
  return app;
}

export async function waitFor(check: () => Promise<boolean> | boolean, ms: number, app?: AppProcess): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`gave up waiting${app ? `; output so far:\n${app.output().slice(-3000)}` : ""}`);
}

/** The process ids of the app's web server and PostgreSQL, from the outside. */
export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, "postgres", "postmaster.pid");
  if (!existsSync(file)) return null;
  return Number(readFileSync(file, "utf8").split("\n")[0]) || null;
}

export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Every process still running with this app's data directory in its environment: what a stop left behind. */
export function leftovers(app: AppProcess): number[] {
  const marker = `RECOUPE_DATA_DIR=${app.dataDir}\0`;
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, "latin1").includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}
