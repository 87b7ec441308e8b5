import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../support";

const FACT = "People killed in the 2020 Nagorno-Karabakh war";

async function openFact(page: Page) {
  await signIn(page, "viewer", "/facts");
  await page.getByRole("link", { name: FACT, exact: true }).click();
  await expect(page.getByRole("heading", { name: FACT })).toBeVisible();
}

/** The y of a figure written on the picture (in the SVG's own units). */
async function figureY(page: Page, svg: string, figure: RegExp): Promise<number> {
  const y = await page.locator(`${svg} text.figure`, { hasText: figure }).first().getAttribute("y");
  return Number(y);
}

test("the 2020 toll's picture shows the gap between 6 500 and more than 6 700, both written on it", async ({
  page,
}, testInfo) => {
  await openFact(page);
  await expect(page.locator(".page-head .verdict")).toHaveText(/conflict/i);
  const picture = page.locator("figure.fact-picture svg.wide");
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute("aria-label", /6\s500 \(Euronews\).*Plus de 6\s700 \(AP/);
  await expect(picture.locator("text.figure", { hasText: /^6\s500$/ })).toBeVisible();
  await expect(picture.locator("text.figure", { hasText: /^Plus de 6\s700$/ })).toBeVisible();
  await expect(picture.locator("text.figure", { hasText: /^plus de 800$/ })).toBeVisible();
  // A running total over time: the final tolls share one column, the axis is broken
  // below them, and 6 500 and 6 700 stand well apart (not squashed against 800).
  await expect(picture.locator("text", { hasText: "final figures" })).toBeVisible();
  await expect(picture.locator("path.break")).toHaveCount(1);
  const gap = (await figureY(page, "svg.wide", /^6\s500$/)) - (await figureY(page, "svg.wide", /^Plus de 6\s700$/));
  expect(gap).toBeGreaterThan(60);
  // Its text alternative: the same values as a table.
  await page.getByText("The same values as a table").click();
  const table = page.locator(".picture-table table");
  await expect(table.getByRole("row", { name: /Euronews 6\s500/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /AP \(traduction française\) Plus de 6\s700/ })).toBeVisible();
  await testInfo.attach("fact-2020-toll-1400", {
    body: await page.locator("figure.fact-picture").screenshot(),
    contentType: "image/png",
  });

  // The word diff puts the conflicting pair first, with both figures marked.
  const wording = page.locator(".wording .diff-pair").first();
  await expect(wording.locator(".verdict")).toHaveText(/conflict/i);
  const figures = await wording.locator("mark.diff-figure").evaluateAll((marks) =>
    marks.map((m) => {
      const seen = m.cloneNode(true) as HTMLElement;
      for (const hidden of seen.querySelectorAll(".visually-hidden")) hidden.remove();
      return seen.textContent?.replace(/\s/g, " ");
    }),
  );
  expect(figures).toEqual(["6 500", "Plus de 6 700"]);
  // Named for screen readers too, not by colour alone.
  await expect(wording.locator("mark.diff-figure").first()).toContainText("figure:");
  await expect(wording.locator(".diff-only").first()).toContainText("only in Euronews:");
});

test("on a phone the picture is laid out for its width, its text still legible", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await openFact(page);
  const narrow = page.locator("figure.fact-picture svg.narrow");
  await expect(narrow).toBeVisible();
  await expect(page.locator("figure.fact-picture svg.wide")).toBeHidden();
  const box = await narrow.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(390);
  // Drawn at about its own size: 13 px figures stay about 13 px.
  const viewBox = (await narrow.getAttribute("viewBox"))?.split(" ").map(Number) ?? [];
  expect((box?.width ?? 0) / (viewBox[2] ?? 1)).toBeGreaterThan(0.85);
  await expect(narrow.locator("text.figure", { hasText: /^6\s500$/ })).toBeVisible();
  await expect(narrow.locator("text.figure", { hasText: /^Plus de 6\s700$/ })).toBeVisible();
  await testInfo.attach("fact-2020-toll-390", {
    body: await page.locator("figure.fact-picture").screenshot(),
    contentType: "image/png",
  });
});
