import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive the real app as users do: `npm start`'s own script
// builds it when needed and serves it on an embedded PostgreSQL whose data lives
// in .data/e2e, wiped at the start of each run, so every run begins from the
// freshly seeded app. A system Chromium is used when there is one (CI installs
// Debian's); otherwise Playwright's own (`npx playwright install chromium`).

/**
 * A port nobody listens on, chosen once by the runner and inherited by its
 * workers through the environment, so that several checkouts (or a running
 * `npm start`) never collide. E2E_PORT fixes it.
 */
function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}
process.env.E2E_PORT ??= String(freePort());
export const E2E_PORT = Number(process.env.E2E_PORT);
export const E2E_DATA_DIR = path.join(process.cwd(), ".data", "e2e");

// Playwright evaluates this file in every worker too; only the runner wipes.
if (!process.env.TEST_WORKER_INDEX && !process.env.RECOUPE_E2E_KEEP_DATA) {
  rmSync(E2E_DATA_DIR, { recursive: true, force: true });
}

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) =>
  existsSync(p),
);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    acceptDownloads: true,
    launchOptions: {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1400, height: 1000 } } }],
  webServer: {
    // The README's own command: one process that stops everything it started
    // (the tsx CLI in between would not pass the signal on cleanly).
    command: "npm start",
    // SIGTERM to its process group: the app stops the database last, cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    url: `http://localhost:${E2E_PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(E2E_PORT),
      RECOUPE_DATA_DIR: E2E_DATA_DIR,
      RECOUPE_SEED: "true",
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      // The URL-import tests serve their pages from 127.0.0.1 (e2e/lifecycle).
      RECOUPE_FETCH_ALLOW_PRIVATE: "1",
    },
  },
});
