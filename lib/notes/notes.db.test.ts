import { said } from "@/lib/testing/refusal";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteItem } from "@/lib/bin/delete-item";
import { db, sql } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createFact } from "@/lib/facts/create-fact";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { addNote } from "./add-note";
import { addNoteSchema, MAX_NOTE_LENGTH, updateNoteSchema } from "./schema";
import { createTestArticle, tagPassage } from "@/lib/testing/factories";

setUpTestDatabase();

let editorId: string;
let factId: string;

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Nina Notes", email: "nina@notes.test", role: "editor" } })).id;
  factId = (await createFact({ label: "Morts de septembre 2022", kind: "count" }, editorId)).id;
});

async function claimOnNewArticle(word: string) {
  const article = await createTestArticle(editorId, {
    text: `Dépêche ${word} : une nouvelle flambée des tensions a fait 286 morts en septembre.`,
    outlet: "Notes Herald",
    title: `Flambée ${word}`,
  });
  return tagPassage(editorId, article, "a fait 286 morts", {
    figure: "286",
    kind: "count",
    lower: "286",
    upper: "286",
  });
}

const noteCount = async () => db().note.count();

describe("a note's length", () => {
  it("may reach 20,000 characters, and is stored whole", async () => {
    expect(MAX_NOTE_LENGTH).toBe(20_000);
    const body = `${"Vérifié. ".repeat(2_222)}ab`;
    expect(body).toHaveLength(20_000);
    const input = addNoteSchema.parse({ body, factId });
    const note = await addNote(input, editorId);
    const [row] = await sql()<
      { length: number }[]
    >`SELECT length(body)::int AS length FROM notes WHERE id = ${note.id}::uuid`;
    expect(row?.length).toBe(20_000);
  });

  it("counts characters as the database does, so 20,000 emoji are accepted too", async () => {
    const body = "📝".repeat(20_000);
    const input = addNoteSchema.parse({ body, factId });
    const note = await addNote(input, editorId);
    const [row] = await sql()<
      { length: number }[]
    >`SELECT length(body)::int AS length FROM notes WHERE id = ${note.id}::uuid`;
    expect(row?.length).toBe(20_000);
    expect(updateNoteSchema.safeParse({ noteId: note.id, version: "1", body }).success).toBe(true);
  });

  it("is refused at 20,001 characters with a message naming the limit", async () => {
    for (const body of ["x".repeat(20_001), "📝".repeat(20_001)]) {
      const parsed = addNoteSchema.safeParse({ body, factId });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message, "maximum" in i && i.maximum])).toEqual([
        ["body", "errors.note.tooLong", 20_000],
      ]);
      const update = updateNoteSchema.safeParse({ noteId: factId, version: "1", body });
      expect(update.error?.issues.map((i) => i.message)).toEqual(["errors.note.tooLong"]);
    }
  });

  it("is refused at 20,001 characters by the database itself", async () => {
    const before = await noteCount();
    await expect(
      sql()`INSERT INTO notes (body, fact_id) VALUES (${"x".repeat(20_001)}, ${factId}::uuid)`,
    ).rejects.toMatchObject({
      constraint_name: "notes_body_check",
    });
    await expect(
      sql()`INSERT INTO notes (body, fact_id) VALUES (${"📝".repeat(20_001)}, ${factId}::uuid)`,
    ).rejects.toMatchObject({
      constraint_name: "notes_body_check",
    });
    await expect(sql()`INSERT INTO notes (body, fact_id) VALUES (${"   "}, ${factId}::uuid)`).rejects.toMatchObject({
      constraint_name: "notes_body_check",
    });
    expect(await noteCount()).toBe(before);
  });
});

describe("a note's target", () => {
  it("is exactly one claim or one fact", async () => {
    const claim = await claimOnNewArticle("cible");
    const message = "errors.note.target";
    const both = addNoteSchema.safeParse({ body: "Les deux", claimId: claim.id, factId });
    expect(both.error?.issues.map((i) => i.message)).toEqual([message]);
    const neither = addNoteSchema.safeParse({ body: "Aucun", claimId: "", factId: "" });
    expect(neither.error?.issues.map((i) => i.message)).toEqual([message]);
    expect(addNoteSchema.parse({ body: " Sur l'affirmation ", claimId: claim.id })).toEqual({
      body: "Sur l'affirmation",
      claimId: claim.id,
      factId: null,
    });

    const before = await noteCount();
    await expect(
      sql()`INSERT INTO notes (body, claim_id, fact_id) VALUES ('Les deux', ${claim.id}::uuid, ${factId}::uuid)`,
    ).rejects.toMatchObject({
      constraint_name: "notes_target_check",
    });
    await expect(sql()`INSERT INTO notes (body) VALUES ('Aucun')`).rejects.toMatchObject({
      constraint_name: "notes_target_check",
    });
    expect(await noteCount()).toBe(before);
  });
});

describe("a note on a deleted claim", () => {
  it("is refused as not found, and nothing is written", async () => {
    const claim = await claimOnNewArticle("supprimée");
    await deleteItem({ type: "claim", id: claim.id }, editorId);
    const before = await noteCount();
    const error = await addNote(addNoteSchema.parse({ body: "Trop tard", claimId: claim.id }), editorId).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
    expect(said(error as AppError)).toBe("The claim was not found. It may have been deleted.");
    expect(await noteCount()).toBe(before);
  });

  it("is refused as not found when the claim went to the bin with its article", async () => {
    const claim = await claimOnNewArticle("article supprimé");
    const articleId = (await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).articleId;
    await deleteItem({ type: "article", id: articleId, confirmClaims: 1 }, editorId);
    const error = await addNote(addNoteSchema.parse({ body: "Trop tard", claimId: claim.id }), editorId).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe("NOT_FOUND");
  });
});
