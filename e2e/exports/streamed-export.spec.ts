import { expect, test, type Browser, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { appDatabase, signIn, unique } from "../support";
import { makeConflictingFacts } from "./report-factory";

// The discrepancy report downloads in every format, as it is read from the
// database (a stream, no Content-Length), in the language of whoever asks.

const query = (format: string, ids: string[]) =>
  `/api/reports?format=${format}&${ids.map((id) => `facts=${id}`).join("&")}`;

async function download(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return { text: (await response.body()).toString("utf8"), headers: response.headers() };
}

/** An editor of our own whose account says French. */
async function frenchEditor(browser: Browser): Promise<Page> {
  const name = unique("Élise Export");
  const email = `${name.split(" ").at(-1)}@exports.test`;
  const password = "a-long-enough-password";
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin", "/admin/users");
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByLabel("Email", { exact: true }).fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption("editor");
  await admin.getByLabel(/^Password/).fill(password);
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByRole("cell", { name: email })).toBeVisible();
  await adminContext.close();
  const sql = appDatabase();
  try {
    await sql`UPDATE users SET locale = 'fr' WHERE email = ${email}`;
  } finally {
    await sql.end();
  }
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in?next=/articles");
  await page.getByLabel(/^(Email|Adresse e-mail)$/).fill(email);
  await page.getByLabel(/^(Password|Mot de passe)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Se connecter)$/ }).click();
  await expect(page).toHaveURL(/^[^?]*\/articles$/); // signed in: no longer /sign-in?next=/articles
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  return page;
}

