import { loadAliasSeeds } from "@/lib/aliases/load-alias-seeds";
import { loadSeeds, type SeedReport } from "./load-seeds";

// Everything a first start presets when seeding is on: the seed articles,
// facts, claims and notes, and the seeds' spellings of names (seeds/aliases.json),
// so that search and fact proposals know Pachinian is Pashinyan from the start.
// Both loaders are idempotent and serialised across servers.

export type WorkspaceSeedReport = SeedReport & { entities: number; spellings: number };

export async function seedWorkspace(actorId: string | null): Promise<WorkspaceSeedReport> {
  const report = await loadSeeds(actorId);
  const aliases = await loadAliasSeeds(actorId);
  return { ...report, entities: aliases.entities, spellings: aliases.spellings };
}
