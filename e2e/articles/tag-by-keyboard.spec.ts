import { expect, test } from "@playwright/test";
import { appDatabase, readerKeysReady, signIn, unique } from "../support";

test("a passage chosen with the keyboard stops at its paragraph's edges, says so, and saves", async ({ page }) => {
  const title = unique("Deux paragraphes");
  const first = "Selon un nouveau bilan, 286 personnes ont été tuées lors des combats de septembre.";
  const second = "Les deux pays se sont engagés à ne pas recourir à la force, a indiqué le Kremlin lundi.";
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Outlet").fill(unique("Le Veilleur"));
  await page.getByLabel("Published on").fill("2022-10-31");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(`${first}\n\n${second}`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await readerKeysReady(page);

  // "/" finds a passage; Enter selects it and puts the focus in the text.
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox", { name: "Find a passage to tag" })).toBeFocused();
  await page.keyboard.type("286 personnes");
  await page.keyboard.press("Enter");
  const text = page.locator(".article-text");
  await expect(text).toBeFocused();
  const passage = text.locator("mark.passage");
  const chosen = async () => (await passage.allTextContents()).join("");
  await expect.poll(chosen).toBe("286 personnes");

  // Shift+→ extends the end word by word, but never into the next paragraph.
  for (let i = 0; i < 12; i++) await page.keyboard.press("Shift+ArrowRight");
  const notice = page.locator(".reader-notice");
  await expect(notice).toHaveText(/stops at the end of its paragraph/);
  await expect.poll(chosen).toBe("286 personnes ont été tuées lors des combats de septembre.");

  // Alt+Shift+← moves the start back word by word, to the text's start at most.
  for (let i = 0; i < 6; i++) await page.keyboard.press("Alt+Shift+ArrowLeft");
  await expect.poll(chosen).toBe("Selon un nouveau bilan, 286 personnes ont été tuées lors des combats de septembre.");
  // Shift+← takes back the last word.
  await page.keyboard.press("Shift+ArrowLeft");
  await expect.poll(chosen).toBe("Selon un nouveau bilan, 286 personnes ont été tuées lors des combats de");

  // Enter opens the form, pre-filled; saving works.
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: "Tag a claim" });
  await expect(form.getByLabel("Figure as written")).toHaveValue("286");
  await expect(form.getByLabel("From (lower bound)", { exact: true })).toHaveValue("286");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(form).toBeHidden();

  // A passage in the second paragraph, extended backwards: it stops at that paragraph's start.
  await page.keyboard.press("/");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("ne pas recourir");
  await page.keyboard.press("Enter");
  await expect(text).toBeFocused();
  for (let i = 0; i < 15; i++) await page.keyboard.press("Alt+Shift+ArrowLeft");
  await expect(notice).toHaveText(/starts at the beginning of its paragraph/);
  await expect.poll(chosen).toBe("Les deux pays se sont engagés à ne pas recourir");

  const sql = appDatabase();
  try {
    const rows = await sql<{ quote_exact: string; at_offsets: string }[]>`
      SELECT c.quote_exact, substr(a.text, c.quote_start + 1, c.quote_end - c.quote_start) AS at_offsets
      FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.title = ${title}`;
    expect(rows).toEqual([
      {
        quote_exact: "Selon un nouveau bilan, 286 personnes ont été tuées lors des combats de",
        at_offsets: "Selon un nouveau bilan, 286 personnes ont été tuées lors des combats de",
      },
    ]);
  } finally {
    await sql.end();
  }

  // Claims are reachable from the keyboard: j goes to the claim, Enter opens it.
  await page.keyboard.press("Escape");
  await page.locator("h1").click();
  await page.keyboard.press("j");
  const claimMark = text.locator("mark[data-claim-stop]");
  await expect(claimMark).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("region", { name: "Claims in this article" }).getByRole("button", { name: "Edit" }),
  ).toBeVisible();
});
