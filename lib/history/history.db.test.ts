import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { prepareArticle } from "@/lib/articles/prepare-article";
import { deleteItem } from "@/lib/bin/delete-item";
import { restoreDeletion } from "@/lib/bin/restore-deletion";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimSchema, updateClaimSchema } from "@/lib/claims/schema";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { createFact } from "@/lib/facts/create-fact";
import { updateFactSchema } from "@/lib/facts/schema";
import { updateFact } from "@/lib/facts/update-fact";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { listRevisions } from "./list-revisions";

setUpTestDatabase();

let alice: { id: string; name: string };
let bruno: { id: string; name: string };

beforeAll(async () => {
  alice = await db().user.create({
    data: { name: "Alice Historian", email: "alice@history.test", role: "editor" },
    select: { id: true, name: true },
  });
  bruno = await db().user.create({
    data: { name: "Bruno Archivist", email: "bruno@history.test", role: "editor" },
    select: { id: true, name: true },
  });
});

async function revisionsOf(entityType: string, entityId: string) {
  return db().revision.findMany({
    where: { entityType, entityId },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, before: true, after: true },
  });
}

describe("the history of a claim", () => {
  it("holds one revision per change, with its action, actor and values, and lists them oldest first with names", async () => {
    const text =
      "Le 9 octobre, à Moscou, les deux ministres ont signé une trêve humanitaire qui n'a pas tenu deux jours.";
    const prepared = prepareArticle(text, { format: "text" });
    const article = await createArticle(
      {
        outlet: "History Post",
        title: "La trêve de Moscou",
        publishedAt: "2020-10-10",
        language: "fr",
        format: "text",
        prepared,
      },
      alice.id,
    );
    const quote = "Le 9 octobre, à Moscou";
    const claim = await createClaim(
      createClaimSchema.parse({
        articleId: article.id,
        quoteStart: "0",
        quoteEnd: String(quote.length),
        quoteExact: quote,
        figure: "9 octobre",
        kind: "date",
        lower: "2020-10-09",
        upper: "2020-10-09",
      }),
      alice.id,
    );
    await updateClaim(
      updateClaimSchema.parse({
        claimId: claim.id,
        version: "1",
        kind: "date",
        lower: "2020-10-09",
        upper: "2020-10-10",
        attributedTo: "RT France",
      }),
      bruno.id,
    );
    const deleted = await deleteItem({ type: "claim", id: claim.id }, alice.id);
    await restoreDeletion(deleted.deletionId, bruno.id);

    const rows = await revisionsOf("claim", claim.id);
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ["create", alice.id],
      ["update", bruno.id],
      ["delete", alice.id],
      ["restore", bruno.id],
    ]);
    const [created, updated, del, restored] = rows;
    expect(created?.before).toBeNull();
    expect(created?.after).toMatchObject({
      id: claim.id,
      figure: "9 octobre",
      lower: 18544,
      upper: 18544,
      attributed_to: null,
      version: 1,
    });
    // Only what changed (upper and attribution), not the untouched columns nor
    // the bookkeeping (version, updated_at).
    expect(updated?.before).toEqual({ upper: 18544, attributed_to: null });
    expect(updated?.after).toEqual({ upper: 18545, attributed_to: "RT France" });
    expect(del?.before).toEqual({ deleted_at: null, deletion_id: null });
    expect(del?.after).toMatchObject({ deletion_id: deleted.deletionId });
    expect(Object.keys(del?.after as object).sort()).toEqual(["deleted_at", "deletion_id"]);
    expect(restored?.before).toMatchObject({ deletion_id: deleted.deletionId });
    expect(restored?.after).toEqual({ deleted_at: null, deletion_id: null });

    const listed = await listRevisions("claim", claim.id, "en");
    expect(listed.map((r) => [r.action, r.actionLabel, r.actor])).toEqual([
      ["create", "Created", alice.name],
      ["update", "Changed", bruno.name],
      ["delete", "Sent to the bin", alice.name],
      ["restore", "Restored", bruno.name],
    ]);
    expect(listed[0]?.changes).toEqual([]);
    // In an editor's words: a label for the column, the bound of a date as a day.
    expect(listed[1]?.changes).toEqual([
      { field: "upper", label: "Upper bound", before: "9 October 2020", after: "10 October 2020" },
      { field: "attributed_to", label: "Attributed to", before: "—", after: "RT France" },
    ]);
    // Bookkeeping (deleted_at, deletion_id) is not shown: the action says it.
    expect(listed[2]?.changes).toEqual([]);
    const french = await listRevisions("claim", claim.id, "fr");
    expect(french[1]?.actionLabel).toBe("Modification");
    expect(french[1]?.changes[0]).toEqual({
      field: "upper",
      label: "Borne supérieure",
      before: "9 octobre 2020",
      after: "10 octobre 2020",
    });
    const times = listed.map((r) => Date.parse(r.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe("the history of a fact", () => {
  it("holds one revision per change, with its action, actor and values, and lists them oldest first with names", async () => {
    const fact = await createFact({ label: "Date de la première trêve", kind: "date" }, bruno.id);
    await updateFact(
      updateFactSchema.parse({
        factId: fact.id,
        version: "1",
        label: "Date de la première trêve",
        status: "resolved",
        resolutionNote: "Signée le 9, en vigueur le 10.",
      }),
      alice.id,
    );
    const deleted = await deleteItem({ type: "fact", id: fact.id }, bruno.id);
    await restoreDeletion(deleted.deletionId, alice.id);

    const rows = await revisionsOf("fact", fact.id);
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ["create", bruno.id],
      ["update", alice.id],
      ["delete", bruno.id],
      ["restore", alice.id],
    ]);
    expect(rows[0]?.after).toMatchObject({
      label: "Date de la première trêve",
      kind: "date",
      status: "open",
      created_by_id: bruno.id,
    });
    expect(rows[1]?.before).toEqual({ status: "open", resolution_note: null });
    expect(rows[1]?.after).toEqual({ status: "resolved", resolution_note: "Signée le 9, en vigueur le 10." });
    expect(rows[2]?.before).toEqual({ deleted_at: null, deletion_id: null });
    expect(rows[3]?.after).toEqual({ deleted_at: null, deletion_id: null });

    const listed = await listRevisions("fact", fact.id, "en");
    expect(listed.map((r) => [r.action, r.actor])).toEqual([
      ["create", bruno.name],
      ["update", alice.name],
      ["delete", bruno.name],
      ["restore", alice.name],
    ]);
    expect(listed[1]?.changes).toEqual([
      { field: "status", label: "Status", before: "open", after: "resolved" },
      { field: "resolution_note", label: "Resolution note", before: "—", after: "Signée le 9, en vigueur le 10." },
    ]);
    expect((await listRevisions("fact", fact.id, "fr"))[1]?.changes[0]).toEqual({
      field: "status",
      label: "Statut",
      before: "ouvert",
      after: "résolu",
    });
  });
});
