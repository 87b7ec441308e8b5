import { expect, test, type Browser, type Page } from "@playwright/test";
import { appDatabase, createAccount } from "../support";

// The interface speaks English or French: the browser's Accept-Language first,
// then the person's choice in the header (or on the sign-in page), kept in a
// cookie and, once signed in, on the account, where it follows them to any
// browser. <html lang> says which.

const html = (page: Page) => page.locator("html");

async function createEditor(browser: Browser): Promise<{ email: string; password: string; name: string }> {
  return createAccount(browser, { name: "Lina Linguiste", domain: "i18n.test", password: "a-long-enough-password" });
}

async function signInAs(page: Page, account: { email: string; password: string }, labels = ["Email", "Password"]) {
  await page.getByLabel(labels[0] ?? "Email").fill(account.email);
  await page.getByLabel(labels[1] ?? "Password").fill(account.password);
}

test("signed out: the browser's language first, then the choice made on the sign-in page", async ({ browser }) => {
  const french = await browser.newContext({
    locale: "fr-FR",
    extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" },
  });
  const page = await french.newPage();
  await page.goto("/sign-in");
  await expect(html(page)).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();
  await expect(page).toHaveTitle(/^Connexion · Recoupe$/);

  await page.getByRole("button", { name: "English" }).click();
  await expect(html(page)).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-current", "true");
  await page.reload();
  await expect(page.getByLabel("Password")).toBeVisible();
  await french.close();
});

test("signed in: the choice is saved on the account and follows the person to another browser", async ({ browser }) => {
  const account = await createEditor(browser);

  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto("/sign-in?next=/bin");
  await signInAs(page, account);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/bin$/);
  await expect(html(page)).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "Français" }).click();
  await expect(html(page)).toHaveAttribute("lang", "fr");
  await expect(page).toHaveURL(/\/bin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Corbeille" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Faits" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await expect(page).toHaveTitle(/^Corbeille · Recoupe$/);

  const sql = appDatabase();
  try {
    const [row] = await sql<{ locale: string | null }[]>`SELECT locale FROM users WHERE email = ${account.email}`;
    expect(row?.locale).toBe("fr");
  } finally {
    await sql.end();
  }
  await first.close();

  // Another browser, English by its headers and with no cookie: the account wins once signed in.
  const second = await browser.newContext({ extraHTTPHeaders: { "accept-language": "en-GB,en;q=0.9" } });
  const other = await second.newPage();
  await other.goto("/sign-in?next=/facts");
  await expect(html(other)).toHaveAttribute("lang", "en");
  await signInAs(other, account);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/facts$/);
  await expect(html(other)).toHaveAttribute("lang", "fr");
  await expect(other.getByRole("link", { name: "Divergences" })).toBeVisible();

  // And back to English, from the header, for good.
  await other.getByRole("button", { name: "English" }).click();
  await expect(html(other)).toHaveAttribute("lang", "en");
  await other.reload();
  await expect(other.getByRole("link", { name: "Discrepancies" })).toBeVisible();
  await second.close();
});

test("the switch works without JavaScript, signed out and signed in", async ({ browser }) => {
  const account = await createEditor(browser);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/sign-in?next=/articles");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(html(page)).toHaveAttribute("lang", "fr");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Farticles$|\/sign-in\?next=\/articles$/);
  await signInAs(page, account, ["Adresse e-mail", "Mot de passe"]);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(html(page)).toHaveAttribute("lang", "fr");

  await page.getByRole("button", { name: "English" }).click();
  await expect(html(page)).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Facts" })).toBeVisible();
  const sql = appDatabase();
  try {
    const [row] = await sql<{ locale: string | null }[]>`SELECT locale FROM users WHERE email = ${account.email}`;
    expect(row?.locale).toBe("en");
  } finally {
    await sql.end();
  }
  await context.close();
});

test("pages that are not found, and refusals, speak the chosen language", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  // A French choice made on this browser before signing in (no click: the demo account's own setting stays unset).
  await context.addCookies([{ name: "recoupe-locale", value: "fr", url: baseURL ?? "" }]);
  const page = await context.newPage();
  await page.goto("/no-such-page");
  await expect(html(page)).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();

  await page.goto("/sign-in?next=/admin/users");
  await signInAs(page, { email: "admin@recoupe.local", password: "recoupe-admin-demo" }, [
    "Adresse e-mail",
    "Mot de passe",
  ]);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByText("Certains champs sont à revoir.")).toBeVisible();
  await expect(page.getByText("Indiquez le nom de la personne")).toBeVisible();
  await expect(page.getByText("Un mot de passe compte au moins 12 caractères")).toBeVisible();
  await context.close();
});
