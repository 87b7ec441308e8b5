import { expect, test } from "@playwright/test";
import { signIn, unique } from "../support";
import { articlePage, startLocalSite, type LocalSite } from "./local-site";

// The whole life of an article fetched from the web: imported by URL, tagged
// (here through a W3C annotation import), changed by its outlet, fetched
// again; the versions page shows one claim re-anchored, one orphaned and one
// whose figure changed, the diff between the two texts, and the archived page.

let site: LocalSite;
test.beforeAll(async () => {
  site = await startLocalSite();
});
test.afterAll(async () => {
  await site.close();
});

const quoteSelector = (exact: string) => ({ type: "TextQuoteSelector", exact });

test("import by URL, fetch again after the outlet's edit, and read the versions", async ({ page }, testInfo) => {
  const tag = unique("Réf.");
  const title = unique("Bilan des guerres du Karabakh");
  const outlet = unique("Le Courrier du Caucase");
  const P1 = `La guerre de 2020 au Haut-Karabakh a fait 6 500 morts en six semaines, selon les deux camps (${tag}).`;
  const P2 = "En septembre 2022, de nouveaux combats à la frontière ont fait 286 morts, d'après Erevan et Bakou.";
  const P3 = "Le cessez-le-feu a été signé sous l'égide de Moscou, qui a déployé 1 960 soldats de maintien de la paix.";
  site.set("/monde/bilan", articlePage({ title, outlet, paragraphs: [P1, P2, P3] }));

  await signIn(page, "editor");
  const imported = await page.request.post("/api/articles/from-url", {
    data: { url: site.url("/monde/bilan?utm_source=rss") },
  });
  expect(imported.status()).toBe(201);
  const { articleId } = (await imported.json()) as { articleId: string };

  // Three claims, made from annotations (W3C Web Annotation JSON).
  const annotations = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationPage",
    id: "urn:uuid:7a1c4f1e-0000-4000-8000-000000000001",
    items: [
      ["de nouveaux combats à la frontière ont fait 286 morts", "Bilan de septembre 2022"],
      ["La guerre de 2020 au Haut-Karabakh a fait 6 500 morts en six semaines", "Bilan de la guerre de 2020"],
      ["qui a déployé 1 960 soldats de maintien de la paix", "Soldats russes déployés"],
    ].map(([exact, fact], i) => ({
      id: `urn:uuid:7a1c4f1e-0000-4000-8000-00000000001${i}`,
      type: "Annotation",
      body: [{ type: "TextualBody", purpose: "tagging", value: unique(fact as string) }],
      target: { source: "https://example.invalid/", selector: quoteSelector(exact as string) },
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
  const again = await page.request.post(`/api/articles/${articleId}/refetch`);
  expect(again.status()).toBe(200);
  expect(await again.json()).toMatchObject({ changed: true, version: 2 });

  await page.goto(`/articles/${articleId}/versions`);
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

  // The W3C export of the article meets the model's required fields.
  const w3c = await page.request.get(`/api/standards/articles/${articleId}/annotations`);
  expect(w3c.headers()["content-type"]).toContain("application/ld+json");
  const collection = (await w3c.json()) as {
    "@context": string;
    type: string;
    total: number;
    first: { items: { target: { selector: { type: string }[] } }[] };
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
});
