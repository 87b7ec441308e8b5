import { expect, test } from "@playwright/test";
import { appDatabase, signIn, unique } from "../support";

test("every page carries a strict Content-Security-Policy", async ({ page }) => {
  for (const path of ["/sign-in", "/articles"]) {
    const response = await page.goto(path);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
  }
});

test("an HTML file with scripts, handlers and javascript: links is sanitised: nothing runs, the story is kept", async ({
  page,
}) => {
  const title = unique("Page piégée");
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Outlet").fill("Le Site Douteux");
  await page.getByLabel("Published on").fill("2022-10-31");
  await page.getByLabel("Title").fill(title);
  const html = `<html><head><script>alert("head")</script></head><body onload="alert('body')">
    <article><p onmouseover="alert('p')">Selon Bakou, <b>plus de 2 900 soldats</b> azerbaïdjanais sont morts pendant la guerre de 2020, un bilan publié en décembre.</p>
    <p><a href="javascript:alert('link')">Cliquez ici</a> pour lire la suite de cet article très détaillé sur le conflit du Haut-Karabakh.</p>
    <img src="x" onerror="alert('img')"><script>alert("body script")</script><iframe src="javascript:alert('frame')"></iframe></article></body></html>`;
  await page
    .getByLabel("Or a file")
    .setInputFiles({ name: "piege.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const text = page.locator(".article-text");
  await expect(text).toContainText("plus de 2 900 soldats azerbaïdjanais sont morts");
  await expect(text).not.toContainText("alert");
  await expect(page.locator(".article-text a, .article-text script, .article-text img, iframe")).toHaveCount(0);
  await text.hover();
  await page.waitForTimeout(500);
  expect(dialogs).toBe(0);

  const sql = appDatabase();
  try {
    const [row] = await sql<
      { text: string; raw_text: string }[]
    >`SELECT text, raw_text FROM articles WHERE title = ${title}`;
    expect(row?.raw_text).toContain("<script>"); // the file as imported is kept, never rendered
    expect(row?.text).not.toMatch(/script|onerror|javascript:/);
  } finally {
    await sql.end();
  }
});

test("bad input gets a message that says what is wrong, never an error page", async ({ page }) => {
  await signIn(page, "editor");

  // Search text full of SQL and regular-expression characters.
  for (const q of ["'; DROP TABLE articles; --", ".*(a+)+$", "%_\\", '"unbalanced (']) {
    await page.goto(`/articles?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
    await expect(page.getByText(`No article matches «${q}».`)).toBeVisible();
  }

  // A file over the size limit is refused before it is sent, saying the limit.
  await page.goto("/articles/new");
  await page
    .getByLabel("Or a file")
    .setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(5 * 1024 * 1024 + 10, "a") });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("files of up to 5.0 MB can be imported")).toBeVisible();

  // A binary file.
  await page.getByLabel("Outlet").fill("X");
  await page.getByLabel("Published on").fill("2022-10-31");
  await page.getByLabel("Title").fill("Binary");
  await page.getByLabel("Or a file").setInputFiles({
    name: "photo.txt",
    mimeType: "text/plain",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.locator(".field-error").getByText("photo.txt is a binary file, not text.")).toBeVisible();
  await expect(page.getByLabel("Outlet")).toHaveValue("X");

  // An impossible interval in the tag form.
  await page.goto("/articles");
  await page.getByRole("link", { name: "Poutine discute du Karabakh avec Pashinian, Aliyev" }).click();
  await page.getByRole("region", { name: "Claims in this article" }).getByRole("button", { name: "Trois" }).click();
  await page.getByRole("button", { name: "Edit" }).click();
  const form = page.getByRole("form", { name: "Edit claim" });
  await form.getByLabel("From (lower bound)", { exact: true }).fill("10");
  await form.getByLabel("To (upper bound)", { exact: true }).fill("3");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("The lower bound is above the upper bound.")).toBeVisible();

  // Missing rows and malformed ids are a plain 404 page.
  for (const path of ["/facts/00000000-0000-4000-8000-000000000000", "/articles/not-an-id", "/facts/1%27%20OR%201=1"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});
