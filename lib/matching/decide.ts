import { z } from "zod";
import { sliceCodePoints } from "@/lib/anchors/offsets";
import { insertClaim } from "@/lib/claims/create-claim";
import { createClaimSchema } from "@/lib/claims/schema";
import { toValueFields, type ClaimValue } from "@/lib/claims/value";
import { writeAs } from "@/lib/db/write";
import { AppError, notFound } from "@/lib/errors/app-error";
import { uuidOf } from "@/lib/validation/fields";

// An editor's decision on a proposal, in one transaction with what it does:
// accepting creates the anchored claim (through insertClaim, as tagging does)
// in the proposal's fact, or in a new fact for a "new fact" proposal, which
// the other figures of its group then join; rejecting only marks it, and the
// unique rule of claim_proposals keeps it from being proposed again.

export const decideProposalSchema = z.object({
  proposalId: uuidOf("proposalId"),
  decision: z.enum(["accept", "reject"], "inbox.errors.decision"),
});
export type DecideProposalInput = z.output<typeof decideProposalSchema>;

type ProposalRow = {
  id: string;
  articleId: string;
  spanStart: number;
  spanEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  figure: string;
  value: ClaimValue;
  factId: string | null;
  newFactKey: string | null;
  status: string;
};

const NEW_FACT_LABEL_MAX = 300;

export async function decideProposal(
  input: DecideProposalInput,
  actorId: string,
): Promise<{ status: "accepted" | "rejected"; claimId: string | null; factId: string | null }> {
  return writeAs(actorId, async (tx) => {
    const [p] = await tx.$queryRaw<ProposalRow[]>`
      SELECT id, article_id AS "articleId", span_start AS "spanStart", span_end AS "spanEnd",
        sentence_start AS "sentenceStart", sentence_end AS "sentenceEnd", figure, value,
        fact_id AS "factId", new_fact_key AS "newFactKey", status
      FROM claim_proposals WHERE id = ${input.proposalId}::uuid FOR UPDATE`;
    if (!p) throw new AppError("NOT_FOUND", "inbox.errors.gone");
    if (p.status !== "waiting") throw new AppError("CONFLICT", "inbox.errors.alreadyDecided");

    if (input.decision === "reject") {
      await tx.$executeRaw`UPDATE claim_proposals SET status = 'rejected', decided_by_id = ${actorId}::uuid,
        decided_at = now() WHERE id = ${p.id}::uuid`;
      return { status: "rejected", claimId: null, factId: p.factId };
    }

    const article = await tx.article.findFirst({ where: { id: p.articleId, deletedAt: null }, select: { text: true } });
    if (!article) throw notFound("article");
    const quote = sliceCodePoints(article.text, p.sentenceStart, p.sentenceEnd);
    // A new fact takes its first figure's sentence as its label; an editor renames it on the fact's page.
    const newFactLabel = p.factId ? undefined : quote.replace(/\s+/g, " ").trim().slice(0, NEW_FACT_LABEL_MAX);
    const claimInput = createClaimSchema.parse({
      articleId: p.articleId,
      quoteStart: String(p.sentenceStart),
      quoteEnd: String(p.sentenceEnd),
      quoteExact: quote,
      figure: p.figure,
      figureStart: String(p.spanStart),
      figureEnd: String(p.spanEnd),
      ...toValueFields(p.value),
      factId: p.factId ?? "",
      newFactLabel: newFactLabel ?? "",
    });
    // Marked before the claim is made: insertClaim withdraws the waiting proposals of its figure.
    await tx.$executeRaw`UPDATE claim_proposals SET status = 'accepted', decided_by_id = ${actorId}::uuid,
      decided_at = now() WHERE id = ${p.id}::uuid`;
    const claim = await insertClaim(tx, claimInput, actorId);
    await tx.$executeRaw`UPDATE claim_proposals SET claim_id = ${claim.id}::uuid, fact_id = ${claim.factId}::uuid
      WHERE id = ${p.id}::uuid`;
    if (!p.factId && p.newFactKey && claim.factId) {
      // The rest of the group now points at the fact just made (unless that same figure is already proposed there).
      await tx.$executeRaw`UPDATE claim_proposals q SET fact_id = ${claim.factId}::uuid
        WHERE q.new_fact_key = ${p.newFactKey}::uuid AND q.status = 'waiting' AND q.fact_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM claim_proposals o WHERE o.article_id = q.article_id
            AND o.span_start = q.span_start AND o.span_end = q.span_end AND o.fact_id = ${claim.factId}::uuid)`;
    }
    return { status: "accepted", claimId: claim.id, factId: claim.factId };
  });
}
