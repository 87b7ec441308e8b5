import { writeAs } from "@/lib/db/write";
import { AppError, notFound } from "@/lib/errors/app-error";
import { refreshFactVerdicts } from "@/lib/facts/refresh-fact-verdicts";
import { factsOfDeletion } from "./delete-item";

/** Brings back everything one deletion took away, exactly that and nothing else. */
export async function restoreDeletion(
  deletionId: string,
  actorId: string,
): Promise<{ entityType: string; entityId: string }> {
  return writeAs(actorId, async (tx) => {
    // Lock the deletion: of two restores at once, the second sees the first done.
    await tx.$queryRaw`SELECT 1 FROM deletions WHERE id = ${deletionId}::uuid FOR UPDATE`;
    const deletion = await tx.deletion.findUnique({ where: { id: deletionId } });
    if (!deletion) throw notFound("deletion");
    if (deletion.restoredAt) throw new AppError("CONFLICT", "errors.alreadyRestored");

    // A claim or note cannot come back into something that is itself deleted.
    if (deletion.entityType === "claim") {
      const claim = await tx.claim.findUnique({
        where: { id: deletion.entityId },
        select: { article: { select: { deletedAt: true, title: true } } },
      });
      if (claim?.article.deletedAt) {
        throw new AppError("CONFLICT", "errors.restoreArticleFirst", {
          values: { title: claim.article.title },
        });
      }
    }
    if (deletion.entityType === "note") {
      const note = await tx.note.findUnique({
        where: { id: deletion.entityId },
        select: { claim: { select: { deletedAt: true } }, fact: { select: { deletedAt: true } } },
      });
      if (note?.claim?.deletedAt || note?.fact?.deletedAt) {
        throw new AppError("CONFLICT", "errors.restoreParentFirst");
      }
    }

    // Read before the deletion's marks are cleared: they say what comes back.
    const facts = await factsOfDeletion(tx, deletionId);
    const cleared = { deletedAt: null, deletionId: null };
    await tx.article.updateMany({ where: { deletionId }, data: { ...cleared, version: { increment: 1 } } });
    await tx.fact.updateMany({ where: { deletionId }, data: { ...cleared, version: { increment: 1 } } });
    await tx.claim.updateMany({ where: { deletionId }, data: { ...cleared, version: { increment: 1 } } });
    await tx.note.updateMany({ where: { deletionId }, data: { ...cleared, version: { increment: 1 } } });
    await refreshFactVerdicts(tx, facts);
    await tx.deletion.update({ where: { id: deletionId }, data: { restoredAt: new Date(), restoredById: actorId } });
    return { entityType: deletion.entityType, entityId: deletion.entityId };
  });
}
