import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { seriousViolations } from "../a11y/pages";
import { appDatabase, signIn, unique } from "../support";
import { articlePage, startLocalSite, type LocalSite } from "./local-site";
import { pdfText } from "./pdf-text";

// The whole life of an article fetched from the web: imported by URL, tagged
// (here through a W3C annotation import), changed by its outlet, fetched
// again; the versions page shows one claim re-anchored, one orphaned and one
// whose figure changed, the diff between the two texts, and the archived page;
// then the downloads (ClaimReview, W3C annotations, the PDF report, in English
// and French), the annotation import's refusal of a bad file, and search by
// another spelling of a name.

let site: LocalSite;
test.beforeAll(async () => {
  site = await startLocalSite();
});
test.afterAll(async () => {
  await site.close();
});

const quoteSelector = (exact: string) => ({ type: "TextQuoteSelector", exact });

/** Clicks a download link and gives the file's name and bytes. */
async function download(page: Page, link: ReturnType<Page["getByRole"]>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = (await Promise.all([page.waitForEvent("download"), link.click()])) as [Download, void];
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test("import by URL, fetch again after the outlet's edit, and read the versions", async ({ page }, testInfo) => {
  test.setTimeout(240_000); // the article's whole life, two PDF reports printed by Chromium included
  const tag = unique("Réf.");
  const title = unique("Bilan des guerres du Karabakh");
  const outlet = unique("Le Courrier du Caucase");
  const P1 = `La guerre de 2020 au Haut-Karabakh a fait 6 500 morts en six semaines, selon les deux camps (${tag}).`;
  const P2 =
    "En septembre 2022, de nouveaux combats à la frontière ont fait 286 morts, d'après Erevan et Bakou. Nikol Pachinian a demandé l'aide de Moscou.";
  const P3 = "Le cessez-le-feu a été signé sous l'égide de Moscou, qui a déployé 1 960 soldats de maintien de la paix.";
  site.set("/monde/bilan", articlePage({ title, outlet, paragraphs: [P1, P2, P3] }));

  // Imported from the import page's web address field; the reader opens on the new article.
  await signIn(page, "editor", "/articles/new");
  const byUrl = page.getByRole("form", { name: "Or import from a web address" });
  await byUrl.getByLabel("Web address of the article").fill(site.url("/monde/bilan?utm_source=rss"));
  await byUrl.getByRole("button", { name: "Fetch and import" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const articleId = /\/articles\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
  expect(articleId).not.toBe("");

  // Three claims, made from annotations (W3C Web Annotation JSON), the first with a comment.
  const labels = ["Bilan de septembre 2022", "Bilan de la guerre de 2020", "Soldats russes déployés"].map(unique);
  const comment = "Chiffre à confirmer auprès du ministère arménien.";
  const annotations = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationPage",
    id: "urn:uuid:7a1c4f1e-0000-4000-8000-000000000001",
    items: [
      "de nouveaux combats à la frontière ont fait 286 morts",
      "La guerre de 2020 au Haut-Karabakh a fait 6 500 morts en six semaines",
      "qui a déployé 1 960 soldats de maintien de la paix",
    ].map((exact, i) => ({
      id: `urn:uuid:7a1c4f1e-0000-4000-8000-00000000001${i}`,
      type: "Annotation",
      body: [
        { type: "TextualBody", purpose: "tagging", value: labels[i] },
        ...(i === 0 ? [{ type: "TextualBody", purpose: "commenting", value: comment }] : []),
      ],
      target: { source: "https://example.invalid/", selector: quoteSelector(exact) },
    })),
  };
  const tagged = await page.request.post(`/api/standards/articles/${articleId}/annotations`, { data: annotations });
  expect(tagged.status()).toBe(200);
  const report = (await tagged.json()) as { imported: unknown[]; skipped: unknown[] };
  expect(report.skipped).toEqual([]);
  expect(report.imported).toHaveLength(3);

  // The outlet edits its story: a paragraph first, a figure changed, one paragraph removed.
  site.set(
    "/monde/bilan",
    articlePage({
      title,
      outlet,
      paragraphs: ["Mise à jour : le bilan de la guerre a été révisé à la hausse.", P2, P1.replace("6 500", "6 700")],
    }),
  );
  await page.goto(`/articles/${articleId}/versions`);
  await page.getByRole("button", { name: "Fetch the page again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The page changed" })).toHaveText(
    "The page changed: its text is now version 2.",
  );
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const claims = page.getByRole("region", { name: "Claims in the current text" });
  await expect(claims.getByRole("listitem").filter({ hasText: "286 morts" })).toContainText("Re-anchored");
  await expect(claims.getByRole("listitem").filter({ hasText: "1 960" })).toContainText("Orphaned");
  await expect(claims.getByRole("listitem").filter({ hasText: "1 960" })).toContainText(
    "qui a déployé 1 960 soldats de maintien de la paix",
  );
  await expect(claims.getByText("Figure changed: 6 500 → 6 700")).toBeVisible();

  const diff = page.getByRole("region", { name: "Differences between version 1 and version 2" });
  await expect(diff.locator("ins").filter({ hasText: "700" })).toBeVisible();
  await expect(diff.locator("del").filter({ hasText: "500" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("versions-1400.png"), fullPage: true });

  // Choosing both versions by keyboard: version 2 against itself has no differences.
  await page.getByLabel("From version").focus();
  await page.keyboard.press("ArrowDown");
  await page.getByLabel("From version").selectOption("2");
  await page.getByLabel("To version").selectOption("2");
  await page.getByRole("button", { name: "Show the differences" }).press("Enter");
  await expect(page).toHaveURL(/from=2&to=2/);
  await expect(page.getByText("These two versions have the same text.")).toBeVisible();
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(`/articles/${articleId}/versions`);
  await page.screenshot({ path: testInfo.outputPath("versions-390.png"), fullPage: true });
  await page.setViewportSize({ width: 1400, height: 1000 });

  // In French, as a French newsroom reads it.
  await page.context().addCookies([{ name: "recoupe-locale", value: "fr", url: page.url() }]);
  await page.goto(`/articles/${articleId}/versions`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Versions de «");
  await expect(page.getByText("Chiffre modifié : 6 500 → 6 700")).toBeVisible();
  await expect(page.getByText("Orpheline", { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("versions-fr-1400.png"), fullPage: true });
  await page.context().clearCookies({ name: "recoupe-locale" });

  // The archived page: sanitised, with its fetch time and final URL.
  await page.goto(`/articles/${articleId}/archive`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.locator(".lc-archive-notice")).toContainText(site.url("/monde/bilan"));
  const archived = page.locator(".lc-archived");
  await expect(archived).toContainText("Mise à jour : le bilan de la guerre a été révisé à la hausse.");
  await expect(archived).toContainText("[Des soldats à la frontière]");
  expect(await archived.locator("script, img, style, iframe, form").count()).toBe(0);
  const link = archived.getByRole("link", { name: "Lire la suite" });
  await expect(link).toHaveAttribute("href", site.url("/monde/suite"));
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(page).not.toHaveTitle("pwned");
  await page.getByRole("link", { name: "Show" }).click(); // the first fetch, version 1
  await expect(archived).toContainText("6 500 morts");
  await page.screenshot({ path: testInfo.outputPath("archive-1400.png"), fullPage: true });

  // The reader links its versions and archived page, and offers the downloads.
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByRole("link", { name: "Versions", exact: true })).toHaveAttribute(
    "href",
    `/articles/${articleId}/versions`,
  );
  const readerDownloads = page.getByRole("navigation", { name: "Downloads" });
  const w3c = await download(page, readerDownloads.getByRole("link", { name: "W3C annotations (JSON-LD)" }));
  expect(w3c.name).toBe(`annotations-${articleId}.jsonld`);
  // The W3C export of the article meets the model's required fields.
  const collection = JSON.parse(w3c.bytes.toString("utf8")) as {
    "@context": string;
    type: string;
    total: number;
    first: { items: { target: { selector: { type: string }[] }; body: { purpose?: string; value?: string }[] }[] };
  };
  expect(collection).toMatchObject({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationCollection",
    total: 3,
  });
  expect(collection.first.items[0]?.target.selector.map((s) => s.type)).toEqual([
    "TextQuoteSelector",
    "TextPositionSelector",
  ]);
  expect(collection.first.items.flatMap((a) => a.body.map((b) => b.value))).toEqual(
    expect.arrayContaining([expect.stringContaining(comment)]),
  );

  // A file that is not one of annotations is refused with the reason, and nothing is stored.
  const db = appDatabase();
  const claimsNow = async () =>
    Number((await db`SELECT count(*)::int AS n FROM claims WHERE article_id = ${articleId}`)[0]?.n);
  const before = await claimsNow();
  await page.getByText("Import annotations (W3C or Hypothesis)").click();
  const importForm = page.getByRole("form", { name: "Import annotations (W3C or Hypothesis)" });
  await importForm.getByLabel("Annotation file (.json)").setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ hello: "world", items: 3 })),
  });
  await importForm.getByRole("button", { name: "Import the annotations" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Web Annotations" })).toContainText(
    "is not a set of Web Annotations",
  );
  await importForm.getByLabel("Annotation file (.json)").setInputFiles({
    name: "export.json",
    mimeType: "application/json",
    buffer: Buffer.from("<html>not json</html>"),
  });
  await importForm.getByRole("button", { name: "Import the annotations" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "JSON" })).toContainText("This file is not JSON");
  expect(await claimsNow()).toBe(before);
  // A Hypothesis-style annotation on a passage that is gone is listed with why.
  await importForm.getByLabel("Annotation file (.json)").setInputFiles({
    name: "hypothesis.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      JSON.stringify([
        {
          id: "hyp-1",
          uri: site.url("/monde/bilan"),
          text: "Ce passage n'existe plus",
          target: [
            {
              source: site.url("/monde/bilan"),
              selector: [quoteSelector("un passage qui n'a jamais existé, 42 fois")],
            },
          ],
        },
      ]),
    ),
  });
  await importForm.getByRole("button", { name: "Import the annotations" }).click();
  await expect(page.getByRole("status").filter({ hasText: "No annotation imported" })).toContainText(
    "its passage is not in this article",
  );
  expect(await claimsNow()).toBe(before);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("reader-downloads-1400.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("reader-downloads-390.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1400, height: 1000 });

  // The fact page's downloads: ClaimReview and the PDF report.
  await db.end();
  const [factId, secondId] = await appDatabaseFacts(labels);
  await page.goto(`/facts/${factId}`);
  const factDownloads = page.getByRole("navigation", { name: "Downloads" });
  const review = await download(page, factDownloads.getByRole("link", { name: "ClaimReview (JSON-LD)" }));
  const claimReview = JSON.parse(review.bytes.toString("utf8")) as Record<string, unknown> & {
    itemReviewed: { appearance: { url: string }[] };
  };
  expect(claimReview).toMatchObject({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: expect.stringContaining(labels[0] as string),
    author: { "@type": "Organization" },
  });
  expect(claimReview.itemReviewed.appearance.map((a) => a.url)).toEqual([site.url("/monde/bilan")]);
  expect(claimReview).not.toHaveProperty("reviewRating"); // not resolved yet

  const pdf = await download(page, factDownloads.getByRole("link", { name: "Report (PDF)" }));
  expect(pdf.name).toBe(`recoupe-fact-${factId}.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const printed = await pdfText(pdf.bytes);
  expect(printed.pages).toBeGreaterThanOrEqual(1);
  const flat = printed.text.replace(/\s+/g, " ");
  for (const expected of [
    labels[0] as string,
    "En septembre 2022, de nouveaux combats à la frontière ont fait 286 morts, d'après Erevan et Bakou.",
    outlet,
    "2 November 2022",
    "Archived copy of",
    comment,
    "Resolution",
    "Open: not resolved yet.",
  ]) {
    expect(flat, expected).toContain(expected);
  }
  // Addresses, which a narrow page may break across lines.
  const compact = flat.replace(/\s+/g, "");
  for (const address of [site.url("/monde/bilan"), `/articles/${articleId}/archive`]) {
    expect(compact, address).toContain(address);
  }

  // The printable page itself, as the PDF prints it.
  await factDownloads.getByRole("link", { name: "Printable report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(labels[0] as string);
  await expect(page.locator(".print-claim blockquote mark")).toHaveText("286");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("print-1400.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("print-390.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1400, height: 1000 });

  // The same report in French, for a set of facts; a forged list is refused in words.
  await page.context().addCookies([{ name: "recoupe-locale", value: "fr", url: new URL(page.url()).origin }]);
  const french = await page.request.get(`/api/print/facts?facts=${factId},${secondId}`);
  expect(french.headers()["content-type"]).toBe("application/pdf");
  const frenchText = (await pdfText(await french.body())).text.replace(/\s+/g, " ");
  expect(frenchText).toContain("Copie archivée du");
  expect(frenchText).toContain("Ouvert : pas encore résolu.");
  expect(frenchText).toContain(labels[1] as string);
  expect(frenchText).toContain("rapport sur 2 faits");
  const forged = await page.request.get("/api/print/facts?facts=1%20OR%201=1");
  expect(forged.status()).toBe(400);
  expect(JSON.stringify(await forged.json())).toContain("n'a pas un identifiant valide");
  await page.context().clearCookies({ name: "recoupe-locale" });

  // Search finds the article by another spelling of the name it holds.
  const token = tag.split(" ")[1] as string;
  await page.goto(`/search?q=${encodeURIComponent(`Pashinyan ${token}`)}`);
  const found = page.getByRole("region", { name: "Articles" }).getByRole("listitem");
  await expect(found).toHaveCount(1);
  await expect(found.getByRole("link")).toHaveText(title);
  await expect(found.locator("mark", { hasText: "Pachinian" })).toBeVisible();

  // A new text that is empty is refused, with the reason, and nothing changes.
  const empty = await page.request.post(`/api/articles/${articleId}/versions`, { data: { text: "   " } });
  expect(empty.status()).toBe(400);
  expect(((await empty.json()) as { fieldErrors: { text: string[] } }).fieldErrors.text[0]).toContain(
    "The new text is empty",
  );

  // A URL that answers 404 is refused with a clear message.
  const missing = await page.request.post("/api/articles/from-url", { data: { url: site.url("/nowhere") } });
  expect(missing.status()).toBe(400);
  expect(((await missing.json()) as { error: string }).error).toContain("answers 404");
  // The form says so too, and stays on the import page.
  await page.goto("/articles/new");
  const form = page.getByRole("form", { name: "Or import from a web address" });
  await form.getByLabel("Web address of the article").fill(site.url("/nowhere"));
  await form.getByRole("button", { name: "Fetch and import" }).click();
  await expect(form.getByRole("alert")).toContainText("answers 404");
  await expect(page).toHaveURL(/\/articles\/new$/);
});

async function appDatabaseFacts(labels: string[]): Promise<string[]> {
  const db = appDatabase();
  try {
    const rows = await db<{ id: string; label: string }[]>`SELECT id, label FROM facts WHERE label = ANY(${labels})`;
    return labels.map((l) => rows.find((r) => r.label === l)?.id ?? "");
  } finally {
    await db.end();
  }
}
