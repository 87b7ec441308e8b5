import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { appDatabase, selectWithMouse, signIn, unique } from "../support";

test("an editor imports an article, tags a figure by selecting it, joins a seed fact, writes a note and exports the reports", async ({
  page,
}) => {
  const outlet = unique("Le Courrier");
  const title = unique("Bilan de la guerre de 2020");
  const note = unique("Le Courrier cite un décompte de l'ONU : à vérifier");
  const passage = "Au moins 6 600 personnes ont été tuées pendant les six semaines de combats";

  await signIn(page, "editor");

  // Import.
  await page.getByRole("link", { name: "Import an article" }).click();
  await page.getByLabel("Outlet").fill(outlet);
  await page.getByLabel("Published on").fill("2022-11-02");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Article text")
    .fill(
      [
        "Partager cet article",
        "",
        `${passage}, selon un décompte publié mardi par les Nations unies.`,
        "",
        "Les négociations reprendront à Bruxelles le 15 novembre, a indiqué la présidence du Conseil européen.",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("Article imported.")).toBeVisible();
  await expect(page.locator(".article-text")).not.toContainText("Partager cet article");

  // Tag by selecting the passage with the mouse; the form opens pre-filled.
  await selectWithMouse(page, passage);
  const form = page.getByRole("form", { name: "Tag a claim" });
  await expect(form).toBeVisible();
  await expect(form.getByLabel("Figure as written")).toHaveValue("Au moins 6 600");
  await expect(form.getByLabel("From (lower bound)", { exact: true })).toHaveValue("6600");
  const fact = "People killed in the 2020 Nagorno-Karabakh war";
  // The fact picker lists the most likely facts first (scale-search: combobox instead of a select).
  await form.getByRole("combobox", { name: "Fact" }).focus();
  await expect(form.getByRole("listbox").getByRole("option").first()).toContainText(fact);
  await form
    .getByRole("option", { name: new RegExp(fact) })
    .first()
    .click();
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(form).toBeHidden();
  const claims = page.getByRole("region", { name: "Claims in this article" });
  await expect(claims.getByRole("link", { name: fact })).toBeVisible();

  // What was stored: the quote at its offsets (code points) in the article text.
  const sql = appDatabase();
  try {
    const [row] = await sql<
      { quote_exact: string; at_offsets: string; figure: string; lower: number; upper: number | null; fact: string }[]
    >`
      SELECT c.quote_exact, substr(a.text, c.quote_start + 1, c.quote_end - c.quote_start) AS at_offsets,
             c.figure, c.lower, c.upper, f.label AS fact
      FROM claims c JOIN articles a ON a.id = c.article_id JOIN facts f ON f.id = c.fact_id
      WHERE a.title = ${title}`;
    expect(row).toMatchObject({
      quote_exact: passage,
      at_offsets: passage,
      figure: "Au moins 6 600",
      lower: 6600,
      upper: null,
      fact,
    });
  } finally {
    await sql.end();
  }

  // The fact page shows it beside the seed claims.
  await claims.getByRole("link", { name: fact }).click();
  await expect(page.getByRole("heading", { name: fact })).toBeVisible();
  for (const [name, figure] of [
    ["Euronews", "6 500"],
    ["AP (traduction française)", "Plus de 6 700"],
    [outlet, "Au moins 6 600"],
  ] as const) {
    const column = page.getByRole("region", { name, exact: true });
    await expect(column.locator("blockquote mark")).toHaveText(figure);
  }
  await expect(page.locator(".verdict").first()).toHaveText(/conflict/i);

  // A note on the fact.
  const notes = page.getByRole("region", { name: "Notes on the fact" });
  await notes.getByLabel("Add a note").fill(note);
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText(note)).toBeVisible();

  // Reports for this fact, as Markdown and CSV.
  await page.getByRole("link", { name: "Discrepancies" }).click();
  await page.getByRole("checkbox", { name: `Select ${fact}` }).check();
  const [markdown] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Markdown" }).click(),
  ]);
  const md = await readFile((await markdown.path()) as string, "utf8");
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  expect(md).toContain(`## ${fact}`);
  for (const text of [
    "| Euronews | 2022-10-31 | 6 500 |",
    "Plus de 6 700",
    `| ${outlet} | 2022-11-02 | Au moins 6 600 |`,
    note,
    passage,
  ]) {
    expect(md).toContain(text);
  }

  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "CSV", exact: true }).click(),
  ]);
  const csv = await readFile((await csvDownload.path()) as string, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).trim().split("\r\n");
  expect(rows[0]).toMatch(/^fact_id,fact,fact_status,classification,/);
  const claimRows = rows.slice(1).filter((r) => r.includes(fact));
  expect(claimRows.length).toBe(4); // RT France, Euronews, AP and the new one
  expect(csv).toContain(outlet);
  expect(csv).toContain(note);
});
