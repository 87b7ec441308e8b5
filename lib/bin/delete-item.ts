import type { Tx } from "@/lib/db/write";
import { writeAs } from "@/lib/db/write";
import { AppError, notFound } from "@/lib/errors/app-error";
import { refreshFactVerdicts } from "@/lib/facts/refresh-fact-verdicts";
import type { Deletable } from "./schema";

// Deleting never destroys: the item, and what goes with it, is marked deleted
// under one Deletion, which the bin lists and can restore as a whole.

type Marked = { label: string; claims: number; notes: number };

async function markArticle(tx: Tx, id: string, deletionId: string): Promise<Marked> {
  const claims = await tx.claim.updateMany({
    where: { articleId: id, deletedAt: null },
    data: { deletedAt: new Date(), deletionId },
  });
  const notes = await tx.note.updateMany({
    where: { claim: { articleId: id }, deletedAt: null },
    data: { deletedAt: new Date(), deletionId },
  });
  const article = await tx.article.update({
    where: { id },
    data: { deletedAt: new Date(), deletionId, version: { increment: 1 } },
    select: { title: true, outlet: { select: { name: true } } },
  });
  return { label: `${article.outlet.name}: ${article.title}`, claims: claims.count, notes: notes.count };
}

async function markFact(tx: Tx, id: string, deletionId: string): Promise<Marked> {
  const notes = await tx.note.updateMany({
    where: { factId: id, deletedAt: null },
    data: { deletedAt: new Date(), deletionId },
  });
  const fact = await tx.fact.update({
    where: { id },
    data: { deletedAt: new Date(), deletionId, version: { increment: 1 } },
    select: { label: true },
  });
  return { label: fact.label, claims: 0, notes: notes.count };
}

async function markClaim(tx: Tx, id: string, deletionId: string): Promise<Marked> {
  const notes = await tx.note.updateMany({
    where: { claimId: id, deletedAt: null },
    data: { deletedAt: new Date(), deletionId },
  });
  const claim = await tx.claim.update({
    where: { id },
    data: { deletedAt: new Date(), deletionId, version: { increment: 1 } },
    select: { figure: true, article: { select: { outlet: { select: { name: true } } } } },
  });
  return { label: `«${claim.figure}» (${claim.article.outlet.name})`, claims: 1, notes: notes.count };
}

async function markNote(tx: Tx, id: string, deletionId: string): Promise<Marked> {
  const note = await tx.note.update({
    where: { id },
    data: { deletedAt: new Date(), deletionId, version: { increment: 1 } },
    select: { body: true },
  });
  const preview = note.body.length > 80 ? `${note.body.slice(0, 77)}…` : note.body;
  return { label: `Note: ${preview}`, claims: 0, notes: 1 };
}

const MARK: Record<Deletable, (tx: Tx, id: string, deletionId: string) => Promise<Marked>> = {
  article: markArticle,
  fact: markFact,
  claim: markClaim,
  note: markNote,
};

const TABLES: Record<Deletable, string> = { article: "articles", fact: "facts", claim: "claims", note: "notes" };

/**
 * Whether the item is live, locking its row until the transaction ends: two
 * deletes of one item (two tabs) then run one after the other, and the second
 * finds it already deleted instead of splitting it across two deletions.
 */
async function lockLive(tx: Tx, type: Deletable, id: string): Promise<boolean> {
  const rows = await tx.$queryRawUnsafe<unknown[]>(
    `SELECT 1 FROM "${TABLES[type]}" WHERE id = $1::uuid AND deleted_at IS NULL FOR UPDATE`,
    id,
  );
  return rows.length === 1;
}

/** The facts whose live claims a deletion changes (or the fact it deletes). */
export async function factsOfDeletion(tx: Tx, deletionId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM facts WHERE deletion_id = ${deletionId}::uuid
    UNION SELECT fact_id::text FROM claims WHERE deletion_id = ${deletionId}::uuid AND fact_id IS NOT NULL
    UNION SELECT c.fact_id::text FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE a.deletion_id = ${deletionId}::uuid AND c.fact_id IS NOT NULL`;
  return rows.map((r) => r.id);
}

export async function countLiveClaims(tx: Tx, articleId: string): Promise<number> {
  return tx.claim.count({ where: { articleId, deletedAt: null } });
}

export async function deleteItem(
  input: { type: Deletable; id: string; confirmClaims?: number },
  actorId: string,
): Promise<{ deletionId: string; label: string; claims: number; notes: number }> {
  return writeAs(actorId, async (tx) => {
    if (!(await lockLive(tx, input.type, input.id))) throw notFound(input.type);
    if (input.type === "article") {
      const claims = await countLiveClaims(tx, input.id);
      if (claims > 0 && input.confirmClaims !== claims) {
        throw new AppError(
          "CONFLICT",
          `This article has ${claims} claim${claims === 1 ? "" : "s"}; ${claims === 1 ? "it goes" : "they go"} to the bin with it. Confirm to delete.`,
          { current: { claims } },
        );
      }
    }
    const deletion = await tx.deletion.create({
      data: { entityType: input.type, entityId: input.id, label: "", deletedById: actorId },
      select: { id: true },
    });
    const marked = await MARK[input.type](tx, input.id, deletion.id);
    await refreshFactVerdicts(tx, await factsOfDeletion(tx, deletion.id));
    await tx.deletion.update({ where: { id: deletion.id }, data: { label: marked.label } });
    return { deletionId: deletion.id, ...marked };
  });
}
