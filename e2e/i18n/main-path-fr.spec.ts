import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { appDatabase, createAccount, readerKeysReady, selectWithMouse, signInInFrench, unique } from "../support";

// The main path (import, tag, fact page, export) as a French editor walks it:
// every label they read and click is French, figures are read and written the
// French way, and the verdict and its explanation speak French. The English
// path is e2e/articles/import-and-tag.spec.ts.

async function createFrenchEditor(browser: Browser): Promise<{ email: string; password: string }> {
  return createAccount(browser, {
    name: "Camille Vérificatrice",
    domain: "main-path.test",
    password: "un-mot-de-passe-assez-long",
  });
}

async function importArticle(page: Page, a: { outlet: string; title: string; day: string; text: string[] }) {
  await page.getByRole("link", { name: "Articles", exact: true }).click();
  await page.getByRole("link", { name: "Importer un article" }).click();
  await page.getByLabel("Média").fill(a.outlet);
  await page.getByLabel("Publié le").fill(a.day);
  await page.getByLabel(/^Titre/).fill(a.title);
  await page.getByLabel(/^Texte de l’article/).fill(a.text.join("\n\n"));
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("heading", { name: a.title })).toBeVisible();
  await readerKeysReady(page);
}

test("a French editor imports two articles, tags both figures into one fact and reads the conflict in French", async ({
  browser,
}) => {
  const account = await createFrenchEditor(browser);
  const page = await signInInFrench(browser, account);
  await expect(page).toHaveURL(/\/articles$/);

  const place = unique("Vardenis").replace(" ", "");
  const label = `Réfugiés accueillis à ${place} pendant l’été`;
  const first = {
    outlet: unique("La Gazette du Sud"),
    title: unique("Afflux de réfugiés"),
    day: "2023-09-20",
    passage: `Au moins 1 200 réfugiés ont été accueillis à ${place}`,
  };
  const second = {
    outlet: unique("Le Journal de l’Est"),
    title: unique("La ville déborde"),
    day: "2023-09-20",
    passage: `Environ 950 réfugiés ont été accueillis à ${place}`,
  };

  // First article: imported, its figure tagged with the mouse (the form opens pre-filled), a new fact.
  await importArticle(page, {
    ...first,
    text: [`${first.passage} depuis juillet, selon la mairie.`, "Les écoles rouvriront le 2 octobre."],
  });
  await expect(page.getByText("Article importé.")).toBeVisible();
  await selectWithMouse(page, first.passage);
  let form = page.getByRole("form", { name: "Relever une affirmation" });
  await expect(form).toBeVisible();
  await expect(form.getByLabel("Chiffre tel qu'écrit")).toHaveValue("Au moins 1 200");
  await expect(form.getByLabel("De (borne basse)", { exact: true })).toHaveValue("1200");
  let picker = form.getByRole("combobox", { name: "Fait" });
  await picker.fill(label);
  // Nothing is called so yet: the only option, already active, is a new fact of that name.
  await expect(form.getByRole("option", { name: `Nouveau fait : « ${label} »` })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await picker.press("Enter");
  await expect(form.getByLabel(/^Nouveau fait/)).toHaveValue(label);
  await form.getByRole("button", { name: "Enregistrer l'affirmation" }).click();
  await expect(form).toBeHidden();
  await expect(
    page.getByRole("region", { name: "Affirmations de cet article" }).getByRole("link", { name: label }),
  ).toBeVisible();

  // Second article: the same fact, found by words typed without accents.
  await importArticle(page, {
    ...second,
    text: [`${second.passage} cet été, d'après la préfecture.`, "Un nouveau centre ouvrira en novembre."],
  });
  await selectWithMouse(page, second.passage);
  form = page.getByRole("form", { name: "Relever une affirmation" });
  await expect(form.getByLabel("Chiffre tel qu'écrit")).toHaveValue("Environ 950");
  picker = form.getByRole("combobox", { name: "Fait" });
  await picker.fill(`refugies accueillis ${place}`);
  const found = form.getByRole("option", { name: new RegExp(label) });
  // The best match is the active option: Enter takes it.
  await expect(found).toHaveAttribute("aria-selected", "true");
  await picker.press("Enter");
  await expect(form.getByText(`Rejoint : ${label}`)).toBeVisible();
  await form.getByRole("button", { name: "Enregistrer l'affirmation" }).click();
  await expect(form).toBeHidden();

  // The fact page: both outlets side by side, the conflict and its explanation in French.
  const claims = page.getByRole("region", { name: "Affirmations de cet article" });
  await claims.getByRole("link", { name: label }).click();
  await expect(page.getByRole("heading", { name: label, level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  for (const [outlet, figure] of [
    [first.outlet, "Au moins 1 200"],
    [second.outlet, "Environ 950"],
  ] as const) {
    await expect(page.getByRole("region", { name: outlet, exact: true }).locator("blockquote mark")).toHaveText(figure);
  }
  await expect(page.locator(".verdict").first()).toHaveText(/contradiction/i);
  // Values are described the French way: a thin space between thousands, French words.
  const main = page.getByRole("main");
  await expect(main).toContainText(/au moins 1\u202f200|au moins 1\u00a0200|au moins 1 200/i);
  await expect(main).toContainText("Les deux ne peuvent pas être vrais en même temps.");

  // A note in French, kept with the fact.
  const note = unique("La préfecture compte les arrivées par semaine : à recouper");
  const notes = page.getByRole("region", { name: "Notes sur le fait" });
  await notes.getByLabel("Ajouter une note").fill(note);
  await notes.getByRole("button", { name: "Ajouter la note" }).click();
  await expect(notes.getByText(note)).toBeVisible();

  // The export, from the discrepancy list: the fact ticked, a CSV for French Excel and Markdown, in French.
  await page.getByRole("link", { name: "Divergences" }).click();
  await page.getByLabel("Mots du libellé").fill(label);
  await page.getByRole("button", { name: "Appliquer" }).click();
  await page.getByRole("checkbox", { name: `Sélectionner ${label}` }).check();
  const [excel] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "CSV (Excel, français)" }).click(),
  ]);
  const csv = await readFile((await excel.path()) as string, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(csv.slice(1), { delimiter: ";", columns: true }) as Record<string, string>[];
  expect(rows.map((r) => [r["Fait"], r["Média"], r["Chiffre"]])).toEqual(
    expect.arrayContaining([
      [label, first.outlet, "Au moins 1 200"],
      [label, second.outlet, "Environ 950"],
    ]),
  );
  expect(rows.every((r) => r["Fait"] === label && /contradiction/i.test(r["Verdict"] ?? ""))).toBe(true);
  expect(rows.find((r) => r["Média"] === first.outlet)?.["Date de publication"]).toBe("20/09/2023");
  const [markdown] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Markdown" }).click(),
  ]);
  const md = await readFile((await markdown.path()) as string, "utf8");
  expect(md).toContain(`## ${label}`);
  expect(md).toContain("Les deux ne peuvent pas être vrais en même temps.");
  expect(md).toContain(note);

  const sql = appDatabase();
  try {
    const rows = await sql<{ figure: string; lower: number | null; upper: number | null }[]>`
      SELECT c.figure, c.lower, c.upper FROM claims c JOIN facts f ON f.id = c.fact_id
      WHERE f.label = ${label} AND c.deleted_at IS NULL ORDER BY c.figure`;
    expect(rows.map((r) => r.figure)).toEqual(["Au moins 1 200", "Environ 950"]);
    expect(rows[0]).toMatchObject({ lower: 1200, upper: null });
  } finally {
    await sql.end();
  }
  await page.context().close();
});
