import { writeAs } from "@/lib/db/write";
import { notFound } from "@/lib/errors/app-error";
import type { AddNoteInput } from "./schema";

export async function addNote(input: AddNoteInput, actorId: string): Promise<{ id: string }> {
  return writeAs(actorId, async (tx) => {
    if (input.claimId) {
      const claim = await tx.claim.findFirst({ where: { id: input.claimId, deletedAt: null }, select: { id: true } });
      if (!claim) throw notFound("claim");
    }
    if (input.factId) {
      const fact = await tx.fact.findFirst({ where: { id: input.factId, deletedAt: null }, select: { id: true } });
      if (!fact) throw notFound("fact");
    }
    return tx.note.create({
      data: { body: input.body, claimId: input.claimId, factId: input.factId, authorId: actorId },
      select: { id: true },
    });
  });
}
