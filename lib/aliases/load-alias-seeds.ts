import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { writeAs } from "@/lib/db/write";
import { insertSpelling } from "./manage-entities";

// The seed entities and their spellings (seeds/aliases.json). Idempotent: an
// entity whose seed key is already there (even merged or renamed since) is
// left as the editors made it, so loading again adds only what is new.

const SEED_LOCK = 72_110_919;

const seedSchema = z.object({
  about: z.string().optional(),
  entities: z.array(
    z.object({
      key: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1).max(200),
      aliases: z.array(z.string().min(1).max(200)).min(1),
      note: z.string().max(2_000).optional(),
    }),
  ),
});

export const ALIAS_SEEDS = path.join(process.cwd(), "seeds", "aliases.json");

export async function loadAliasSeeds(
  actorId: string | null = null,
  file = ALIAS_SEEDS,
): Promise<{ entities: number; spellings: number; skipped: string[] }> {
  const parsed = seedSchema.safeParse(JSON.parse(await readFile(file, "utf8")) as unknown);
  if (!parsed.success) throw new Error(`seeds/aliases.json is not valid:\n${z.prettifyError(parsed.error)}`);
  return writeAs(actorId, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
    const existing = new Set(
      (await tx.entity.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true } })).map(
        (e) => e.seedKey,
      ),
    );
    const report = { entities: 0, spellings: 0, skipped: [] as string[] };
    for (const seed of parsed.data.entities) {
      if (existing.has(seed.key)) continue;
      const entity = await tx.entity.create({
        data: { name: seed.name, note: seed.note ?? null, seedKey: seed.key, createdById: actorId },
        select: { id: true },
      });
      report.entities++;
      for (const alias of new Set([seed.name, ...seed.aliases])) {
        try {
          if (await insertSpelling(tx, entity.id, alias, actorId)) report.spellings++;
        } catch {
          // An editor gave this spelling to another entity: theirs stands.
          report.skipped.push(alias);
        }
      }
    }
    return report;
  });
}
