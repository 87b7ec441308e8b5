import { db } from "@/lib/db/client";

export type BinEntry = {
  id: string;
  entityType: string;
  entityId: string;
  label: string;
  deletedBy: string;
  deletedAt: string;
  claims: number;
  notes: number;
};

/** What is in the bin (deleted, not yet restored), most recent first. */
export async function listDeletions(): Promise<BinEntry[]> {
  const rows = await db().deletion.findMany({
    where: { restoredAt: null },
    orderBy: { deletedAt: "desc" },
    take: 500,
    include: { _count: { select: { claims: true, notes: true } } },
  });
  const users = await db().user.findMany({
    where: { id: { in: rows.map((r) => r.deletedById).filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    entityType: r.entityType,
    entityId: r.entityId,
    label: r.label,
    deletedBy: r.deletedById ? (names.get(r.deletedById) ?? "Former user") : "Recoupe",
    deletedAt: r.deletedAt.toISOString(),
    claims: r._count.claims,
    notes: r._count.notes,
  }));
}
