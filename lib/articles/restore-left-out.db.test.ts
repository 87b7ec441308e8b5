import { beforeAll, describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/anchors/offsets";
import { db } from "@/lib/db/client";
import { listRevisions } from "@/lib/history/list-revisions";
import { createTestArticle, tagPassage } from "@/lib/testing/factories";
import { refusal } from "@/lib/testing/refusal";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { restoreLeftOut } from "./restore-left-out";

setUpTestDatabase();

let editor: { id: string };
beforeAll(async () => {
  editor = await db().user.create({ data: { name: "Rita Restorer", email: "rita@restore.test", role: "editor" } });
});

const imported = [
  "Partager cet article",
  "",
  "Les combats ont fait 286 morts en septembre, selon un bilan officiel publié mardi par le ministère.",
  "",
  "A lire aussi : Le sommet de Sotchi, 31 octobre 2022",
  "",
  "Plus de 200 soldats ont été tués des deux côtés, a indiqué le porte-parole du gouvernement arménien.",
  "",
  "Tous droits réservés AFP",
].join("\n");

async function load(id: string) {
  return db().article.findUniqueOrThrow({
    where: { id },
    select: {
      text: true,
      leftOut: true,
      version: true,
      claims: {
        select: {
          id: true,
          quoteStart: true,
          quoteEnd: true,
          quoteExact: true,
          quotePrefix: true,
          quoteSuffix: true,
          figure: true,
          figureStart: true,
          figureEnd: true,
        },
      },
      suggestions: { select: { start: true, end: true, figure: true, status: true } },
    },
  });
}

describe("putting a left-out line back into the text", () => {
  it("inserts it where it stood, moves every claim and suggestion after it, keeps their quotes true, and records it", async () => {
    const article = await createTestArticle(editor.id, { text: imported, title: "Bilan des combats" });
    const before = await load(article.id);
    expect(before.leftOut).toEqual([
      "Partager cet article",
      "A lire aussi : Le sommet de Sotchi, 31 octobre 2022",
      "Tous droits réservés AFP",
    ]);
    const early = await tagPassage(editor.id, article, "286 morts en septembre", {
      figure: "286",
      kind: "count",
      lower: "286",
      upper: "286",
    });
    const late = await tagPassage(editor.id, article, "Plus de 200 soldats ont été tués", {
      figure: "Plus de 200",
      kind: "count",
      lower: "200",
      lowerInclusive: "false",
    });

    const line = "A lire aussi : Le sommet de Sotchi, 31 octobre 2022";
    await restoreLeftOut({ articleId: article.id, index: 1, line }, editor.id);

    const after = await load(article.id);
    expect(after.text).toContain(`publié mardi par le ministère.\n\n${line}\n\nPlus de 200 soldats`);
    expect(after.leftOut).toEqual(["Partager cet article", "Tous droits réservés AFP"]);
    expect(after.version).toBe(before.version + 1);
    for (const c of after.claims) {
      expect(sliceCodePoints(after.text, c.quoteStart, c.quoteEnd)).toBe(c.quoteExact);
      expect(sliceCodePoints(after.text, c.figureStart, c.figureEnd)).toBe(c.figure);
      expect(after.text.slice(0, c.quoteStart).endsWith(c.quotePrefix)).toBe(true);
      expect(after.text.slice(c.quoteEnd).startsWith(c.quoteSuffix)).toBe(true);
    }
    const moved = after.claims.find((c) => c.id === late.id);
    const stayed = after.claims.find((c) => c.id === early.id);
    expect(moved?.quoteStart).toBe(before.text.indexOf("Plus de 200") + line.length + 2);
    expect(stayed?.quoteStart).toBe(before.text.indexOf("286 morts"));
    for (const s of after.suggestions) expect(sliceCodePoints(after.text, s.start, s.end)).toBe(s.figure);
    // The date in the restored line is offered like any other figure.
    expect(after.suggestions.some((s) => s.figure.includes("31 octobre 2022") && s.status === "pending")).toBe(true);

    // In the history: the article's list of left-out lines lost the line; the claim moved.
    const history = await listRevisions("article", article.id);
    const change = history.at(-1)?.changes.find((ch) => ch.field === "left_out");
    expect(change?.before).toContain(line);
    expect(change?.after).not.toContain(line);
    const claimHistory = await listRevisions("claim", late.id);
    expect(claimHistory.at(-1)?.changes.map((ch) => ch.field)).toContain("quote_start");
  });

  it("puts the first line back at the start, then the last at the end, and the text is as imported", async () => {
    const article = await createTestArticle(editor.id, { text: imported, title: "Bilan, encore" });
    await restoreLeftOut({ articleId: article.id, index: 0, line: "Partager cet article" }, editor.id);
    await restoreLeftOut({ articleId: article.id, index: 1, line: "Tous droits réservés AFP" }, editor.id);
    await restoreLeftOut(
      { articleId: article.id, index: 0, line: "A lire aussi : Le sommet de Sotchi, 31 octobre 2022" },
      editor.id,
    );
    const after = await load(article.id);
    expect(after.text).toBe(imported);
    expect(after.leftOut).toEqual([]);
  });

  it("refuses when the list changed since the editor read it, and changes nothing", async () => {
    const article = await createTestArticle(editor.id, { text: imported, title: "Bilan, deux onglets" });
    const before = await load(article.id);
    const error = await refusal(
      restoreLeftOut({ articleId: article.id, index: 0, line: "Tous droits réservés AFP" }, editor.id),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("tagging.errors.leftOutChanged");
    expect((await load(article.id)).text).toBe(before.text);
  });

  it("refuses a line that would fall inside a claim's quote", async () => {
    const text =
      "Le bilan est de 286 morts.\nPhoto : AFP\nSelon le ministère, il pourrait encore s'alourdir dans les jours qui viennent.";
    const article = await createTestArticle(editor.id, { text, title: "Un bilan et sa légende" });
    const stored = await load(article.id);
    expect(stored.leftOut).toEqual(["Photo : AFP"]);
    const quote = stored.text.slice(stored.text.indexOf("286"), stored.text.indexOf("Selon") + 5);
    await tagPassage(editor.id, { id: article.id, text: stored.text }, quote, {
      figure: "286",
      kind: "count",
      lower: "286",
      upper: "286",
    });
    const error = await refusal(restoreLeftOut({ articleId: article.id, index: 0, line: "Photo : AFP" }, editor.id));
    expect(error.message).toBe("tagging.errors.leftOutInsideClaim");
    expect(error.values).toEqual({ figure: "286" });
  });
});
