import { expect, test } from "@playwright/test";
import { appDatabase, signIn, unique } from "../support";

test("the reader lists the lines left out at import, and one put back goes where it stood, the claims after it kept", async ({
  page,
}) => {
  const title = unique("Le sommet et ses légendes");
  const before = "Le président russe a reçu lundi les deux dirigeants à Sotchi, a annoncé le Kremlin.";
  const caption = "À lire aussi : Le sommet de Sotchi du 31 octobre 2022";
  const after = "Plus de 200 soldats ont été tués en septembre, selon le gouvernement arménien.";
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Outlet").fill(unique("L'Observateur"));
  await page.getByLabel("Published on").fill("2022-10-31");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Article text")
    .fill(["Partager cet article", "", before, "", caption, "", after, "", "Tous droits réservés AFP"].join("\n"));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const text = page.locator(".article-text");
  await expect(text).not.toContainText("À lire aussi");

  // A claim after the line to put back, accepted from the suggestions.
  const suggestions = page.getByRole("region", { name: "Suggested claims" });
  await suggestions.getByRole("button", { name: "Accept Plus de 200" }).click();
  const claims = page.getByRole("region", { name: "Claims in this article" });
  await expect(claims.getByRole("button", { name: "Plus de 200" })).toBeVisible();

  // The left-out lines are listed.
  const leftOut = page.getByRole("region", { name: "Lines left out at import" });
  await leftOut.getByText("Left out at import").click();
  for (const line of ["Partager cet article", caption, "Tous droits réservés AFP"]) {
    await expect(leftOut.getByText(line, { exact: true })).toBeVisible();
  }

  // Put the teaser back: it returns between the two paragraphs.
  await leftOut.getByRole("button", { name: `Put back «${caption}»` }).click();
  await expect(leftOut.getByText(caption, { exact: true })).toBeHidden();
  await expect(text).toContainText(caption);

  const sql = appDatabase();
  try {
    const [article] = await sql<{ text: string; left_out: string[] }[]>`
      SELECT text, left_out FROM articles WHERE title = ${title}`;
    expect(article?.text).toBe(`${before}\n\n${caption}\n\n${after}`);
    expect(article?.left_out).toEqual(["Partager cet article", "Tous droits réservés AFP"]);
    const rows = await sql<{ quote_exact: string; at_offsets: string; figure: string; figure_at: string }[]>`
      SELECT c.quote_exact, substr(a.text, c.quote_start + 1, c.quote_end - c.quote_start) AS at_offsets,
             c.figure, substr(a.text, c.figure_start + 1, c.figure_end - c.figure_start) AS figure_at
      FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.title = ${title}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.at_offsets).toBe(rows[0]?.quote_exact);
    expect(rows[0]?.figure_at).toBe("Plus de 200");
  } finally {
    await sql.end();
  }

  // The claim is still highlighted on its words, and the restored line's date is offered.
  await expect(text.locator("mark[data-claim-stop]")).toContainText("Plus de 200");
  await expect(suggestions.getByText("31 octobre 2022", { exact: true })).toBeVisible();
});
