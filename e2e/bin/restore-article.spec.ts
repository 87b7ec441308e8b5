import { expect, test } from "@playwright/test";
import { appDatabase, signIn, unique } from "../support";

test("deleting an article asks first, says how many claims go with it, and the bin restores it with its claims", async ({
  page,
}) => {
  const title = unique("Trêve rompue");
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Outlet").fill("Ouest-France");
  await page.getByLabel("Published on").fill("2020-10-18");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Article text")
    .fill(
      "La trêve conclue le 17 octobre a été rompue au bout de quatre heures, selon Erevan. Plus de 30 civils ont été blessés.",
    );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const suggestions = page.getByRole("region", { name: "Suggested claims" });
  await suggestions.getByRole("button", { name: "Accept Plus de 30" }).click();
  await expect(
    page.getByRole("region", { name: "Claims in this article" }).getByRole("button", { name: "Plus de 30" }),
  ).toBeVisible();
  await suggestions.getByRole("button", { name: "Accept 17 octobre" }).click();
  await expect(
    page.getByRole("region", { name: "Claims in this article" }).getByRole("button", { name: "17 octobre" }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Delete article" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this article?" });
  await expect(dialog).toContainText("Its 2 claims and their notes go to the bin with it.");
  await dialog.getByRole("button", { name: "Delete article and 2 claims" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  await page.getByRole("link", { name: "Bin" }).click();
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("2 claims");
  await row.getByRole("button", { name: /Restore/ }).click();
  await expect(row).toHaveCount(0);

  await page.getByRole("link", { name: "Articles" }).click();
  await page.getByRole("link", { name: title }).click();
  const claims = page.getByRole("region", { name: "Claims in this article" });
  await expect(claims.getByRole("button", { name: "Plus de 30" })).toBeVisible();
  await expect(claims.getByRole("button", { name: "17 octobre" })).toBeVisible();

  const sql = appDatabase();
  try {
    const actions = await sql<{ action: string }[]>`
      SELECT r.action FROM revisions r JOIN articles a ON a.id = r.entity_id WHERE a.title = ${title} ORDER BY r.id`;
    expect(actions.map((a) => a.action)).toEqual(["create", "delete", "restore"]);
  } finally {
    await sql.end();
  }
});
