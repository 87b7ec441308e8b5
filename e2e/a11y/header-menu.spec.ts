import { expect, test } from "@playwright/test";
import { signIn } from "../support";

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone the header folds behind a menu button that works from the keyboard", async ({ page }) => {
  await signIn(page, "editor");
  const menu = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();

  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Facts" })).toBeVisible();
  // The user's name is shown whole, inside the screen.
  const name = page.getByText("Camille Editor (demo)");
  await expect(name).toBeVisible();
  const box = await name.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);

  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  // Opened with Space and closed at once, the focus never left the button.
  await page.keyboard.press("Space");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();

  await menu.click();
  await nav.getByRole("link", { name: "Facts" }).click();
  await expect(page).toHaveURL(/\/facts$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test("the skip link is the first stop and takes focus to the page's content", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/facts");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("without JavaScript nothing folds: the links are there to follow", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("viewer@recoupe.local");
  await page.getByLabel("Password").fill("recoupe-viewer-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Facts" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await context.close();
});
