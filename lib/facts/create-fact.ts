import { writeAs } from "@/lib/db/write";

export async function createFact(input: { label: string; kind: string }, actorId: string): Promise<{ id: string }> {
  return writeAs(actorId, (tx) =>
    tx.fact.create({ data: { label: input.label, kind: input.kind, createdById: actorId }, select: { id: true } }),
  );
}
