import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { importArticle } from "./import-article";
import { importArticleSchema } from "./schema";

setUpTestDatabase();

let editorId: string;

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Meta Data", email: "meta@import.test", role: "editor" } })).id;
});

const story =
  "<article><p>Selon Bakou, plus de 2 900 soldats azerbaïdjanais sont morts pendant la guerre de 2020, un bilan publié en décembre.</p>" +
  "<p>Le ministère arménien de la Défense a pour sa part publié un bilan de 3 825 morts dans ses rangs, soldats et volontaires.</p></article>";

function htmlForm(head: string, variant: string) {
  const body = `${story}<p>${variant}</p>`;
  const file = new File([`<html><head>${head}</head><body>${body}</body></html>`], "page.html", { type: "text/html" });
  return importArticleSchema.parse({ outlet: "Meta Daily", publishedAt: "2020-12-05", language: "fr", file });
}

describe("what an HTML page says about itself", () => {
  it("fills the title and address the editor left empty", async () => {
    const { id } = await importArticle(
      htmlForm(
        '<meta property="og:title" content="Les bilans de la guerre"><link rel="canonical" href="https://example.org/bilans">',
        "Première version.",
      ),
      editorId,
    );
    const row = await db().article.findUniqueOrThrow({ where: { id }, select: { title: true, url: true } });
    expect(row).toEqual({ title: "Les bilans de la guerre", url: "https://example.org/bilans" });
  });

  it("is ignored when it would not pass the form's own rules", async () => {
    const longTitle = "Bilan ".repeat(150);
    const { id } = await importArticle(
      htmlForm(`<title>${longTitle}</title><meta property="og:url" content="javascript:alert(1)">`, "Seconde version."),
      editorId,
    );
    const row = await db().article.findUniqueOrThrow({ where: { id }, select: { title: true, url: true } });
    expect(row.url).toBeNull();
    expect(row.title.length).toBeLessThanOrEqual(500);
    expect(row.title.startsWith("Bilan Bilan")).toBe(true);
  });

  it("keeps the page furniture it left out, line by line", async () => {
    const file = new File(
      [
        "Partager cet article\n\nPlus de 6 700 personnes sont mortes dans les combats, selon un bilan officiel publié lundi.\n\nTous droits réservés AFP",
      ],
      "story.txt",
    );
    const { id } = await importArticle(
      importArticleSchema.parse({
        outlet: "Meta Daily",
        title: "Bilan",
        publishedAt: "2022-10-31",
        language: "fr",
        file,
      }),
      editorId,
    );
    const row = await db().article.findUniqueOrThrow({ where: { id }, select: { text: true, leftOut: true } });
    expect(row.text).toBe(
      "Plus de 6 700 personnes sont mortes dans les combats, selon un bilan officiel publié lundi.",
    );
    expect(row.leftOut).toEqual(["Partager cet article", "Tous droits réservés AFP"]);
  });
});
