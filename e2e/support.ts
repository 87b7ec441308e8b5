import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import postgres from "postgres";
import { E2E_DATA_DIR } from "../playwright.config";

// What the end-to-end tests share: signing in as a demo account, and a direct
// connection to the app's embedded database to check what was stored.

export const ACCOUNTS = {
  admin: { email: "admin@recoupe.local", password: "recoupe-admin-demo" },
  editor: { email: "editor@recoupe.local", password: "recoupe-editor-demo" },
  viewer: { email: "viewer@recoupe.local", password: "recoupe-viewer-demo" },
} as const;

export type Role = keyof typeof ACCOUNTS;

export async function signIn(page: Page, role: Role, next = "/articles"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(ACCOUNTS[role].email);
  await page.getByLabel("Password").fill(ACCOUNTS[role].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`));
}

/** The embedded PostgreSQL the app under test runs on (its port is in postmaster.pid). */
export function appDatabaseUrl(dataDir = E2E_DATA_DIR): string {
  const password = readFileSync(path.join(dataDir, "postgres.password"), "utf8").trim();
  const pid = readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n");
  const port = pid[3]?.trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/recoupe`;
}

export function appDatabase(dataDir?: string): postgres.Sql {
  return postgres(appDatabaseUrl(dataDir), { max: 2, onnotice: () => undefined });
}

/** A text no other test or seed contains, so that each test works on its own data. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Selects a passage of the article text with the mouse, as an editor does. */
export async function selectWithMouse(page: Page, passage: string): Promise<void> {
  await readerKeysReady(page);
  const box = await page.locator(".article-text").evaluate((container, wanted) => {
    const at = (container.textContent ?? "").indexOf(wanted);
    if (at === -1) throw new Error(`«${wanted}» is not in the article`);
    // The rectangle of the character at a text offset (across the marks).
    const charRect = (offset: number) => {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset < seen + length) {
          const range = document.createRange();
          range.setStart(node, offset - seen);
          range.setEnd(node, offset - seen + 1);
          return range.getBoundingClientRect();
        }
        seen += length;
      }
      throw new Error(`offset ${offset} is past the text`);
    };
    const first = charRect(at);
    const last = charRect(at + wanted.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, passage);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** Waits until the article reader's keyboard shortcuts listen (the page is hydrated). */
export async function readerKeysReady(page: Page): Promise<void> {
  await expect(page.locator('.reader[data-keys="ready"]')).toBeAttached();
}

/** An account of the test's own, created by the administrator on the Users page. */
export async function createAccount(
  browser: Browser,
  person: { name: string; domain: string; password: string; role?: Role },
): Promise<{ name: string; email: string; password: string }> {
  const name = unique(person.name);
  const email = `${name.split(" ").at(-1)}@${person.domain}`;
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, "admin", "/admin/users");
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByLabel("Email", { exact: true }).fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption(person.role ?? "editor");
  await admin.getByLabel(/^Password/).fill(person.password);
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByRole("cell", { name: email })).toBeVisible();
  await context.close();
  return { name, email, password: person.password };
}

/** Signs an account in from a browser that asks for French: the sign-in page, then the articles, in French. */
export async function signInInFrench(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({
    locale: "fr-FR",
    extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/sign-in?next=/articles");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  return page;
}