test("an editor downloads the report of chosen facts in every format", async ({ page }) => {
  const sql = appDatabase();
  const made = await makeConflictingFacts(sql, 2).finally(() => sql.end());
  await signIn(page, "editor");

  const md = await download(page, query("md", made.factIds));
  expect(md.headers["content-type"]).toContain("text/markdown");
  expect(md.headers["content-disposition"]).toMatch(
    /^attachment; filename="recoupe-discrepancies-\d{4}-\d{2}-\d{2}\.md"$/,
  );
  expect(md.text).toMatch(/^# Recoupe discrepancy report\n/);
  for (const label of made.labels) expect(md.text).toContain(`## ${label}`);
  expect(md.text).toContain("**Conflict** · status: open");
  expect(md.text).toContain("3 chosen facts");
  expect(md.text).toContain("3 facts in this report.");

  const csv = await download(page, query("csv", made.factIds));
  expect(csv.headers["content-disposition"]).toMatch(/\d\.csv"$/);
  const rows = parse(csv.text.replace(/^\ufeff/, ""), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(6);
  expect(new Set(rows.map((r) => r.fact))).toEqual(new Set(made.labels));
  const share = rows.filter((r) => r.fact?.endsWith("part des votants"));
  expect(share.map((r) => r.lower).sort()).toEqual(["2.5", "3"]);
  // A note with no author left reads "Former user"; a formula inside text stays text.
  expect(rows[0]?.fact_notes).toMatch(
    /^Former user \(\d{4}-\d{2}-\d{2}\): Note de vérification : =1\+1 à ne pas calculer$/,
  );
  expect(rows[0]?.published_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const excel = await download(page, query("csv-fr", made.factIds));
  expect(excel.headers["content-disposition"]).toMatch(/-excel-fr\.csv"$/);
  expect(excel.text.startsWith("\ufeff")).toBe(true);
  const excelRows = parse(excel.text.slice(1), { delimiter: ";", columns: true }) as Record<string, string>[];
  expect(excelRows).toHaveLength(6);
  expect(
    excelRows
      .filter((r) => r.fact?.endsWith("part des votants"))
      .map((r) => r.lower)
      .sort(),
  ).toEqual(["2,5", "3"]);
  expect(excelRows[0]?.published_at).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

  const json = await download(page, query("json", made.factIds));
  const report = JSON.parse(json.text) as { factCount: number; facts: { id: string; classification: string }[] };
  expect(report.factCount).toBe(3);
  expect(report.facts.map((f) => f.id).sort()).toEqual([...made.factIds].sort());
  expect(report.facts.every((f) => f.classification === "conflict")).toBe(true);

  const refused = await page.request.get("/api/reports?format=xlsx");
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { fieldErrors: { format: string[] } }).fieldErrors.format[0]).toMatch(
    /^Choose a format/,
  );
});

test("a French account gets its reports in French, and the CSV for Excel with semicolons", async ({ browser }) => {
  const sql = appDatabase();
  const made = await makeConflictingFacts(sql, 1).finally(() => sql.end());
  const page = await frenchEditor(browser);

  const excel = await download(page, query("csv-fr", made.factIds));
  expect(excel.headers["content-language"]).toBe("fr");
  const [header] = parse(excel.text.slice(1), { delimiter: ";", to: 1 }) as string[][];
  expect(header?.slice(0, 4)).toEqual(["Identifiant du fait", "Fait", "Statut du fait", "Verdict"]);
  const rows = parse(excel.text.slice(1), { delimiter: ";", columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(4);
  expect(new Set(rows.map((r) => r["Verdict"]))).toEqual(new Set(["Contradiction"]));
  expect(new Set(rows.map((r) => r["Statut du fait"]))).toEqual(new Set(["ouvert"]));
  expect(rows.find((r) => r["Chiffre"] === "2,5 %")?.["Borne inférieure"]).toBe("2,5");
  expect(rows.find((r) => r["Chiffre"] === "2,5 %")?.["Date de publication"]).toBe("01/11/2022");
  expect(rows.find((r) => r["Chiffre"] === "6 500")?.["Valeur"]).toMatch(/6\s500/);

  const md = await download(page, query("md", made.factIds));
  expect(md.text).toMatch(/^# Rapport de divergences Recoupe\n\nProduit le /);
  expect(md.text).toContain("| Média | Date | Chiffre | Valeur | Attribué à |");
  expect(md.text).toContain("**Contradiction** · statut : ouvert");

  // The language can still be asked for: English for this one download.
  const english = await download(page, `${query("md", made.factIds)}&lang=en`);
  expect(english.text).toMatch(/^# Recoupe discrepancy report\n/);

  const refused = await page.request.get("/api/reports?format=xlsx");
  expect(((await refused.json()) as { fieldErrors: { format: string[] } }).fieldErrors.format[0]).toMatch(
    /^Choisissez un format/,
  );
  await page.context().close();
});

test("a large export is sent as it is read: chunked, without Content-Length, whole", async ({ page }) => {
  test.setTimeout(120_000);
  const sql = appDatabase();
  const made = await makeConflictingFacts(sql, 600).finally(() => sql.end());
  await signIn(page, "editor");
  for (const format of ["json", "csv-fr"] as const) {
    const response = await page.request.get(`/api/reports?format=${format}&scope=all`);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["transfer-encoding"], format).toBe("chunked");
    expect(headers["content-length"], format).toBeUndefined();
    const text = (await response.body()).toString("utf8");
    if (format === "json") {
      const report = JSON.parse(text) as { factCount: number; facts: { id: string }[] };
      const ids = new Set(report.facts.map((f) => f.id));
      expect(report.factCount).toBe(report.facts.length);
      expect(made.factIds.every((id) => ids.has(id))).toBe(true);
    } else {
      const rows = parse(text.slice(1), { delimiter: ";", columns: true }) as Record<string, string>[];
      expect(rows.filter((r) => r.fact?.startsWith(made.prefix))).toHaveLength(2 * 601);
    }
  }
});

test("the export from a filtered discrepancy list holds what the list shows, and says which filters", async ({
  page,
}) => {
  const sql = appDatabase();
  const made = await makeConflictingFacts(sql, 2).finally(() => sql.end());
  await signIn(page, "editor");
  // The words of our facts' labels and one kind: of our three conflicts, only the share.
  await page.goto(`/discrepancies?q=${encodeURIComponent(made.prefix)}&kind=percentage`);
  await expect(page.getByRole("status").filter({ hasText: "1 discrepancy" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Markdown", exact: true }).click();
  const file = await downloading;
  const text = (await readFile((await file.path()) as string)).toString("utf8");
  expect(text).toContain(`all discrepancies; kind: percentage; label words: “${made.prefix}”`);
  expect(text).toContain("1 fact in this report.");
  expect(text).toContain(`## ${made.prefix} part des votants`);
  expect(text).not.toContain(`${made.prefix} fait 0001`);

  // Without the kind, all three; a classification outside its list is refused.
  const all = await page.request.get(`/api/reports?format=json&q=${encodeURIComponent(made.prefix)}`);
  expect(((await all.json()) as { factCount: number }).factCount).toBe(3);
  const refused = await page.request.get("/api/reports?format=json&verdict=wrong");
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { fieldErrors: { verdict: string[] } }).fieldErrors.verdict).toHaveLength(1);
});
