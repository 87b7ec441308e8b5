import { expect, test } from "@playwright/test";
import yazl from "yazl";
import { appDatabase, signIn, unique } from "../support";

function zip(entries: Record<string, string>): Promise<Buffer> {
  const file = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) file.addBuffer(Buffer.from(content, "utf8"), name);
  file.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    file.outputStream.on("data", (c: Buffer) => chunks.push(c));
    file.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    file.outputStream.on("error", reject);
  });
}

const story = (title: string, n: number) =>
  `${title}\n\nSelon le ministère de la Défense, ${100 + n} soldats ont été tués lors des combats de la nuit, a indiqué un porte-parole. Les négociations doivent reprendre la semaine prochaine à Bruxelles.`;

test("a bulk import of several files and a .zip shows its progress and a per-file report, and survives a reload", async ({
  page,
}) => {
  const outlet = unique("Lot du Soir");
  const titles = [1, 2, 3, 4].map((n) => unique(`Bilan ${n}`));
  await signIn(page, "editor");
  await page.goto("/articles/new/bulk");
  await page.getByLabel("Outlet").fill(outlet);
  await page.getByLabel("Published on").fill("2023-10-02");
  await page.locator('input[type="file"][name="files"]').setInputFiles([
    { name: "premier.txt", mimeType: "text/plain", buffer: Buffer.from(story(titles[0] as string, 1)) },
    { name: "second.md", mimeType: "text/markdown", buffer: Buffer.from(`# ${story(titles[1] as string, 2)}`) },
    {
      name: "ancien.txt",
      mimeType: "text/plain",
      buffer: Buffer.from([0x42, 0x69, 0x6c, 0x61, 0x6e, 0x20, 0xe9, 0xe9]),
    },
    {
      name: "lot.zip",
      mimeType: "application/zip",
      buffer: await zip({
        "a/trois.txt": story(titles[2] as string, 3),
        "b/quatre.txt": story(titles[3] as string, 4),
      }),
    },
  ]);
  await expect(page.getByText("4 files chosen")).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();

  await expect(page).toHaveURL(/\/articles\/imports\/[0-9a-f-]{36}$/);
  const progress = page.getByRole("progressbar", { name: "Import progress" });
  await expect(progress).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Finished." })).toBeVisible({ timeout: 60_000 });
  await expect(progress).toHaveAttribute("value", "5");
  await expect(page.getByText("5 of 5 processed (files and web addresses): 4 imported, 1 failed")).toBeVisible();

  const report = page.getByRole("table");
  for (const name of ["premier.txt", "second.md", "lot.zip/a/trois.txt", "lot.zip/b/quatre.txt"]) {
    await expect(report.getByRole("row").filter({ hasText: name })).toContainText("imported");
  }
  const bad = report.getByRole("row").filter({ hasText: "ancien.txt" });
  await expect(bad).toContainText("failed");
  await expect(bad).toContainText("Bad encoding");
  await expect(bad).toContainText("not UTF-8");

  // The report is read from the database: a reload shows the same.
  await page.reload();
  await expect(page.getByText("5 of 5 processed (files and web addresses): 4 imported, 1 failed")).toBeVisible();
  await report.getByRole("link", { name: titles[2] as string }).click();
  await expect(page.getByRole("heading", { name: titles[2] as string })).toBeVisible();
  await expect(page.getByText(outlet)).toBeVisible();

  const sql = appDatabase();
  try {
    const rows = await sql<{ title: string; outlet: string; suggestions: number }[]>`
      SELECT a.title, o.name AS outlet, (SELECT count(*)::int FROM suggestions s WHERE s.article_id = a.id) AS suggestions
      FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE o.name = ${outlet} ORDER BY a.title`;
    expect(rows.map((r) => r.title).sort()).toEqual([...titles].sort());
    for (const r of rows) expect(r.suggestions).toBeGreaterThan(0);
  } finally {
    await sql.end();
  }
});
