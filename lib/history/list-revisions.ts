import { db } from "@/lib/db/client";

export type RevisionView = {
  id: string;
  action: string;
  actor: string;
  at: string;
  changes: { field: string; before: unknown; after: unknown }[];
};

// Columns that say nothing to an editor in a history line.
const HIDDEN = new Set([
  "id",
  "created_at",
  "updated_at",
  "version",
  "search_vector",
  "raw_text",
  "text",
  "text_hash",
  "deletion_id",
  "seed_key",
]);

/** The history of one article, fact, claim or note, oldest first. */
export async function listRevisions(entityType: string, entityId: string): Promise<RevisionView[]> {
  const rows = await db().revision.findMany({ where: { entityType, entityId }, orderBy: { id: "asc" } });
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((a): a is string => a !== null))];
  const actors = await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return rows.map((r) => {
    const before = (r.before ?? {}) as Record<string, unknown>;
    const after = (r.after ?? {}) as Record<string, unknown>;
    const fields = r.action === "create" ? [] : Object.keys({ ...before, ...after }).filter((f) => !HIDDEN.has(f));
    return {
      id: String(r.id),
      action: r.action,
      actor: r.actorId ? (names.get(r.actorId) ?? "Former user") : "Recoupe",
      at: r.at.toISOString(),
      changes: fields.map((field) => ({ field, before: before[field], after: after[field] })),
    };
  });
}
