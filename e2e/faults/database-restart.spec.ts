import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded";
import { ACCOUNTS, unique } from "../support";

// The database goes away under a running app and comes back. This test runs its
// own app server (on its own embedded PostgreSQL, which it can kill) beside the
// one the other tests use.

const PORT = 3230;
const BASE = `http://localhost:${PORT}`;
const DATA_DIR = path.join(process.cwd(), ".data", "e2e-faults");
const FACT = "People killed in the 2020 Nagorno-Karabakh war";

let database: EmbeddedDatabase;
let dbPort: number;
let app: ChildProcess;

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the app did not start");
}

/** Kills PostgreSQL the hard way (SIGQUIT: immediate shutdown, no checkpoint), like a crash. */
function crashDatabase(): void {
  const pid = Number(readFileSync(path.join(DATA_DIR, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGQUIT");
}

test.describe.configure({ mode: "serial", timeout: 300_000 });

test.beforeAll(async () => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  database = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: 0 });
  dbPort = database.port;
  if (
    await fetch(`${BASE}/api/health`).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`Port ${PORT} is taken: stop whatever listens there (a previous run?) first`);
  }
  // Node itself (not npx) so that SIGTERM reaches our start script, which then
  // stops the Next.js server it runs.
  app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(PORT), RECOUPE_SEED: "true" },
    stdio: "inherit",
  });
  await waitForHealth();
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((r) => app.once("exit", r));
  }
  await database.stop();
});

test("the app says the database is unavailable, answers 503, recovers by itself, and loses no acknowledged write", async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: BASE });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS.editor.email);
  await page.getByLabel("Password").fill(ACCOUNTS.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Facts", exact: true }).click();
  await page.getByRole("link", { name: FACT }).click();

  // A write the app acknowledged.
  const before = unique("Saved before the crash");
  const notes = page.getByRole("region", { name: "Notes on the fact" });
  await notes.getByLabel("Add a note").fill(before);
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText(before)).toBeVisible();

  crashDatabase();

  // A save while the database is down: refused in words, the text kept.
  const during = unique("Typed during the outage");
  await notes.getByLabel("Add a note").fill(during);
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByRole("alert")).toContainText("The database is unavailable right now, so nothing was saved");
  await expect(notes.getByLabel("Add a note")).toHaveValue(during);

  const api = await context.request.get("/api/reports?format=json");
  expect(api.status()).toBe(503);
  expect(api.headers()["retry-after"]).toBe("5");
  expect((await api.json()) as unknown).toMatchObject({ code: "DB_UNAVAILABLE" });

  // /api/health answers 503 (bounded waits: it never hangs).
  const health = await context.request.get("/api/health");
  expect(health.status()).toBe(503);

  // Every page says so with a 503, sign-in included, in the person's language.
  for (const path of ["/facts", "/sign-in", "/articles/new", "/discrepancies"]) {
    const response = await context.request.get(path);
    expect(response.status(), path).toBe(503);
    expect(response.headers()["retry-after"], path).toBe("5");
    expect(await response.text(), path).toContain("Database unavailable, retrying…");
  }
  const french = await browser.newContext({ baseURL: BASE, locale: "fr-FR" });
  const frenchPage = await french.newPage();
  const frenchResponse = await frenchPage.goto("/sign-in");
  expect(frenchResponse?.status()).toBe(503);
  await expect(
    frenchPage.getByRole("heading", { name: "Base de données indisponible, nouvel essai en cours…" }),
  ).toBeVisible();
  await expect(frenchPage.locator("html")).toHaveAttribute("lang", "fr");
  await french.close();

  const other = await context.newPage();
  const response = await other.goto("/facts");
  expect(response?.status()).toBe(503);
  await expect(other.getByRole("heading", { name: "Database unavailable, retrying…" })).toBeVisible();
  await expect(other.locator("body")).not.toContainText(/ECONNREFUSED|Prisma|at .*\.js|Something went wrong/);

  // The database comes back on the same port; nobody restarts the app.
  database = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: dbPort });
  await expect(other.getByRole("heading", { name: "Facts" })).toBeVisible({ timeout: 60_000 });

  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText(during)).toBeVisible();
  await page.reload();
  await expect(page.getByText(before)).toBeVisible();

  const sql = postgres(database.url, { max: 1 });
  try {
    const rows = await sql`SELECT body FROM notes WHERE body IN (${before}, ${during})`;
    expect(rows.map((r) => r.body).sort()).toEqual([before, during].sort());
  } finally {
    await sql.end();
  }
  await context.close();
});
