import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn, type Role } from "../support";
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

async function openMenuIfFolded(page: Page) {
  const menu = page.getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) await menu.click();
}

for (const role of ["admin", "editor", "viewer", "signed out"] as const) {
  test(`every page is accessible and fits a phone, ${role === "signed out" ? role : `as ${role}`}`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    if (role !== "signed out") await signIn(page, role as Role);
    const pages = await appPages(page, role);
    const found: string[] = [];
    const summary: string[] = [];
    for (const target of pages) {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 1000 });
        await visit(page, target);
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
