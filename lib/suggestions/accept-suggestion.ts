import { buildAnchor } from "@/lib/anchors/selectors";
import { sentenceAround } from "@/lib/anchors/sentence";
import { insertClaim } from "@/lib/claims/create-claim";
import { createClaimSchema } from "@/lib/claims/schema";
import { toValueFields, type ClaimValue } from "@/lib/claims/value";
import { writeAs } from "@/lib/db/write";
import { AppError, notFound } from "@/lib/errors/app-error";

/**
 * Turns a suggestion into a claim in one step: the quote is the sentence around
 * the figure, the figure is exactly where it was found, the value is what was
 * read. The editor can then attach it to a fact or adjust it.
 */
export async function acceptSuggestion(suggestionId: string, actorId: string, factId: string | null = null) {
  return writeAs(actorId, async (tx) => {
    const suggestion = await tx.suggestion.findUnique({
      where: { id: suggestionId },
      include: { article: { select: { id: true, text: true, deletedAt: true } } },
    });
    if (!suggestion || suggestion.article.deletedAt) throw notFound("suggestion");
    if (suggestion.status !== "pending") {
      throw new AppError("CONFLICT", "errors.suggestionAlready", { values: { status: suggestion.status } });
    }
    const { text } = suggestion.article;
    const sentence = sentenceAround(text, suggestion.start, suggestion.end);
    const quote = buildAnchor(text, sentence.start, sentence.end);
    const input = createClaimSchema.parse({
      articleId: suggestion.articleId,
      quoteStart: quote.start,
      quoteEnd: quote.end,
      quoteExact: quote.exact,
      figure: suggestion.figure,
      figureStart: suggestion.start,
      figureEnd: suggestion.end,
      factId: factId ?? undefined,
      suggestionId: suggestion.id,
      ...toValueFields(suggestion.value as ClaimValue),
    });
    return insertClaim(tx, input, actorId);
  });
}

export async function dismissSuggestion(suggestionId: string, actorId: string): Promise<void> {
  await writeAs(actorId, async (tx) => {
    const { count } = await tx.suggestion.updateMany({
      where: { id: suggestionId, status: "pending" },
      data: { status: "dismissed", decidedById: actorId, decidedAt: new Date() },
    });
    if (count === 1) return;
    const suggestion = await tx.suggestion.findUnique({ where: { id: suggestionId }, select: { status: true } });
    if (!suggestion) throw notFound("suggestion");
    throw new AppError("CONFLICT", "errors.suggestionAlready", { values: { status: suggestion.status } });
  });
}
