import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { overflowOf, seriousViolations } from "../a11y/pages";
import { appDatabase, appDatabaseUrl, signIn, unique } from "../support";

// Paging and filtering the discrepancy list, on 60 facts of this test's own
// (54 whose two outlets disagree, 6 whose outlets agree), made through the
// app's own write functions so that their stored verdicts are what the app
// keeps. RECOUPE_SCREENSHOTS=<dir> saves the pages at 1400 and 390 px.

const SHOTS = process.env.RECOUPE_SCREENSHOTS;
// 120 claims made through the app, and a machine shared with other work.
test.describe.configure({ timeout: 180_000 });
const FACTS = 60;
const agrees = (i: number) => i % 10 === 0;
const marker = unique("Lignes").split(" ")[1] as string;
const label = (i: number) => `Réfugiés ${marker} comptés, dépêche ${String(i).padStart(2, "0")}`;

test.beforeAll(async () => {
  process.env.DATABASE_URL = appDatabaseUrl();
  const { createFact } = await import("../../lib/facts/create-fact");
  const { createTestArticle, tagPassage } = await import("../../lib/testing/factories");
  const { closeDb } = await import("../../lib/db/client");
  const sql = appDatabase();
  const [editor] = await sql<{ id: string }[]>`SELECT id FROM users WHERE email = 'editor@recoupe.local'`;
  await sql.end();
  const editorId = editor?.id as string;
  const sentence = (i: number, n: number) => `Dépêche ${i} ${marker}, ${n} personnes déplacées.`;
  const figures = (i: number, outlet: 0 | 1) => (outlet === 0 || agrees(i) ? 1000 + i : 5000 + i);
  const articles = [];
  for (const outlet of [0, 1] as const) {
    const text = Array.from({ length: FACTS }, (_, i) => sentence(i, figures(i, outlet))).join(" ");
    const name = outlet === 0 ? `Lignes Wire ${marker}` : `Lignes Post ${marker}`;
    articles.push(await createTestArticle(editorId, { text, outlet: name, title: `${name} report` }));
  }
  for (let i = 0; i < FACTS; i++) {
    const fact = await createFact({ label: label(i), kind: "count" }, editorId);
    for (const outlet of [0, 1] as const) {
      const article = articles[outlet]!;
      const quote = sentence(i, figures(i, outlet));
      const figure = String(figures(i, outlet));
      const at = article.text.indexOf(quote) + quote.lastIndexOf(figure);
      await tagPassage(editorId, article, quote, {
        figure,
        figureStart: String(at),
        figureEnd: String(at + figure.length),
        kind: "count",
        lower: figure,
        upper: figure,
        counted: "personnes déplacées",
        factId: fact.id,
      });
    }
  }
  await closeDb();
});

const rows = (page: Page) => page.locator("article.discrepancy");
const total = (page: Page) => page.locator("p.list-total");

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1400, 390]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`) });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-end.png`) });
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await page.setViewportSize({ width: 1400, height: 1000 });
}

test("the discrepancy list pages forward and back and filters by words and by verdict", async ({ page }) => {
  await signIn(page, "viewer", "/discrepancies");
  const bar = page.getByRole("search", { name: "Filter the list" });
  // Words of the label, without their accents: "refugies" finds "Réfugiés".
  await bar.getByLabel("Words of the label").fill(`refugies ${marker}`);
  await bar.getByRole("button", { name: "Apply" }).click();
  await expect(total(page)).toHaveText("54 discrepancies");
  await expect(rows(page)).toHaveCount(50);
  // Most recently active first: the last fact made leads.
  await expect(rows(page).first().getByRole("link")).toHaveText(label(59));
  await expect(page.getByRole("link", { name: "Previous page" })).toHaveCount(0);
  const firstPage = await rows(page).getByRole("link").allTextContents();
  await shoot(page, "discrepancies");

  await page.getByRole("link", { name: "Next page" }).click();
  await expect(rows(page)).toHaveCount(4);
  await expect(total(page)).toHaveText("54 discrepancies");
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
  const secondPage = await rows(page).getByRole("link").allTextContents();
  expect(new Set([...firstPage, ...secondPage]).size).toBe(54);
  expect(secondPage.at(-1)).toBe(label(1));
  // The filters travel with the pages.
  await expect(bar.getByLabel("Words of the label")).toHaveValue(`refugies ${marker}`);

  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(rows(page)).toHaveCount(50);
  expect(await rows(page).getByRole("link").allTextContents()).toEqual(firstPage);

  // By outlet (its name, case aside): every one of them has a claim from each.
  await bar.getByLabel("Outlet").fill(`lignes post ${marker}`);
  await bar.getByRole("button", { name: "Apply" }).click();
  await expect(total(page)).toHaveText("54 discrepancies");

  // By verdict, on the facts list (which holds the facts that agree as well).
  await page.goto("/facts");
  const facts = page.getByRole("search", { name: "Filter the list" });
  await facts.getByLabel("Words of the label").fill(marker);
  await facts.getByLabel("Classification").selectOption({ label: "Agree" });
  await facts.getByRole("button", { name: "Apply" }).click();
  await expect(total(page)).toHaveText(/^6 facts/);
  await expect(page.locator("table.list tbody tr")).toHaveCount(6);
  await expect(page.locator("table.list tbody .verdict")).toHaveText(Array(6).fill("Agree"));
  await shoot(page, "facts");

  // On the discrepancy list, by verdict and words: all of them conflict.
  await page.goto(`/discrepancies?q=${marker}&verdict=conflict`);
  await expect(total(page)).toHaveText("54 discrepancies");
  await expect(bar.getByLabel("Classification")).toHaveValue("conflict");
  await expect(rows(page).locator(".verdict").first()).toHaveText("Conflict");
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 900 });
  expect((await overflowOf(page)).overflow).toBe(0);
});

test("a forged cursor gives the first page and a filter outside its list is refused with a message", async ({
  page,
}) => {
  await signIn(page, "viewer", "/discrepancies");
  await page.goto(`/discrepancies?q=${marker}`);
  const firstPage = await rows(page).getByRole("link").allTextContents();
  expect(firstPage).toHaveLength(50);
  for (const cursor of ["forged", "eyJkIjoibmV4dCIsInQiOiJ4IiwiaWQiOiJ5In0", "%00%ff", "x".repeat(2000)]) {
    const response = await page.goto(`/discrepancies?q=${marker}&cursor=${encodeURIComponent(cursor)}`);
    expect(response?.status(), cursor).toBe(200);
    expect(await rows(page).getByRole("link").allTextContents()).toEqual(firstPage);
  }

  const response = await page.goto(`/discrepancies?q=${marker}&verdict=agree&status=sideways&outlet=Nowhere+Times`);
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "Some filters were left out" });
  await expect(alert).toContainText("Classification: choose one from the list.");
  await expect(alert).toContainText("Status: choose one from the list");
  await expect(alert).toContainText("Outlet: no outlet has that name");
  // The words still apply; the refused filters do not.
  await expect(total(page)).toHaveText("54 discrepancies");

  // How big the page is with its 50 discrepancies (a figure for the notes, not a timing).
  const html = await page.request.get(`/discrepancies?q=${marker}`);
  const all = await page.request.get(`/discrepancies`);
  if (SHOTS) writeFileSync(path.join(SHOTS, "discrepancies.html"), await html.body());
  console.info(
    `[lists] discrepancy page HTML: ${(await html.body()).length} bytes with 50 of 54 test facts; ${(await all.body()).length} bytes unfiltered`,
  );
});
