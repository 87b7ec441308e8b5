import { expect, test } from "@playwright/test";
import { signIn, unique } from "../support";

// A fact's history names what changed as an editor does and shows values as
// they read, in the interface's language: never a column name.

test("the history of a fact reads in editors' words, in English and in French", async ({ page, baseURL }) => {
  const label = unique("Bilan des combats");
  await signIn(page, "editor", "/facts");
  await page.getByLabel("New fact").fill(label);
  await page.getByRole("button", { name: "Create fact" }).click();
  await expect(page.getByRole("heading", { name: label })).toBeVisible();
  await page.getByRole("combobox", { name: "Status" }).selectOption("resolved");
  await page.getByLabel(/^Resolution note/).fill("Confirmé par deux sources.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Confirmé par deux sources.").first()).toBeVisible();
  await page.reload();

  const status = page.getByRole("region", { name: "Status" });
  await status.getByText("History").click();
  const history = status.locator("details.history");
  await expect(history.getByText(/^Created by Camille Editor \(demo\), \d+ \w+ \d{4} at \d\d:\d\d UTC$/)).toBeVisible();
  await expect(history.getByText(/^Changed by Camille Editor/)).toBeVisible();
  await expect(history.getByRole("listitem").filter({ hasText: /^Status: open → resolved$/ })).toBeVisible();
  await expect(
    history.getByRole("listitem").filter({ hasText: /^Resolution note: — → Confirmé par deux sources\.$/ }),
  ).toBeVisible();
  await expect(history).not.toContainText("resolution_note");

  // The same history in French (a cookie: the demo account's own choice stays unset).
  await page.context().addCookies([{ name: "recoupe-locale", value: "fr", url: baseURL ?? "" }]);
  await page.reload();
  const statut = page.locator("details.history").last();
  await statut.locator("summary").click();
  await expect(statut.getByRole("listitem").filter({ hasText: /^Statut : ouvert → résolu$/ })).toBeVisible();
  await expect(
    statut.getByText(/^Modification par Camille Editor \(demo\), le \d+ \S+ \d{4} à \d\d:\d\d UTC/),
  ).toBeVisible();
});
