import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn, unique, type Role } from "../support";
import { appPages, overflowOf, seriousViolations, type AppPage } from "./pages";

// Every page, for every role: no serious or critical axe-core violation at a
// desktop width and at a phone's 390 px (header menu open), and nothing wider
// than the phone's screen. No rule is turned off. RECOUPE_SCREENSHOTS=<dir>
// also saves a full-page screenshot of each page at 390, 768 and 1400 px.

const SHOTS = process.env.RECOUPE_SCREENSHOTS;
const WIDTHS = [1400, 768, 390] as const;

async function visit(page: Page, target: AppPage) {
  await page.goto(target.path);
  await page.waitForLoadState("networkidle");
}

/** Something in the bin (an article of this test's own, with a claim), so that its table is checked too. */
async function putSomethingInTheBin(page: Page) {
  const title = unique("Bilan provisoire");
  await page.goto("/articles/new");
  await page.getByLabel("Outlet").fill("Le Courrier des tests");
  await page.getByLabel("Published on").fill("2022-10-31");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill("Le bilan s'élève à 6 500 morts au 31 octobre 2022, soit 2,5 % de plus.");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await page
    .getByRole("region", { name: "Suggested claims" })
    .getByRole("button", { name: /^Accept 6 500/ })
    .click();
  await expect(
    page.getByRole("region", { name: "Claims in this article" }).getByRole("button", { name: "6 500" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Delete article" }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^Delete article/ })
    .click();
  await expect(page).toHaveURL(/\/articles$/);
}

async function openMenuIfFolded(page: Page) {
  const menu = page.locator(".menu-button");
  if (await menu.isVisible()) await menu.click();
}

for (const role of ["admin", "editor", "viewer", "signed out"] as const) {
  test(`every page is accessible and fits a phone, ${role === "signed out" ? role : `as ${role}`}`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    if (role !== "signed out") await signIn(page, role as Role);
    if (role === "editor") await putSomethingInTheBin(page);
    // The viewer sees the app in French (a cookie: the demo account's own choice stays unset).
    if (role === "viewer") await page.context().addCookies([{ name: "recoupe-locale", value: "fr", url: page.url() }]);
    const pages = await appPages(page, role);
    const found: string[] = [];
    const summary: string[] = [];
    for (const target of pages) {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 1000 });
        await visit(page, target);
        // The history of what is on the page, opened, so that its lines are checked too.
        for (const history of await page.locator("details.history").all()) {
          await history.locator("summary").click();
        }
        await expect(page.locator("details.history [data-loading]")).toHaveCount(0);
        if (width === 768 && !SHOTS) continue; // only looked at, not scanned
        if (width === 390) {
          const { overflow, widest } = await overflowOf(page);
          if (overflow > 0) found.push(`${target.name} at 390 px: ${overflow}px too wide (${widest.join(", ")})`);
          await openMenuIfFolded(page);
        }
        if (SHOTS) {
          const dir = path.join(SHOTS, String(width));
          mkdirSync(dir, { recursive: true });
          const file = `${role.replace(" ", "-")}-${target.name.replace(/[^a-z0-9]+/gi, "-")}.png`;
          await page.screenshot({ path: path.join(dir, file), fullPage: true });
        }
        if (width === 768) continue;
        const violations = await seriousViolations(page);
        summary.push(`${target.name} @${width}: ${violations.length} serious/critical`);
        for (const v of violations) {
          found.push(`${target.name} at ${width} px: ${v.impact} ${v.rule} (${v.help}) at ${v.targets.join(" | ")}`);
        }
      }
    }
    await testInfo.attach("axe summary", { body: summary.join("\n"), contentType: "text/plain" });
    console.log(`[a11y] ${role}\n  ${summary.join("\n  ")}`);
    expect(found).toEqual([]);
  });
}

test("the check finds what it looks for: a text too faint and a page too wide", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/sign-in");
  // Hydration may still replace the page's nodes after load: the faint, wide
  // paragraph is put back until the checks see it.
  await expect(async () => {
    await page.evaluate(() => {
      if (document.getElementById("planted-faint")) return;
      const p = document.createElement("p");
      p.id = "planted-faint";
      p.textContent = "Barely readable";
      p.style.color = "#bbbbbb";
      p.style.width = "600px";
      document.querySelector("main")?.append(p);
    });
    expect((await seriousViolations(page)).map((v) => v.rule)).toContain("color-contrast");
    expect((await overflowOf(page)).overflow).toBeGreaterThan(0);
  }).toPass({ timeout: 30_000 });
});
