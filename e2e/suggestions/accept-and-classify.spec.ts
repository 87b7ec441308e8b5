import { expect, test } from "@playwright/test";
import { appDatabase, signIn, unique } from "../support";

test("an editor accepts a suggested figure in one click, attaches it to a fact and reads the classification", async ({
  page,
}) => {
  const title = unique("Clashes on the border");
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Outlet").fill(unique("The Caucasus Wire"));
  await page.getByLabel("Published on").fill("2022-09-16");
  await page.getByLabel("Language").selectOption("en");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Article text")
    .fill(
      "At least 286 people were killed in two days of fighting on the border, officials said on Friday. Share this article",
    );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  // The suggestion list offers the figure with its reading.
  const suggestions = page.getByRole("region", { name: "Suggested claims" });
  await expect(suggestions.getByText("At least 286", { exact: true })).toBeVisible();
  await expect(suggestions.getByText("at least 286 (people)")).toBeVisible();
  await suggestions.getByRole("button", { name: "Accept At least 286" }).click();

  const claims = page.getByRole("region", { name: "Claims in this article" });
  await expect(claims.getByRole("button", { name: "At least 286" })).toBeVisible();
  await expect(suggestions.getByText("At least 286", { exact: true })).toBeHidden();

  const sql = appDatabase();
  try {
    const [claim] = await sql<
      {
        figure: string;
        at_offsets: string;
        lower: number;
        lower_inclusive: boolean;
        upper: number | null;
        counted_key: string;
      }[]
    >`
      SELECT c.figure, substr(a.text, c.figure_start + 1, c.figure_end - c.figure_start) AS at_offsets,
             c.lower, c.lower_inclusive, c.upper, c.counted_key
      FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.title = ${title}`;
    expect(claim).toEqual({
      figure: "At least 286",
      at_offsets: "At least 286",
      lower: 286,
      lower_inclusive: true,
      upper: null,
      counted_key: "people",
    });
    const [suggestion] = await sql<{ status: string }[]>`
      SELECT s.status FROM suggestions s JOIN articles a ON a.id = s.article_id WHERE a.title = ${title} AND s.figure = 'At least 286'`;
    expect(suggestion?.status).toBe("accepted");
  } finally {
    await sql.end();
  }

  // Attach it to the seed fact about the September 2022 toll, by editing.
  await claims.getByRole("button", { name: "At least 286" }).click();
  await claims.getByRole("button", { name: "Edit" }).click();
  const form = page.getByRole("form", { name: "Edit claim" });
  // The fact picker finds the fact by words of its label (scale-search: combobox instead of a select).
  await form.getByRole("combobox", { name: "Fact" }).fill("september 2022 fighting");
  await form.getByRole("option", { name: /People killed in the September 2022 fighting/ }).click();
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form).toBeHidden();
  await claims.getByRole("link", { name: "People killed in the September 2022 fighting" }).click();

  // The fact page says how the claims relate, and why. The new toll is of 16
  // September, during the fighting; the two of 31 October come after it: a
  // running total that grew (evolving), while AP's soldiers are part of
  // Euronews' dead and fit inside them (compatible, narrower scope).
  const classification = page.getByRole("region", { name: "Classification" });
  await expect(page.locator(".page-head .verdict")).toHaveText(/evolving/i);
  await expect(classification).toContainText("A running total until 30 September 2022 at the latest");
  await expect(classification.locator("svg.wide")).toHaveAttribute("aria-label", /over time/);
  const pairs = page.locator("table.list tr");
  const withEuronews = pairs.filter({ hasText: "The Caucasus Wire" }).filter({ hasText: "Euronews:" });
  await expect(withEuronews).toContainText("Evolving");
  await expect(withEuronews).toContainText("at least 286 (people)");
  await expect(withEuronews).toContainText("16 September 2022 and 31 October 2022");
  const withAp = pairs.filter({ hasText: "The Caucasus Wire" }).filter({ hasText: "AP (traduction française):" });
  await expect(withAp).toContainText("Evolving");
  const seedPair = pairs.filter({ hasText: "Euronews:" }).filter({ hasText: "AP (traduction française):" });
  await expect(seedPair).toContainText("Compatible");
  await expect(seedPair).toContainText("Narrower scope: the soldiers that AP (traduction française) counts");
});
