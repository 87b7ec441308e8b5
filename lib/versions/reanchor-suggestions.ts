import { buildAnchor } from "@/lib/anchors/selectors";
import type { Tx } from "@/lib/db/write";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { suggestFigures } from "@/lib/suggestions/suggest-figures";
import { matchQuote } from "./match-quote";

// Suggestions follow the text. Pending ones are simply found again in the new
// text (suggestFigures). A decided one (accepted, or dismissed "for good")
// keeps its decision where its figure still stands, exactly, in the same
// context; one whose figure is gone has nothing left to decide and goes.
// Finally, a pending figure that a claim now covers is accepted by that claim.

export async function reanchorSuggestions(
  tx: Tx,
  article: { id: string; oldText: string; newText: string; language: string; publishedAt: string },
  position: (oldOffset: number) => number,
  actorId: string | null,
): Promise<{ kept: number; dropped: number; pending: number }> {
  await tx.suggestion.deleteMany({ where: { articleId: article.id, status: "pending" } });
  const decided = await tx.suggestion.findMany({ where: { articleId: article.id } });
  await tx.suggestion.deleteMany({ where: { articleId: article.id } });

  const seen = new Set<string>();
  const kept: Prisma.SuggestionCreateManyInput[] = [];
  for (const s of decided) {
    let anchor;
    try {
      anchor = buildAnchor(article.oldText, s.start, s.end);
    } catch {
      continue; // offsets from an even older text: nothing to find
    }
    const match = matchQuote(article.newText, anchor, position(s.start));
    if (!match?.exact || match.score < 0.8) continue;
    const key = `${match.start}:${match.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({
      id: s.id,
      articleId: s.articleId,
      start: match.start,
      end: match.end,
      figure: s.figure,
      value: s.value as Prisma.InputJsonValue,
      status: s.status,
      claimId: s.claimId,
      decidedById: s.decidedById,
      decidedAt: s.decidedAt,
      createdAt: s.createdAt,
    });
  }
  if (kept.length > 0) await tx.suggestion.createMany({ data: kept });
  const pending = await suggestFigures(tx, {
    id: article.id,
    text: article.newText,
    language: article.language,
    publishedAt: article.publishedAt,
  });

  // A figure a claim (re-anchored just before) covers is no suggestion any more.
  const claims = await tx.claim.findMany({
    where: { articleId: article.id, deletedAt: null, anchorStatus: { not: "orphan" } },
    select: { id: true, figureStart: true, figureEnd: true },
  });
  for (const claim of claims) {
    await tx.suggestion.updateMany({
      where: {
        articleId: article.id,
        status: "pending",
        start: { lt: claim.figureEnd },
        end: { gt: claim.figureStart },
      },
      data: { status: "accepted", claimId: claim.id, decidedById: actorId, decidedAt: new Date() },
    });
  }
  return { kept: kept.length, dropped: decided.length - kept.length, pending };
}
