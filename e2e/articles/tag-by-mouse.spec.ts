import { expect, test } from "@playwright/test";
import { appDatabase, selectWithMouse, signIn, unique } from "../support";

test("a mouse selection pre-fills the tag form with the figure, its value and bounds, widened to the whole figure", async ({
  page,
}) => {
  const title = unique("Nouvelle flambée à la frontière");
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Outlet").fill(unique("La Dépêche du Caucase"));
  await page.getByLabel("Published on").fill("2022-10-31");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Article text")
    .fill(
      [
        "Une nouvelle série d’hostilités a éclaté en septembre, lorsque plus de 200 soldats ont été tués des deux côtés.",
        "",
        "Les négociations doivent reprendre le 15 novembre à Bruxelles, selon la présidence du Conseil européen.",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  // The editor drags over "200 soldats ont été tués": the figure is "plus de 200".
  await selectWithMouse(page, "200 soldats ont été tués");
  const form = page.getByRole("form", { name: "Tag a claim" });
  await expect(form).toBeVisible();
  await expect(form.getByText("The passage was widened to take in the whole figure «plus de 200».")).toBeVisible();
  await expect(form.getByLabel("Figure as written")).toHaveValue("plus de 200");
  await expect(form.getByLabel("Kind")).toHaveValue("count");
  await expect(form.getByLabel("From (lower bound)", { exact: true })).toHaveValue("200");
  await expect(form.getByLabel("Is the lower bound included?")).toHaveValue("false");
  await expect(form.getByLabel("To (upper bound)", { exact: true })).toHaveValue("");
  await expect(form.getByLabel("Qualifier")).toHaveValue("plus de");
  await expect(form.getByLabel("Counted thing")).toHaveValue("soldats");
  await expect(form.locator(".quote")).toHaveText("«plus de 200 soldats ont été tués»");
  await expect(form.locator(".quote")).toHaveAttribute("lang", "fr");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(form).toBeHidden();
  await expect(
    page.getByRole("region", { name: "Claims in this article" }).getByRole("button", { name: "plus de 200" }),
  ).toBeVisible();

  const sql = appDatabase();
  try {
    const [row] = await sql<
      {
        quote_exact: string;
        at_offsets: string;
        figure: string;
        lower: number;
        lower_inclusive: boolean;
        upper: number | null;
        counted_key: string;
      }[]
    >`
      SELECT c.quote_exact, substr(a.text, c.quote_start + 1, c.quote_end - c.quote_start) AS at_offsets,
             c.figure, c.lower, c.lower_inclusive, c.upper, c.counted_key
      FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.title = ${title}`;
    expect(row).toEqual({
      quote_exact: "plus de 200 soldats ont été tués",
      at_offsets: "plus de 200 soldats ont été tués",
      figure: "plus de 200",
      lower: 200,
      lower_inclusive: false,
      upper: null,
      counted_key: "soldiers",
    });
  } finally {
    await sql.end();
  }

  // A date word alone is read with the article's publication date.
  await selectWithMouse(page, "15 novembre");
  await expect(form.getByLabel("Figure as written")).toHaveValue("15 novembre");
  await expect(form.getByLabel("Kind")).toHaveValue("date");
  await expect(form.getByLabel("From (lower bound)", { exact: true })).toHaveValue("2022-11-15");
});
