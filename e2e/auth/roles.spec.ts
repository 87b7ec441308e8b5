import { expect, test } from "@playwright/test";
import { selectWithMouse, signIn } from "../support";

const AP_TITLE = "Poutine reçoit les dirigeants arménien et azerbaïdjanais à Sotchi";

test("a viewer reads and exports, and is offered nothing that writes", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(page.getByText("viewer", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import an article" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);

  await page.getByRole("link", { name: AP_TITLE }).click();
  await selectWithMouse(page, "Plus de 6 700 personnes sont mortes dans les combats");
  await expect(page.getByRole("form", { name: "Tag a claim" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete article" })).toHaveCount(0);
  await page
    .getByRole("region", { name: "Claims in this article" })
    .getByRole("button", { name: "Plus de 6 700" })
    .click();
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByLabel("Add a note")).toHaveCount(0);

  await page.goto("/articles/new");
  await expect(page.getByText("can read and export, but not import")).toBeVisible();

  const response = await page.request.get("/api/reports?format=csv");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("People killed in the 2020 Nagorno-Karabakh war");

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("an editor tags and deletes but does not manage users", async ({ page }) => {
  await signIn(page, "editor");
  await expect(page.getByRole("link", { name: "Import an article" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.getByRole("link", { name: AP_TITLE }).click();
  await expect(page.getByRole("button", { name: "Delete article" })).toBeVisible();
  expect((await page.request.get("/api/workspace")).status()).toBe(403);
});

test("an administrator manages users: a new editor can sign in, a disabled one cannot", async ({ page, browser }) => {
  const email = `reporter-${Date.now()}@recoupe.test`;
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Users" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Rita Reporter");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("editor");
  await page.getByLabel(/^Password/).fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  const other = await browser.newContext();
  const reporter = await other.newPage();
  await reporter.goto("/sign-in");
  await reporter.getByLabel("Email").fill(email);
  await reporter.getByLabel("Password").fill("a-long-enough-password");
  await reporter.getByRole("button", { name: "Sign in" }).click();
  await expect(reporter.getByText("Rita Reporter")).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByText("disabled")).toBeVisible();
  await reporter.reload();
  await expect(reporter).toHaveURL(/\/sign-in/);
  await other.close();
});

test("signing out ends the session on the server", async ({ page, context }) => {
  await signIn(page, "editor");
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // Replaying the old cookie is of no use: the session is gone from the database.
  await context.addCookies(cookies);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated failed sign-ins are limited and say so", async ({ page }) => {
  const email = `nobody-${Date.now()}@recoupe.test`;
  await page.goto("/sign-in");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  }
  await page.getByLabel("Password").fill("wrong-again");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Too many failed sign-ins");
});
