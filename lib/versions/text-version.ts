import type { Tx } from "@/lib/db/write";

// An article's text versions are numbered in article_versions (1, 2, 3…).
// articles.version is something else: the row's version for concurrent edits,
// which a deletion or a restore also moves. An article that never had a
// second text has no row yet and is at text version 1.

export async function currentTextVersion(tx: Tx, articleId: string): Promise<number> {
  const latest = await tx.articleVersion.findFirst({
    where: { articleId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return latest?.version ?? 1;
}
