import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { appDatabaseUrl, ACCOUNTS, unique } from "../support";
import { postmasterPid, startApp, waitFor, type AppProcess } from "./app-process";

// The embedded PostgreSQL that `npm start` runs is killed with SIGKILL under the
// running app. The start script starts it again by itself (with backoff), the
// app reconnects by itself, and no write the app acknowledged is lost: a writer
// keeps adding notes through the app during the outage, and every note it was
// told was saved is in the database afterwards.

let app: AppProcess;

test.describe.configure({ mode: "serial", timeout: 400_000 });

test.beforeAll(async () => {
  // A fresh start creates a cluster, migrates and seeds: as long as startApp allows, not a test's minute.
  test.setTimeout(300_000);
  app = await startApp("supervision", { fresh: true });
});

test.afterAll(async () => {
  if (app?.npm.pid) process.kill(-app.npm.pid, "SIGTERM");
  await waitFor(() => app.npm.exitCode !== null || app.npm.signalCode !== null, 30_000).catch(() => undefined);
});

test("kill -9 of the embedded PostgreSQL: restarted, the app recovers by itself, no acknowledged write lost", async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: app.base });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS.editor.email);
  await page.getByLabel("Password").fill(ACCOUNTS.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Facts", exact: true }).click();
  await page.getByRole("link", { name: "People killed in the 2020 Nagorno-Karabakh war" }).click();
  const notes = page.getByRole("region", { name: "Notes on the fact" });

  // One note after another through the form, each either acknowledged (shown
  // as saved) or refused in words; the outage happens in the middle.
  const acknowledged: string[] = [];
  const refusals: string[] = [];
  const write = async () => {
    const body = unique("Note under supervision");
    const box = notes.getByLabel("Add a note");
    // The page refreshes itself after a save (and empties the form): typing
    // starts once that is over, and the note is sent only as typed.
    await page.waitForLoadState("networkidle");
    await box.fill(body);
    await expect(box).toHaveValue(body);
    const button = notes.getByRole("button", { name: "Add note" });
    await button.click();
    // The answer is in once the button is back (it says "Saving…" meanwhile).
    await expect(notes.getByRole("button", { name: "Saving…" })).toHaveCount(0, { timeout: 30_000 });
    await expect(button).toBeEnabled();
    const saved = notes.getByText(body);
    const refused = notes.getByRole("alert");
    await expect(saved.or(refused).first()).toBeVisible();
    if (await saved.isVisible()) {
      acknowledged.push(body);
      // The form empties itself after a save; wait for it before typing the next note.
      await expect(notes.getByLabel("Add a note")).toHaveValue("");
    } else {
      refusals.push((await refused.textContent()) ?? "");
    }
  };
  for (let i = 0; i < 3; i++) await write();

  const killed = postmasterPid(app.dataDir) as number;
  process.kill(killed, "SIGKILL");
  await waitFor(() => app.output().includes("stopped unexpectedly"), 30_000, app);

  // Writes during the outage are refused in words (never "Something went wrong").
  await write();
  // The database comes back by itself, under another process, on the same port.
  await waitFor(() => app.output().includes("embedded PostgreSQL is back"), 120_000, app);
  expect(postmasterPid(app.dataDir)).not.toBe(killed);
  for (let i = 0; i < 3; i++) await write();

  for (const message of refusals)
    expect(message).toContain("The database is unavailable right now, so nothing was saved");
  expect(acknowledged.length).toBeGreaterThanOrEqual(6);

  const health = await context.request.get("/api/health");
  expect(health.status()).toBe(200);
  await page.reload();
  for (const body of acknowledged) await expect(page.getByText(body)).toBeVisible();

  const sql = postgres(appDatabaseUrl(app.dataDir), { max: 1 });
  try {
    const rows = await sql`SELECT body FROM notes WHERE body = ANY(${acknowledged})`;
    expect(rows.map((r) => r.body as string).sort()).toEqual([...acknowledged].sort());
  } finally {
    await sql.end();
  }
  await context.close();
});
