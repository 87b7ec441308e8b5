import { AppError } from "@/lib/errors/app-error";
import { writeAs, type Tx } from "@/lib/db/write";
import { suggestFigures } from "@/lib/suggestions/suggest-figures";
import { findOrCreateOutlet } from "./find-or-create-outlet";
import type { PreparedArticle } from "./prepare-article";
import type { ContentFormat } from "./read-content";

export type NewArticle = {
  outlet: string;
  title: string;
  url?: string;
  publishedAt: string;
  language: string;
  format: ContentFormat | "seed";
  prepared: PreparedArticle;
  seedKey?: string;
};

// Advisory lock namespace (two-key form) for "one import of this text at a time".
const SAME_TEXT_LOCK = 72_110_917;

export async function insertArticle(tx: Tx, input: NewArticle, actorId: string | null): Promise<{ id: string }> {
  // The duplicate check below reads before it writes, and text_hash cannot be
  // unique (a deleted article keeps its hash). Without this lock, two imports of
  // the same story at the same moment (a double click) would both find nothing
  // and both insert; with it, the second waits and then finds the first.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SAME_TEXT_LOCK}::int, hashtext(${input.prepared.textHash}))`;
  const duplicate = await tx.article.findFirst({
    where: { textHash: input.prepared.textHash, deletedAt: null },
    select: { title: true, publishedAt: true, outlet: { select: { name: true } } },
  });
  if (duplicate) {
    throw new AppError("CONFLICT", "errors.article.duplicate", {
      values: {
        title: duplicate.title,
        outlet: duplicate.outlet.name,
        date: duplicate.publishedAt.toISOString().slice(0, 10),
      },
    });
  }
  const outlet = await findOrCreateOutlet(tx, input.outlet);
  const article = await tx.article.create({
    data: {
      outletId: outlet.id,
      title: input.title,
      url: input.url ?? null,
      publishedAt: new Date(`${input.publishedAt}T00:00:00Z`),
      language: input.language,
      sourceFormat: input.format,
      rawText: input.prepared.rawText,
      text: input.prepared.text,
      textHash: input.prepared.textHash,
      leftOut: input.prepared.removed,
      seedKey: input.seedKey ?? null,
      createdById: actorId,
    },
    select: { id: true },
  });
  await suggestFigures(tx, {
    id: article.id,
    text: input.prepared.text,
    language: input.language,
    publishedAt: input.publishedAt,
  });
  return article;
}

/** Work done in the article's own transaction: it commits with the article or not at all (a bulk import's record of the file). */
export type AfterInsert = (tx: Tx, article: { id: string }) => Promise<void>;

export async function createArticle(
  input: NewArticle,
  actorId: string,
  afterInsert?: AfterInsert,
): Promise<{ id: string }> {
  return writeAs(actorId, async (tx) => {
    const article = await insertArticle(tx, input, actorId);
    await afterInsert?.(tx, article);
    return article;
  });
}
