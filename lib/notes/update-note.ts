import { writeAs } from "@/lib/db/write";
import { AppError, notFound } from "@/lib/errors/app-error";

export async function updateNote(input: { noteId: string; version: number; body: string }, actorId: string) {
  return writeAs(actorId, async (tx) => {
    const { count } = await tx.note.updateMany({
      where: { id: input.noteId, version: input.version, deletedAt: null },
      data: { body: input.body, version: { increment: 1 } },
    });
    if (count === 1) return { version: input.version + 1 };
    const current = await tx.note.findUnique({ where: { id: input.noteId } });
    if (!current || current.deletedAt) throw notFound("note");
    throw new AppError("CONFLICT", "errors.conflict.note", { current });
  });
}
