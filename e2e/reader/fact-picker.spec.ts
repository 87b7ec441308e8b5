import { expect, test, type Page } from "@playwright/test";
import { appDatabase, selectWithMouse, signIn, unique } from "../support";

async function importArticle(page: Page, title: string, paragraphs: string[]) {
  await page.goto("/articles/new");
  await page.getByLabel("Outlet").fill(unique("Le Picoreur"));
  await page.getByLabel("Published on").fill("2023-09-28");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(paragraphs.join("\n\n"));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
}

test("the fact picker finds a fact by words of its label, accents aside, with the keyboard alone", async ({ page }) => {
  const place = unique("Goris").replace(" ", "");
  const label = `Réfugiés arrivés à ${place}`;
  const first = `Plus de 6 650 réfugiés sont arrivés à ${place} en une journée`;
  const second = `Au total, 28 000 réfugiés sont arrivés dans la région de ${place}`;
  await signIn(page, "editor");
  await importArticle(page, unique("Exode vers l'Arménie"), [
    `${first}, selon les autorités locales.`,
    `${second}, a précisé le gouvernement mercredi.`,
  ]);

  // A new fact, created from the picker.
  await selectWithMouse(page, first);
  let form = page.getByRole("form", { name: "Tag a claim" });
  const picker = form.getByRole("combobox", { name: "Fact" });
  await picker.fill(label);
  await expect(form.getByRole("option", { name: `New fact: «${label}»` })).toBeVisible();
  await picker.press("ArrowDown"); // the search found nothing: the only option is the new fact
  await picker.press("Enter");
  await expect(form.getByLabel("New fact")).toHaveValue(label);
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(form).toBeHidden();

  // The same fact found again, typed without accents, chosen with ↓ and Enter.
  await selectWithMouse(page, second);
  form = page.getByRole("form", { name: "Tag a claim" });
  const again = form.getByRole("combobox", { name: "Fact" });
  await again.focus();
  await again.pressSequentially(`refugies ARRIVES ${place.toLowerCase()}`, { delay: 20 });
  const option = form.getByRole("option", { name: new RegExp(label) });
  await expect(option).toBeVisible();
  await expect(again).toHaveAttribute("aria-expanded", "true");
  // Escape closes the list without closing the form; ↓ opens it again.
  await again.press("Escape");
  await expect(again).toHaveAttribute("aria-expanded", "false");
  await expect(form).toBeVisible();
  await again.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(again).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id")) ?? "");
  await again.press("Enter");
  await expect(form.getByText(`Joins: ${label}`)).toBeVisible();
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(form).toBeHidden();

  const sql = appDatabase();
  try {
    const rows = await sql<{ label: string; claims: number }[]>`
      SELECT f.label, count(c.id)::int AS claims FROM facts f JOIN claims c ON c.fact_id = f.id
      WHERE f.label = ${label} GROUP BY f.label`;
    expect(rows).toEqual([{ label, claims: 2 }]);
  } finally {
    await sql.end();
  }

  // Nothing matches: the picker says so.
  await selectWithMouse(page, "a précisé le gouvernement mercredi");
  form = page.getByRole("form", { name: "Tag a claim" });
  await form.getByRole("combobox", { name: "Fact" }).fill(`zzz ${place} introuvable`);
  await expect(form.getByText(`No fact matches «zzz ${place} introuvable».`).first()).toBeVisible();
});
