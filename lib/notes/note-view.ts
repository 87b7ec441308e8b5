// How notes are read wherever they are shown or exported: live ones only,
// oldest first, with their author's name.

export type NoteView = { id: string; body: string; author: string; createdAt: string; version: number };

/** The Prisma `include` for the notes of a claim or a fact. */
export const liveNotes = {
  where: { deletedAt: null },
  orderBy: { createdAt: "asc" as const },
  select: { id: true, body: true, createdAt: true, version: true, author: { select: { name: true } } },
};

export function toNoteView(n: {
  id: string;
  body: string;
  createdAt: Date;
  version: number;
  author: { name: string } | null;
}): NoteView {
  return {
    id: n.id,
    body: n.body,
    author: n.author?.name ?? "Former user",
    createdAt: n.createdAt.toISOString(),
    version: n.version,
  };
}
