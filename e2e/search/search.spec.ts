import { expect, test } from "@playwright/test";
import { signIn, unique } from "../support";

test("search finds articles, facts and claims whatever the accents and plurals, marks the hits, and says when the text is too long", async ({
  page,
}) => {
  const token = unique("Vardenis").replace(" ", "").toLowerCase();
  const title = `Les réfugiés de ${token} <b>arrivent</b>`;
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Outlet").fill(unique("Gazette du Lac"));
  await page.getByLabel("Published on").fill("2023-09-30");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Article text")
    .fill(
      `À ${token}, 1 200 réfugiés ont été recensés ; trois morts sont à déplorer, selon la mairie & la préfecture.`,
    );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  // The search page: singular and no accents find the plural with accents.
  await page.goto(`/search?q=${encodeURIComponent(`refugie mort ${token}`)}`);
  const articles = page.getByRole("region", { name: "Articles" });
  const hit = articles.getByRole("listitem").filter({ hasText: token });
  await expect(hit).toHaveCount(1);
  // The title's markup is shown as text; the hits are marked.
  await expect(hit.getByRole("link")).toHaveText(title);
  await expect(hit.locator("mark").first()).toHaveText(/réfugiés/i);
  await expect(hit.locator(".search-snippet")).toContainText("la mairie & la préfecture");
  await expect(hit.locator(".search-snippet mark", { hasText: "morts" })).toBeVisible();
  await page
    .getByRole("list", { name: "Results by kind" })
    .getByRole("link", { name: /^Articles/ })
    .click();
  await expect(page).toHaveURL(/in=articles/);

  // The article list's own search box.
  await page.goto("/articles");
  await page.getByRole("searchbox", { name: "Search articles" }).fill(`RÉFUGIÉS ${token}`);
  await page.getByRole("searchbox", { name: "Search articles" }).press("Enter");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(
    page
      .getByRole("cell", { name: new RegExp(token) })
      .locator("mark")
      .first(),
  ).toBeVisible();

  // Too long: said on the page, not silently ignored. Blank: the list as usual.
  await page.goto(`/search?q=${"mot ".repeat(60)}`);
  await expect(page.getByRole("alert").filter({ hasText: "limited to 200 characters" })).toBeVisible();
  await page.goto(`/articles?q=${"x".repeat(201)}`);
  await expect(page.getByRole("alert").filter({ hasText: "limited to 200 characters; yours has 201" })).toBeVisible();
  await page.goto("/articles?q=%20%20");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "limited to" })).toHaveCount(0);
});

test("the search page at phone width keeps its sections readable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "viewer");
  await page.goto("/search?q=karabakh");
  await expect(page.getByRole("heading", { name: "Search" })).toBeVisible();
  // Nothing of the page (the header is the layout's) reaches past the screen's edge.
  const right = await page.evaluate(() =>
    Math.max(...[...document.querySelectorAll(".search-page *")].map((e) => e.getBoundingClientRect().right)),
  );
  expect(right).toBeLessThanOrEqual(390);
  await expect(page.getByRole("region", { name: "Articles" }).getByRole("listitem").first()).toBeVisible();
});
