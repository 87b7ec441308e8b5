import { refreshFactVerdicts } from "@/lib/facts/refresh-fact-verdicts";
import { sliceCodePoints } from "@/lib/anchors/offsets";
import { buildAnchor, checkAnchor } from "@/lib/anchors/selectors";
import { writeAs, type Tx } from "@/lib/db/write";
import { AppError, notFound } from "@/lib/errors/app-error";
import { classifyCounted } from "@/lib/figures";
import { resolveFact } from "@/lib/facts/resolve-fact";
import { locateFigure, sameFigure } from "./locate-figure";
import type { CreateClaimInput } from "./schema";
import { readValueFields } from "./value";

function invalid(field: string, message: string): AppError {
  return new AppError("INVALID_INPUT", message, { fieldErrors: { [field]: [message] } });
}

export async function insertClaim(tx: Tx, input: CreateClaimInput, actorId: string | null, seedKey?: string) {
  const read = readValueFields(input, classifyCounted);
  if ("fieldErrors" in read) {
    throw new AppError("INVALID_INPUT", "errors.valueNeedsAttention", { fieldErrors: read.fieldErrors });
  }
  const article = await tx.article.findFirst({
    where: { id: input.articleId, deletedAt: null },
    select: { id: true, text: true },
  });
  if (!article) throw notFound("article");

  // A form sends line breaks as CR LF (HTML's form encoding); article texts only
  // hold LF, so a CR in a quote is the transport's and is taken back out.
  const exact = input.quoteExact.replace(/\r\n?/g, "\n");
  const anchorCheck = checkAnchor(article.text, { start: input.quoteStart, end: input.quoteEnd, exact });
  if (!anchorCheck.ok) {
    // What the browser sent and what the article holds, for the form to show marked.
    const values = { start: input.quoteStart, end: input.quoteEnd };
    throw new AppError("INVALID_INPUT", "tagging.errors.quoteMismatch", {
      values,
      fieldErrors: { quoteExact: ["tagging.errors.quoteMismatch"] },
      current: { anchor: { sent: exact, found: anchorCheck.found ?? null } },
    });
  }
  const anchor = buildAnchor(article.text, input.quoteStart, input.quoteEnd);

  // Offsets from the browser win when they hold the figure the editor kept;
  // otherwise (the editor retyped it) the figure is looked for in the quote.
  let figure: { start: number; end: number } | null = null;
  if (input.figureStart !== undefined && input.figureEnd !== undefined) {
    const inside =
      input.figureStart >= anchor.start && input.figureEnd <= anchor.end && input.figureStart < input.figureEnd;
    if (!inside) throw invalid("figure", "tagging.errors.figureOutsideQuote");
    const atOffsets = sliceCodePoints(article.text, input.figureStart, input.figureEnd);
    if (sameFigure(atOffsets, input.figure)) figure = { start: input.figureStart, end: input.figureEnd };
  }
  figure ??= locateFigure(article.text, anchor, input.figure);
  if (!figure) {
    const message = "tagging.errors.figureNotInQuote";
    throw new AppError("INVALID_INPUT", message, {
      values: { figure: input.figure },
      fieldErrors: { figure: [message] },
    });
  }
  const figureText = sliceCodePoints(article.text, figure.start, figure.end);

  const factId = await resolveFact(tx, {
    factId: input.factId,
    newFactLabel: input.newFactLabel,
    kind: read.value.kind,
    countedKey: read.value.countedKey,
    actorId,
  });

  const claim = await tx.claim.create({
    data: {
      articleId: article.id,
      factId,
      quoteStart: anchor.start,
      quoteEnd: anchor.end,
      quoteExact: anchor.exact,
      quotePrefix: anchor.prefix,
      quoteSuffix: anchor.suffix,
      figure: figureText,
      figureStart: figure.start,
      figureEnd: figure.end,
      ...read.value,
      attributedTo: input.attributedTo,
      asOf: input.asOf ? new Date(`${input.asOf}T00:00:00Z`) : null,
      seedKey: seedKey ?? null,
      createdById: actorId,
    },
    select: { id: true, factId: true },
  });

  await refreshFactVerdicts(tx, [claim.factId]);

  // The suggestion accepted, and any other pending suggestion for the same
  // figure, are now covered by this claim.
  await tx.suggestion.updateMany({
    where: {
      articleId: article.id,
      status: "pending",
      OR: [
        ...(input.suggestionId ? [{ id: input.suggestionId }] : []),
        { start: { lt: figure.end }, end: { gt: figure.start } },
      ],
    },
    data: { status: "accepted", claimId: claim.id, decidedById: actorId, decidedAt: new Date() },
  });

  // A waiting matching proposal for this passage's figure is withdrawn: the
  // figure is a claim now. When it was one of a "new fact" group, the rest of
  // the group points at this claim's fact (as accepting it would have done).
  // A proposal being accepted is marked accepted before this (decide.ts).
  await tx.$executeRaw`
    WITH gone AS (
      DELETE FROM claim_proposals
      WHERE article_id = ${article.id}::uuid AND status = 'waiting'
        AND span_start < ${figure.end} AND span_end > ${figure.start}
      RETURNING new_fact_key
    )
    UPDATE claim_proposals q SET fact_id = ${claim.factId}::uuid
    WHERE q.new_fact_key IN (SELECT new_fact_key FROM gone WHERE new_fact_key IS NOT NULL)
      AND q.status = 'waiting' AND q.fact_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM claim_proposals o WHERE o.article_id = q.article_id
        AND o.span_start = q.span_start AND o.span_end = q.span_end AND o.fact_id = ${claim.factId}::uuid)`;
  return claim;
}

export async function createClaim(input: CreateClaimInput, actorId: string) {
  return writeAs(actorId, (tx) => insertClaim(tx, input, actorId));
}
