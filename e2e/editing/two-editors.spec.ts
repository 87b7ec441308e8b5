import { expect, test } from "@playwright/test";
import { appDatabase, signIn } from "../support";

const AP_TITLE = "Poutine reçoit les dirigeants arménien et azerbaïdjanais à Sotchi";

test("two editors edit one claim: the second to save is told, sees the other version and keeps their own", async ({
  browser,
}) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  try {
    await signIn(a, "editor");
    await signIn(b, "admin");
    for (const page of [a, b]) {
      await page.getByRole("link", { name: AP_TITLE }).click();
      const claims = page.getByRole("region", { name: "Claims in this article" });
      await claims.getByRole("button", { name: "environ 2 000" }).click();
      await claims.getByRole("button", { name: "Edit" }).click();
      await expect(page.getByRole("form", { name: "Edit claim" })).toBeVisible();
    }

    // The editor saves first.
    const formA = a.getByRole("form", { name: "Edit claim" });
    await formA.getByLabel("Attributed to").fill("Ministère russe de la Défense");
    await formA.getByRole("button", { name: "Save changes" }).click();
    await expect(formA).toBeHidden();

    // The admin, still on the old version, saves something else.
    const formB = b.getByRole("form", { name: "Edit claim" });
    await formB.getByLabel("Attributed to").fill("Kremlin");
    await formB.getByLabel("As of").fill("2022-10-31");
    await formB.getByRole("button", { name: "Save changes" }).click();
    await expect(formB.getByRole("alert").first()).toContainText("Someone else changed this claim");
    await expect(formB.locator(".conflict-box")).toBeVisible();
    // Nothing of theirs is lost: the form still holds what they typed.
    await expect(formB.getByLabel("Attributed to")).toHaveValue("Kremlin");
    await expect(formB.getByLabel("As of")).toHaveValue("2022-10-31");

    const sql = appDatabase();
    try {
      const [row] = await sql<
        { attributed_to: string; version: number }[]
      >`SELECT attributed_to, version FROM claims WHERE seed_key = '001-peacekeepers'`;
      expect(row?.attributed_to).toBe("Ministère russe de la Défense");

      // Having seen the other version, they save theirs over it.
      await formB.getByRole("button", { name: "Keep my changes (save over theirs)" }).click();
      await formB.getByRole("button", { name: "Save changes" }).click();
      await expect(formB).toBeHidden();
      const [after] = await sql<
        { attributed_to: string; version: number }[]
      >`SELECT attributed_to, version FROM claims WHERE seed_key = '001-peacekeepers'`;
      expect(after).toEqual({ attributed_to: "Kremlin", version: (row?.version ?? 0) + 1 });
      const history =
        await sql`SELECT action FROM revisions r JOIN claims c ON c.id = r.entity_id WHERE c.seed_key = '001-peacekeepers' AND r.action = 'update'`;
      expect(history.length).toBeGreaterThanOrEqual(2);
    } finally {
      await sql.end();
    }
  } finally {
    await first.close();
    await second.close();
  }
});
