import type { Tx } from "@/lib/db/write";

/** The outlet of that name, whatever its case, created when new. */
export async function findOrCreateOutlet(tx: Tx, name: string): Promise<{ id: string; name: string }> {
  const clean = name.trim().replace(/\s+/g, " ");
  // INSERT … ON CONFLICT on the lower(name) index: safe when two editors add
  // the same new outlet at the same moment.
  const rows = await tx.$queryRaw<{ id: string; name: string }[]>`
    WITH inserted AS (
      INSERT INTO outlets (name) VALUES (${clean})
      ON CONFLICT (lower(name)) DO NOTHING
      RETURNING id, name
    )
    SELECT id::text, name FROM inserted
    UNION ALL
    SELECT id::text, name FROM outlets WHERE lower(name) = lower(${clean})
    LIMIT 1`;
  // When another transaction inserted the same name and committed while our
  // INSERT waited for it, the statement above returns nothing: its snapshot
  // predates that commit. A new statement has a new snapshot and sees the row.
  const row =
    rows[0] ??
    (
      await tx.$queryRaw<{ id: string; name: string }[]>`
      SELECT id::text, name FROM outlets WHERE lower(name) = lower(${clean})`
    )[0];
  if (!row) throw new Error(`Outlet ${clean} could not be created`);
  return row;
}
