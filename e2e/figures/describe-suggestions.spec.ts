import { expect, test } from "@playwright/test";
import { signIn, unique } from "../support";

// The reader lists the figures Recoupe found with their reading, said as a person says them:
// durations in the unit they were written in, quantities in kilometres, ranges with their ends.
test("suggested figures of a French article are read and described as people say them", async ({ page }) => {
  const title = unique("Couloir humanitaire");
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Outlet").fill(unique("La Gazette du Caucase"));
  await page.getByLabel("Published on").fill("2022-09-13");
  await page.getByLabel("Language").selectOption("fr");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Article text")
    .fill(
      "L'armée a ouvert un couloir de 5 kilomètres pour les civils. Environ 28000 à 30000 personnes l'ont emprunté " +
        "en moins de deux heures, après six semaines de siège. Pachinian et Aliev, tous deux présents, ont salué l'accord.",
    );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  const suggestions = page.getByRole("region", { name: "Suggested claims" });
  await expect(suggestions.getByText("5\u00a0km", { exact: true })).toBeVisible();
  await expect(suggestions.getByText("between 28,000 and 30,000 (about 29,000 people)")).toBeVisible();
  await expect(suggestions.getByText("less than two hours", { exact: true })).toBeVisible();
  await expect(suggestions.getByText("six weeks", { exact: true })).toBeVisible();
  // "tous deux" is "both", not a count of two.
  await expect(suggestions.getByText("deux", { exact: true })).toHaveCount(0);
  // A quantity becomes a claim like any figure, in SI units.
  await suggestions.getByRole("button", { name: "Accept 5 kilomètres" }).click();
  const claims = page.getByRole("region", { name: "Claims in this article" });
  await expect(claims.getByRole("button", { name: "5 kilomètres" })).toBeVisible();
  await expect(claims.getByText("5\u00a0km", { exact: true })).toBeVisible();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.screenshot({ path: test.info().outputPath("reader-1400.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("reader-390.png"), fullPage: true });
});
