import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "@/lib/articles/get-article";
import { listArticles } from "@/lib/articles/list-articles";
import { db, sql } from "@/lib/db/client";
import { createFact } from "@/lib/facts/create-fact";
import { listFacts } from "@/lib/facts/list-facts";
import { addNote } from "@/lib/notes/add-note";
import { loadReportFacts } from "@/lib/reports/load-report";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { deleteItem } from "./delete-item";
import { listDeletions } from "./list-deletions";
import { restoreDeletion } from "./restore-deletion";
import { refusal, said } from "@/lib/testing/refusal";
import { createTestArticle, tagPassage } from "@/lib/testing/factories";

setUpTestDatabase();

let editor: { id: string; name: string };

beforeAll(async () => {
  editor = await db().user.create({
    data: { name: "Bea Bin", email: "bea@bin.test", role: "editor" },
    select: { id: true, name: true },
  });
});

const TEXT = (word: string) =>
  `Dépêche ${word}. Le 27 septembre, la guerre a éclaté. Plus de 6 700 personnes sont mortes en six semaines. Trois trêves ont échoué.`;

/** An article with three claims on one fact, notes on two of them, and a note on the fact. */
async function taggedArticle(word: string) {
  const title = `Bilan ${word}`;
  const article = await createTestArticle(editor.id, {
    text: TEXT(word),
    outlet: "Bin Courier",
    title,
    publishedAt: "2020-11-12",
  });
  const fact = await createFact({ label: `Chiffres ${word}`, kind: "count" }, editor.id);
  const tag = (quote: string, figure: string, lower: string) =>
    tagPassage(editor.id, article, quote, { figure, kind: "count", lower, upper: lower, factId: fact.id });
  const deaths = await tag("6 700 personnes", "6 700", "6700");
  const weeks = await tag("six semaines", "six", "6");
  const truces = await tag("Trois trêves", "Trois", "3");
  const deathsNote = await addNote({ body: `Note sur les morts ${word}`, claimId: deaths.id, factId: null }, editor.id);
  const trucesNote = await addNote(
    { body: `Note sur les trêves ${word}`, claimId: truces.id, factId: null },
    editor.id,
  );
  const factNote = await addNote({ body: `Note sur le fait ${word}`, claimId: null, factId: fact.id }, editor.id);
  return { article, title, fact, claims: { deaths, weeks, truces }, notes: { deathsNote, trucesNote, factNote } };
}

async function liveness() {
  return sql()<{ kind: string; id: string; deleted: boolean; deletion_id: string | null }[]>`
    SELECT 'article' AS kind, id::text, deleted_at IS NOT NULL AS deleted, deletion_id::text FROM articles
    UNION ALL SELECT 'fact', id::text, deleted_at IS NOT NULL, deletion_id::text FROM facts
    UNION ALL SELECT 'claim', id::text, deleted_at IS NOT NULL, deletion_id::text FROM claims
    UNION ALL SELECT 'note', id::text, deleted_at IS NOT NULL, deletion_id::text FROM notes
    ORDER BY 1, 2`;
}

