import { beforeAll, describe, expect, it } from "vitest";
import { updateClaimSchema } from "@/lib/claims/schema";
import { updateClaim } from "@/lib/claims/update-claim";
import { toValueFields } from "@/lib/claims/value";
import { toClaimValue } from "@/lib/claims/to-value";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { loadSeeds } from "@/lib/seeds/load-seeds";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { deleteItem } from "./delete-item";
import { restoreDeletion } from "./restore-deletion";

setUpTestDatabase();

let editorId: string;

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Rae Race", email: "rae@bin.test", role: "editor" } })).id;
  await loadSeeds(editorId);
});

describe("deleting one item twice at the same moment", () => {
  it("deletes it once: the second is told it is gone, and one restore brings everything back", async () => {
    const article = await db().article.findUniqueOrThrow({
      where: { seedKey: "003_7a19df6852953d25" },
      select: { id: true },
    });
    const claims = await db().claim.count({ where: { articleId: article.id, deletedAt: null } });
    const results = await Promise.allSettled([
      deleteItem({ type: "article", id: article.id, confirmClaims: claims }, editorId),
      deleteItem({ type: "article", id: article.id, confirmClaims: claims }, editorId),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected");
    expect((failure as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    expect(((failure as PromiseRejectedResult).reason as AppError).code).toBe("NOT_FOUND");
    const deletions = await db().deletion.findMany({ where: { entityId: article.id } });
    expect(deletions).toHaveLength(1);

    await restoreDeletion(deletions[0]!.id, editorId);
    expect(await db().claim.count({ where: { articleId: article.id, deletedAt: null } })).toBe(claims);
  });
});

describe("a claim whose fact is in the bin", () => {
  it("keeps its fact when edited, so restoring the fact brings the claim back into it", async () => {
    const claim = await db().claim.findUniqueOrThrow({ where: { seedKey: "001-peacekeepers" } });
    const fact = await deleteItem({ type: "fact", id: claim.factId as string }, editorId);
    // What the edit form posts when the editor leaves the fact as it is.
    const input = updateClaimSchema.parse({
      ...toValueFields(toClaimValue(claim)),
      claimId: claim.id,
      version: String(claim.version),
      factId: claim.factId ?? "",
      attributedTo: "Ministère russe de la Défense",
    });
    await updateClaim(input, editorId);
    const edited = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(edited.factId).toBe(claim.factId);
    expect(edited.attributedTo).toBe("Ministère russe de la Défense");
    await restoreDeletion(fact.deletionId, editorId);
    const restored = await db().fact.findUniqueOrThrow({
      where: { id: claim.factId as string },
      include: { claims: true },
    });
    expect(restored.claims.map((c) => c.id)).toContain(claim.id);
  });
});
