import { db } from "@/lib/db/client";

export type EntityView = {
  id: string;
  name: string;
  note: string | null;
  version: number;
  updatedAt: Date;
  spellings: { id: string; alias: string }[];
};

/** Every live entity with its spellings, by name. */
export async function listEntities(): Promise<EntityView[]> {
  const rows = await db().entity.findMany({
    where: { deletedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      note: true,
      version: true,
      updatedAt: true,
      aliases: { orderBy: { alias: "asc" }, select: { id: true, alias: true } },
    },
  });
  return rows.map(({ aliases, ...e }) => ({ ...e, spellings: aliases }));
}