describe("deleting an article with claims", () => {
  it("is refused without the right count of claims, and changes nothing", async () => {
    const t = await taggedArticle("refus");
    const before = await liveness();
    const deletionsBefore = await db().deletion.count();
    for (const confirmClaims of [undefined, 0, 2, 4]) {
      const error = await refusal(deleteItem({ type: "article", id: t.article.id, confirmClaims }, editor.id));
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toBe("This article has 3 claims; they go to the bin with it. Confirm to delete.");
    }
    expect(await liveness()).toEqual(before);
    expect(await db().deletion.count()).toBe(deletionsBefore);
  });

  it("with the right count, puts the article, its claims and their notes in the bin as one deletion, hidden from every reader", async () => {
    const t = await taggedArticle("corbeille");
    const deleted = await deleteItem({ type: "article", id: t.article.id, confirmClaims: 3 }, editor.id);
    expect(deleted).toMatchObject({ label: `Bin Courier: ${t.title}`, claims: 3, notes: 2 });

    const rows = await liveness();
    const inDeletion = rows.filter((r) => r.deletion_id === deleted.deletionId);
    expect(inDeletion.map((r) => r.id).sort()).toEqual(
      [
        t.article.id,
        t.claims.deaths.id,
        t.claims.weeks.id,
        t.claims.truces.id,
        t.notes.deathsNote.id,
        t.notes.trucesNote.id,
      ].sort(),
    );
    expect(inDeletion.every((r) => r.deleted)).toBe(true);
    // The fact and its note belong to no article: they stay.
    expect(rows.find((r) => r.id === t.fact.id)?.deleted).toBe(false);
    expect(rows.find((r) => r.id === t.notes.factNote.id)?.deleted).toBe(false);

    const bin = await listDeletions();
    expect(bin.find((d) => d.id === deleted.deletionId)).toMatchObject({
      entityType: "article",
      entityId: t.article.id,
      label: `Bin Courier: ${t.title}`,
      deletedBy: editor.name,
      claims: 3,
      notes: 2,
    });

    expect(await getArticle(t.article.id)).toBeNull();
    expect((await listArticles()).rows.map((r) => r.id)).not.toContain(t.article.id);
    expect((await listArticles({ q: "corbeille" })).rows).toEqual([]);
    const fact = (await listFacts()).find((f) => f.id === t.fact.id);
    expect(fact?.claims).toEqual([]);
    const report = await loadReportFacts({ only: "all", status: "all" });
    expect(report.find((f) => f.id === t.fact.id)?.claims).toEqual([]);
    expect(report.flatMap((f) => f.claims).some((c) => c.articleId === t.article.id)).toBe(false);
  });
});

describe("restoring", () => {
  it("brings back exactly what the deletion took, once", async () => {
    const t = await taggedArticle("restauration");
    // Deleted on its own first: not part of the article's deletion.
    const weeks = await deleteItem({ type: "claim", id: t.claims.weeks.id }, editor.id);
    const note = await deleteItem({ type: "note", id: t.notes.trucesNote.id }, editor.id);
    const before = await liveness();
    const deleted = await deleteItem({ type: "article", id: t.article.id, confirmClaims: 2 }, editor.id);
    expect(deleted).toMatchObject({ claims: 2, notes: 1 });

    await restoreDeletion(deleted.deletionId, editor.id);
    expect(await liveness()).toEqual(before);
    const claims = await db().claim.findMany({
      where: { articleId: t.article.id },
      select: { id: true, deletedAt: true, deletionId: true },
    });
    expect(claims.find((c) => c.id === t.claims.weeks.id)).toMatchObject({ deletionId: weeks.deletionId });
    expect(claims.find((c) => c.id === t.claims.weeks.id)?.deletedAt).not.toBeNull();
    expect(await db().note.findUniqueOrThrow({ where: { id: t.notes.trucesNote.id } })).toMatchObject({
      deletionId: note.deletionId,
    });

    const view = await getArticle(t.article.id);
    expect(view?.claims.map((c) => c.id).sort()).toEqual([t.claims.deaths.id, t.claims.truces.id].sort());
    expect(view?.claims.find((c) => c.id === t.claims.truces.id)?.notes).toEqual([]);
    expect(view?.claims.find((c) => c.id === t.claims.deaths.id)?.notes.map((n) => n.body)).toEqual([
      "Note sur les morts restauration",
    ]);
    expect((await listDeletions()).map((d) => d.id)).not.toContain(deleted.deletionId);
    expect((await listDeletions()).map((d) => d.id)).toContain(weeks.deletionId);

    const again = await refusal(restoreDeletion(deleted.deletionId, editor.id));
    expect(again.code).toBe("CONFLICT");
    expect(said(again)).toBe("This item was already restored.");
    expect(await liveness()).toEqual(before);
  });

  it("refuses a claim whose article is in the bin, naming the article", async () => {
    const t = await taggedArticle("orpheline");
    const claim = await deleteItem({ type: "claim", id: t.claims.deaths.id }, editor.id);
    await deleteItem({ type: "article", id: t.article.id, confirmClaims: 2 }, editor.id);
    const before = await liveness();
    const error = await refusal(restoreDeletion(claim.deletionId, editor.id));
    expect(error.code).toBe("CONFLICT");
    expect(said(error)).toBe(`Restore the article «${t.title}» first: this claim belongs to it.`);
    expect(await liveness()).toEqual(before);
    expect((await listDeletions()).map((d) => d.id)).toContain(claim.deletionId);
  });

  it("says an unknown deletion is not found", async () => {
    const error = await refusal(restoreDeletion(randomUUID(), editor.id));
    expect(error.code).toBe("NOT_FOUND");
  });
});
