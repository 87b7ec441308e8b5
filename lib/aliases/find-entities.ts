import { sql } from "@/lib/db/client";
import { buildEntityMatcher, type EntityMatcher } from "./entity-matcher";

// Which entities a text mentions (for fact proposals and matching). The
// matcher is built from every live spelling and kept until the spellings
// change (a cheap fingerprint query tells).

let cached: { stamp: string; matcher: EntityMatcher } | null = null;

async function fingerprint(): Promise<string> {
  const [row] = await sql()<{ stamp: string }[]>`
    SELECT concat_ws(':', (SELECT count(*) FROM entity_aliases), (SELECT max(created_at) FROM entity_aliases),
      (SELECT count(*) FROM entities WHERE deleted_at IS NULL), (SELECT max(updated_at) FROM entities)) AS stamp`;
  return row?.stamp ?? "";
}

export async function loadEntityMatcher(): Promise<EntityMatcher> {
  const stamp = await fingerprint();
  if (cached?.stamp === stamp) return cached.matcher;
  const spellings = await sql()<{ entityId: string; alias: string }[]>`
    SELECT a.entity_id::text AS "entityId", a.alias
    FROM entity_aliases a JOIN entities e ON e.id = a.entity_id AND e.deleted_at IS NULL`;
  const matcher = buildEntityMatcher(spellings);
  cached = { stamp, matcher };
  return matcher;
}

/** Ids of the live entities a text mentions, in order of first mention. */
export async function findEntities(text: string): Promise<string[]> {
  return (await loadEntityMatcher()).find(text);
}
