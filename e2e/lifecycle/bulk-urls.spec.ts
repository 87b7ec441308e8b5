import { expect, test } from "@playwright/test";
import { seriousViolations } from "../a11y/pages";
import { signIn, unique } from "../support";
import { articlePage, startLocalSite, type LocalSite } from "./local-site";

// The bulk import of web addresses: typed one a line and sent as a .txt list,
// each fetched in the background; the report says which came in and why each
// other did not, while the rest goes in.

let site: LocalSite;
test.beforeAll(async () => {
  site = await startLocalSite();
});
test.afterAll(async () => {
  await site.close();
});

test("a list of addresses is fetched address by address, with a report of each failure", async ({ page }, testInfo) => {
  const titles = [unique("Combats de la nuit"), unique("Le bilan révisé")];
  const outlet = unique("La Dépêche du Caucase");
  for (const [i, title] of titles.entries()) {
    site.set(
      `/depeche/${i}`,
      articlePage({
        title,
        outlet,
        paragraphs: [
          `Selon le ministère, ${200 + i} soldats ont été tués lors des combats de la nuit, a indiqué un porte-parole.`,
        ],
      }),
    );
  }
  await signIn(page, "editor", "/articles/new/bulk");
  await page.getByLabel("Web addresses").fill(`${site.url("/depeche/0")}\n\n# a comment\n${site.url("/disparu")}\n`);
  await expect(page.getByText("2 addresses")).toBeVisible();
  await page.getByLabel("List of addresses (.txt, one a line)").setInputFiles({
    name: "adresses.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`${site.url("/depeche/1")}\r\nmailto:redaction@example.org\r\n`),
  });
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("bulk-urls-1400.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("bulk-urls-390.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.getByRole("button", { name: "Import", exact: true }).click();

  await expect(page).toHaveURL(/\/articles\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("status").filter({ hasText: "Finished." })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("4 of 4 processed (files and web addresses): 2 imported, 2 failed")).toBeVisible();
  const report = page.getByRole("table");
  await expect(report.getByRole("row").filter({ hasText: site.url("/depeche/0") })).toContainText(titles[0] as string);
  await expect(report.getByRole("row").filter({ hasText: site.url("/depeche/1") })).toContainText(titles[1] as string);
  const missing = report.getByRole("row").filter({ hasText: site.url("/disparu") });
  await expect(missing).toContainText("Fetch failed");
  await expect(missing).toContainText("answers 404");
  await expect(report.getByRole("row").filter({ hasText: "mailto:" })).toContainText("only http:// and https://");
  await page.screenshot({ path: testInfo.outputPath("bulk-urls-report-1400.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("bulk-urls-report-390.png"), fullPage: true });
  await page.setViewportSize({ width: 1400, height: 1000 });

  // Each address came in with its archived page.
  await report.getByRole("link", { name: titles[0] as string }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[0] as string);
  await page.getByRole("link", { name: "Archived page" }).click();
  await expect(page.locator(".lc-archive-notice")).toContainText(site.url("/depeche/0"));

  // Nothing to import is refused before anything is sent.
  await page.goto("/articles/new/bulk");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Choose" })).toHaveText(
    "Choose at least one file, or give at least one web address.",
  );
});
