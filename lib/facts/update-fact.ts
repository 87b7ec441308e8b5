import { writeAs } from "@/lib/db/write";
import { AppError, notFound } from "@/lib/errors/app-error";
import { refreshFactVerdicts } from "./refresh-fact-verdicts";
import type { UpdateFactInput } from "./schema";

/** Saves label, status and resolution note, refusing to overwrite a newer version. */
export async function updateFact(input: UpdateFactInput, actorId: string): Promise<{ version: number }> {
  if (input.status === "resolved" && !input.resolutionNote) {
    const message = "errors.fact.resolutionRequired";
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { resolutionNote: [message] } });
  }
  return writeAs(actorId, async (tx) => {
    const { count } = await tx.fact.updateMany({
      where: { id: input.factId, version: input.version, deletedAt: null },
      data: {
        label: input.label,
        status: input.status,
        resolutionNote: input.resolutionNote,
        version: { increment: 1 },
      },
    });
    if (count === 1) {
      // A period named in the label bounds the counted event: the verdict may change.
      await refreshFactVerdicts(tx, [input.factId]);
      return { version: input.version + 1 };
    }
    const current = await tx.fact.findUnique({ where: { id: input.factId } });
    if (!current || current.deletedAt) throw notFound("fact");
    throw new AppError("CONFLICT", "errors.conflict.fact", { current });
  });
}
