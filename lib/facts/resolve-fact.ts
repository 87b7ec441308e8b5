import type { Tx } from "@/lib/db/write";
import { AppError } from "@/lib/errors/app-error";
import type { Kind } from "@/lib/claims/value";
import { kindsCompatible } from "./kinds";

/** The fact a claim joins: an existing one (checked), a new one, or none. */
export async function resolveFact(
  tx: Tx,
  choice: {
    factId: string | null;
    newFactLabel: string | null;
    kind: Kind;
    countedKey: string | null;
    actorId: string | null;
  },
): Promise<string | null> {
  if (choice.factId && choice.newFactLabel) {
    const message = "Choose an existing fact or name a new one, not both.";
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { factId: [message] } });
  }
  if (choice.newFactLabel) {
    const fact = await tx.fact.create({
      data: {
        label: choice.newFactLabel,
        kind: choice.kind,
        countedKey: choice.countedKey,
        createdById: choice.actorId,
      },
      select: { id: true },
    });
    return fact.id;
  }
  if (!choice.factId) return null;
  const fact = await tx.fact.findFirst({
    where: { id: choice.factId, deletedAt: null },
    select: { id: true, kind: true, label: true },
  });
  if (!fact) {
    const message = "That fact does not exist (it may have been deleted). Choose another or create one.";
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { factId: [message] } });
  }
  if (!kindsCompatible(fact.kind as Kind, choice.kind)) {
    const message = `«${fact.label}» groups figures of another kind (${fact.kind}); this one is a ${choice.kind.replace("_", " ")}.`;
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { factId: [message] } });
  }
  return fact.id;
}
