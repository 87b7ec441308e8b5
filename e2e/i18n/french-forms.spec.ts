import { expect, test, type Browser } from "@playwright/test";
import { overflowOf } from "../a11y/pages";
import { appDatabase, createAccount, signInInFrench, unique } from "../support";

// What a French editor reads on the forms around an import: the article's
// language named in French, sizes in French units, a missing date said as
// missing (the rest of the form kept), a duplicate story and a resolution
// without its note refused in French, and a batch's report that fits a phone.

async function frenchPage(browser: Browser) {
  const account = await createAccount(browser, {
    name: "Lou Vérificatrice",
    domain: "french-forms.test",
    password: "un-mot-de-passe-assez-long",
  });
  return signInInFrench(browser, account);
}

const spaced = (s: string | null) => (s ?? "").replace(/[\u202f\u00a0]/g, " ");

test("a French editor's import and fact forms speak French, keep what was typed and refuse in French", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await frenchPage(browser);
  await page.goto("/articles/new");
  const language = page.getByLabel("Langue", { exact: true });
  await expect(language.locator("option")).toHaveText(["Français", "Anglais"]);
  expect(spaced(await page.getByText(/^\.txt, \.md ou \.html, jusqu/).textContent())).toContain("5,0 Mo");

  // No outlet, no date: each said in French, the title and the text kept.
  const title = unique("Bilan revu");
  const text = `Le bilan de la guerre de 2020 ${unique("dépasse")} 6 700 morts, selon les autorités.`;
  await page.getByLabel(/^Titre/).fill(title);
  await page.getByLabel(/^Texte de l’article/).fill(text);
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("alert").first()).toHaveText("Certains champs sont à revoir.");
  await expect(page.getByText("La date de publication manque.")).toBeVisible();
  await expect(page.getByText(/AAAA-MM-JJ/)).toHaveCount(0);
  await expect(page.getByLabel(/^Titre/)).toHaveValue(title);
  await expect(page.getByLabel(/^Texte de l’article/)).toHaveValue(text);

  const outlet = unique("La Voix du Lac");
  await page.getByLabel("Média").fill(outlet);
  await page.getByLabel("Publié le").fill("2023-10-02");
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const articleId = new URL(page.url()).pathname.split("/")[2] as string;

  // The text as imported names its format in French.
  await page.goto(`/articles/${articleId}/source`);
  await expect(page.getByText(/^Exactement tel qu’importé \(Texte brut\)\./)).toBeVisible();

  // The same story again: refused in French, naming the article already there.
  await page.goto("/articles/new");
  await page.getByLabel("Média").fill(unique("Autre média"));
  await page.getByLabel("Publié le").fill("2023-10-03");
  await page.getByLabel(/^Texte de l’article/).fill(text);
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  // Pasted text has no title of its own.
  await expect(page.getByText("Indiquez le titre de l’article (le fichier n’en donne pas).").first()).toBeVisible();
  await page.getByLabel(/^Titre/).fill(unique("Le même bilan"));
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("alert").first()).toHaveText(
    `Cet article est déjà dans Recoupe : « ${title} » (${outlet}, 2023-10-02).`,
  );

  // A fact of this test's own, resolved without a note: refused in French.
  const sql = appDatabase();
  const [fact] = await sql<{ id: string }[]>`
    INSERT INTO facts (label, kind) VALUES (${unique("Morts de la guerre, bilan")}, 'count') RETURNING id`.finally(() =>
    sql.end(),
  );
  await page.goto(`/facts/${fact!.id}`);
  const statusForm = page.locator("form").filter({ has: page.getByLabel("Statut", { exact: true }) });
  await statusForm.getByLabel("Statut", { exact: true }).selectOption("resolved");
  await statusForm.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(
    page.getByText("Indiquez comment l’écart a été résolu avant de marquer le fait comme résolu.").first(),
  ).toBeVisible();
  await expect(statusForm.getByLabel("Statut", { exact: true })).toHaveValue("resolved");
});

test("a French editor's bulk import report gives sizes in French units, one card per file on a phone", async ({
  browser,
}) => {
  const page = await frenchPage(browser);
  await page.goto("/articles/new/bulk");
  await expect(page.getByLabel("Langue", { exact: true }).locator("option")).toHaveText([
    "(déduite du texte)",
    "Français",
    "Anglais",
  ]);
  await page.getByLabel("Média").fill(unique("Lot du Matin"));
  await page.getByLabel("Publié le").fill("2023-10-02");
  const body = `${unique("Bilan du lot")}\n\nPlus de 100 000 réfugiés sont arrivés en Arménie, selon le gouvernement.`;
  await page.locator('input[type="file"][name="files"]').setInputFiles([
    { name: "depeche.txt", mimeType: "text/plain", buffer: Buffer.from(body) },
    { name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") },
  ]);
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page).toHaveURL(/\/articles\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Terminé.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/2 traités sur 2 .*: 1 importé, 1 en échec/)).toBeVisible();
  const pdfRow = page.locator("tr", { hasText: "notes.pdf" });
  expect(spaced(await pdfRow.locator("td").nth(1).textContent())).toBe("8 octets");

  await page.setViewportSize({ width: 390, height: 844 });
  expect((await overflowOf(page)).overflow).toBeLessThanOrEqual(0);
  // The reason is read in full on the card, not cut off at the screen's edge.
  const reason = pdfRow.locator("td").nth(3);
  const box = await reason.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await expect(reason).toContainText("Type non pris en charge");
});
