import { writeAs, type Tx } from "@/lib/db/write";
import { AppError } from "@/lib/errors/app-error";
import { fold } from "./fold";
import type { CreateEntityInput } from "./schema";

// Editors keep the entities: each with the spelling Recoupe shows (its name,
// always one of its spellings) and every other spelling outlets use. A
// spelling belongs to one entity only (whatever its case and accents); every
// change is recorded in the history by the database's triggers.

function taken(alias: string, owner: string): AppError {
  return new AppError("CONFLICT", "aliases.errors.taken", {
    values: { alias, entity: owner },
    fieldErrors: { alias: ["aliases.errors.taken"] },
  });
}

function missing(): AppError {
  return new AppError("NOT_FOUND", "aliases.errors.notFound");
}

/** Adds a spelling to an entity; nothing when it already has it; refused when another entity has it. */
export async function insertSpelling(
  tx: Tx,
  entityId: string,
  alias: string,
  actorId: string | null,
): Promise<boolean> {
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO entity_aliases (entity_id, alias, created_by_id)
    VALUES (${entityId}::uuid, ${alias}, ${actorId}::uuid)
    ON CONFLICT ((recoupe_fold(alias))) DO NOTHING
    RETURNING id::text`;
  if (inserted.length > 0) return true;
  const [owner] = await tx.$queryRaw<{ entity_id: string; name: string }[]>`
    SELECT a.entity_id::text, e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
    WHERE recoupe_fold(a.alias) = recoupe_fold(${alias})`;
  if (owner && owner.entity_id !== entityId) throw taken(alias, owner.name);
  return false;
}

async function liveEntity(tx: Tx, id: string) {
  const entity = await tx.entity.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, name: true, version: true },
  });
  if (!entity) throw missing();
  return entity;
}

export async function createEntity(input: CreateEntityInput, actorId: string): Promise<{ id: string }> {
  return writeAs(actorId, async (tx) => {
    const entity = await tx.entity.create({
      data: { name: input.name, note: input.note || null, createdById: actorId },
      select: { id: true },
    });
    for (const alias of [input.name, ...input.spellings]) await insertSpelling(tx, entity.id, alias, actorId);
    return entity;
  });
}

export async function addSpelling(input: { entityId: string; alias: string }, actorId: string): Promise<void> {
  await writeAs(actorId, async (tx) => {
    await liveEntity(tx, input.entityId);
    await insertSpelling(tx, input.entityId, input.alias, actorId);
  });
}

export async function removeSpelling(input: { aliasId: string }, actorId: string): Promise<void> {
  await writeAs(actorId, async (tx) => {
    const alias = await tx.entityAlias.findUnique({ where: { id: input.aliasId }, include: { entity: true } });
    if (!alias || alias.entity.deletedAt) throw missing();
    if (fold(alias.alias) === fold(alias.entity.name)) {
      throw new AppError("INVALID_INPUT", "aliases.errors.nameSpelling", { values: { alias: alias.alias } });
    }
    await tx.entityAlias.delete({ where: { id: alias.id } });
  });
}

export async function renameEntity(
  input: { entityId: string; name: string; version: number },
  actorId: string,
): Promise<void> {
  await writeAs(actorId, async (tx) => {
    const entity = await liveEntity(tx, input.entityId);
    const { count } = await tx.entity.updateMany({
      where: { id: entity.id, version: input.version },
      data: { name: input.name, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "aliases.errors.changedMeanwhile");
    // The name shown is always one of the entity's spellings.
    await insertSpelling(tx, entity.id, input.name, actorId);
  });
}

/** Source's spellings join target's; source is kept, marked as merged into target. */
export async function mergeEntities(input: { sourceId: string; targetId: string }, actorId: string): Promise<void> {
  await writeAs(actorId, async (tx) => {
    const [source, target] = [await liveEntity(tx, input.sourceId), await liveEntity(tx, input.targetId)];
    await tx.entityAlias.updateMany({ where: { entityId: source.id }, data: { entityId: target.id } });
    await tx.entity.update({
      where: { id: source.id },
      data: { deletedAt: new Date(), mergedIntoId: target.id, version: { increment: 1 } },
    });
    // Anything that pointed at an entity merged into source now points at target.
    await tx.entity.updateMany({ where: { mergedIntoId: source.id }, data: { mergedIntoId: target.id } });
  });
}
