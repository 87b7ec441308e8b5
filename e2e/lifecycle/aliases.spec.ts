import { expect, test } from "@playwright/test";
import { signIn, unique } from "../support";

// The aliases page by keyboard: an editor creates an entity with its
// spellings, adds one, removes one; a viewer reads; the page speaks French.

test("an editor keeps an entity's spellings with the keyboard alone", async ({ page }, testInfo) => {
  const name = unique("Djeyhoun Baïramov");
  const spelling = unique("Jeyhun Bayramov");
  const extra = unique("Ceyhun Bayramov");
  await signIn(page, "editor", "/aliases");
  await expect(page.getByRole("heading", { level: 1, name: "Aliases" })).toBeVisible();

  const create = page.getByText("New entity", { exact: true });
  await create.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: /^Name/ })).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press("Tab");
  await page.keyboard.type(spelling);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // Create entity
  const card = page.getByRole("article", { name });
  await expect(card).toBeVisible();
  await expect(card.getByRole("list", { name: "Spellings" })).toContainText(spelling);

  await card.getByLabel("Add a spelling").focus();
  await page.keyboard.type(extra);
  await page.keyboard.press("Enter");
  await expect(card.getByRole("list", { name: "Spellings" })).toContainText(extra);

  // The same spelling, differently accented, belongs to it already.
  await card.getByLabel("Add a spelling").fill(name.toUpperCase().normalize("NFD").replace(/\p{M}/gu, ""));
  await card.getByLabel("Add a spelling").press("Enter");
  await expect(card.getByRole("list", { name: "Spellings" }).getByRole("listitem")).toHaveCount(3);

  await card.getByRole("button", { name: `Remove «${spelling}»` }).focus();
  await page.keyboard.press("Enter");
  await expect(card.getByRole("list", { name: "Spellings" })).not.toContainText(spelling);

  // Find by any spelling, accents or not.
  await page.getByLabel("Find a name").fill(extra.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());
  await expect(page.getByRole("article")).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath("aliases-1400.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("aliases-390.png"), fullPage: true });
});

test("a viewer reads the aliases, in French when that is their language", async ({ page, context }) => {
  await signIn(page, "viewer", "/aliases");
  await context.addCookies([{ name: "recoupe-locale", value: "fr", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Graphies" })).toBeVisible();
  await expect(page.getByText("Votre rôle vous permet de consulter les graphies")).toBeVisible();
  await expect(page.getByRole("button", { name: /Retirer/ })).toHaveCount(0);
  await expect(page.getByText("Nouvelle entité")).toHaveCount(0);
});
