import { createHash } from "node:crypto";
import { z } from "zod";
import { buildAnchor } from "@/lib/anchors/selectors";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import { writeAs, type Tx } from "@/lib/db/write";
import { AppError, notFound } from "@/lib/errors/app-error";
import { factsOfArticles, refreshFactVerdicts, runOnTx } from "@/lib/facts/refresh-fact-verdicts";
import { extractFigures } from "@/lib/figures";
import { applyPlacement, placeLeftOut } from "./place-left-out";
import { prepareArticle } from "./prepare-article";
import type { ContentFormat } from "./read-content";

// Puts a line left out at import back into the story text, where it stood, in
// one transaction: every claim and suggestion after it moves by the line's
// length (their quotes, prefixes and suffixes stay true to the new text), the
// line leaves the list of left-out lines, and the figures it holds are offered
// as suggestions. The change is in the article's history (revision triggers),
// and so is each claim's new position.

export const restoreLeftOutSchema = z.object({
  articleId: z.uuid("tagging.errors.articleId"),
  index: z.coerce
    .number("tagging.errors.leftOutIndex")
    .int("tagging.errors.leftOutIndex")
    .min(0, "tagging.errors.leftOutIndex"),
  /** The line as the editor saw it, so that a list changed meanwhile is not acted on blindly. */
  line: z.string().max(10_000),
});

export type RestoreLeftOutInput = z.output<typeof restoreLeftOutSchema>;

const leftOutOf = (json: unknown): string[] =>
  Array.isArray(json) ? json.filter((l): l is string => typeof l === "string") : [];

/** The text as imported, normalised, with nothing left out. */
function fullText(rawText: string, format: string): string {
  const known: ContentFormat | "seed" =
    format === "html" || format === "markdown" || format === "seed" ? format : "text";
  return prepareArticle(rawText, { format: known, keepBoilerplate: true }).text;
}

async function shiftClaims(tx: Tx, articleId: string, text: string, at: number, by: number): Promise<void> {
  // Deleted claims too: restored from the bin, they must still point at their passage.
  const claims = await tx.claim.findMany({
    where: { articleId },
    select: { id: true, quoteStart: true, quoteEnd: true, figureStart: true, figureEnd: true, figure: true },
  });
  const straddling = claims.find((c) => c.quoteStart < at && c.quoteEnd > at);
  if (straddling) {
    throw new AppError("CONFLICT", "tagging.errors.leftOutInsideClaim", { values: { figure: straddling.figure } });
  }
  for (const c of claims) {
    const move = c.quoteStart >= at ? by : 0;
    const anchor = buildAnchor(text, c.quoteStart + move, c.quoteEnd + move);
    await tx.claim.update({
      where: { id: c.id },
      data: {
        quoteStart: anchor.start,
        quoteEnd: anchor.end,
        quotePrefix: anchor.prefix,
        quoteSuffix: anchor.suffix,
        figureStart: c.figureStart + move,
        figureEnd: c.figureEnd + move,
      },
    });
  }
}

async function shiftSuggestions(tx: Tx, articleId: string, at: number, by: number): Promise<void> {
  // Last first, so that no row ever takes the (start, end) another still holds.
  const after = await tx.suggestion.findMany({
    where: { articleId, start: { gte: at } },
    orderBy: { start: "desc" },
    select: { id: true, start: true, end: true },
  });
  for (const s of after) {
    await tx.suggestion.update({ where: { id: s.id }, data: { start: s.start + by, end: s.end + by } });
  }
}

/** Figures in the restored line become pending suggestions, as at import. */
async function suggestInLine(
  tx: Tx,
  article: { id: string; language: string; publishedAt: Date },
  text: string,
  range: { start: number; end: number },
) {
  const index = createOffsetIndex(text);
  const figures = extractFigures(text, {
    lang: article.language === "en" ? "en" : "fr",
    publishedAt: article.publishedAt.toISOString().slice(0, 10),
  })
    .map((f) => ({ ...f, start: index.toCodePoint(f.start), end: index.toCodePoint(f.end) }))
    .filter((f) => f.start >= range.start && f.end <= range.end);
  if (figures.length === 0) return;
  await tx.suggestion.createMany({
    data: figures.map((f) => ({ articleId: article.id, start: f.start, end: f.end, figure: f.text, value: f.value })),
    skipDuplicates: true,
  });
}

export async function restoreLeftOut(input: RestoreLeftOutInput, actorId: string): Promise<{ at: number }> {
  return writeAs(actorId, async (tx) => {
    // One change to an article's text at a time: the row stays locked until commit.
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM articles WHERE id = ${input.articleId}::uuid AND deleted_at IS NULL FOR UPDATE`;
    if (!row) throw notFound("article");
    const article = await tx.article.findUniqueOrThrow({
      where: { id: input.articleId },
      select: {
        id: true,
        text: true,
        rawText: true,
        sourceFormat: true,
        leftOut: true,
        language: true,
        publishedAt: true,
      },
    });
    const leftOut = leftOutOf(article.leftOut);
    if (leftOut[input.index] !== input.line) throw new AppError("CONFLICT", "tagging.errors.leftOutChanged");
    const placement = placeLeftOut(fullText(article.rawText, article.sourceFormat), article.text, leftOut, input.index);
    if (!placement) throw new AppError("CONFLICT", "tagging.errors.leftOutNotFound");

    const text = applyPlacement(article.text, placement);
    const by = [...placement.insert].length;
    await shiftClaims(tx, article.id, text, placement.at, by);
    await refreshFactVerdicts(tx, await factsOfArticles(runOnTx(tx), [article.id]));
    await shiftSuggestions(tx, article.id, placement.at, by);
    await tx.article.update({
      where: { id: article.id },
      data: {
        text,
        textHash: createHash("sha256").update(text).digest("hex"),
        leftOut: leftOut.filter((_, i) => i !== input.index),
        version: { increment: 1 },
      },
    });
    await suggestInLine(tx, article, text, { start: placement.at, end: placement.at + by });
    return { at: placement.at };
  });
}
