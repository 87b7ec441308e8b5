import { writeAs } from "@/lib/db/write";
import { AppError, notFound } from "@/lib/errors/app-error";
import { classifyCounted } from "@/lib/figures";
import { refreshFactVerdicts } from "@/lib/facts/refresh-fact-verdicts";
import { resolveFact } from "@/lib/facts/resolve-fact";
import type { UpdateClaimInput } from "./schema";
import { readValueFields } from "./value";

/**
 * Saves an edit made on the version the editor loaded. When someone saved the
 * claim meanwhile, nothing is written and the error carries the stored version,
 * so the editor can compare and keep their own changes.
 */
export async function updateClaim(input: UpdateClaimInput, actorId: string): Promise<{ id: string; version: number }> {
  const read = readValueFields(input, classifyCounted);
  if ("fieldErrors" in read) {
    throw new AppError("INVALID_INPUT", "errors.valueNeedsAttention", { fieldErrors: read.fieldErrors });
  }
  return writeAs(actorId, async (tx) => {
    const before = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { factId: true, fact: { select: { deletedAt: true } } },
    });
    // A claim keeps its fact while that fact is in the bin, so that restoring
    // the fact finds the claim still in it; any other choice is checked.
    const keepsBinnedFact = input.factId !== null && input.factId === before?.factId && Boolean(before.fact?.deletedAt);
    const factId = keepsBinnedFact
      ? input.factId
      : await resolveFact(tx, {
          factId: input.factId,
          newFactLabel: input.newFactLabel,
          kind: read.value.kind,
          countedKey: read.value.countedKey,
          actorId,
        });
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version, deletedAt: null },
      data: {
        ...read.value,
        factId,
        attributedTo: input.attributedTo,
        asOf: input.asOf ? new Date(`${input.asOf}T00:00:00Z`) : null,
        version: { increment: 1 },
      },
    });
    if (count === 1) {
      // The fact it leaves (when moved) and the one it is in now.
      await refreshFactVerdicts(tx, [before?.factId, factId]);
      return { id: input.claimId, version: input.version + 1 };
    }

    const current = await tx.claim.findUnique({ where: { id: input.claimId } });
    if (!current || current.deletedAt) throw notFound("claim");
    throw new AppError("CONFLICT", "errors.conflict.claim", { current });
  });
}
