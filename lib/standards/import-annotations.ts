import { ZodError } from "zod";
import { buildAnchor } from "@/lib/anchors/selectors";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import { insertClaim } from "@/lib/claims/create-claim";
import { sameFigure } from "@/lib/claims/locate-figure";
import { createClaimSchema } from "@/lib/claims/schema";
import { toValueFields } from "@/lib/claims/value";
import { writeAs, type Tx } from "@/lib/db/write";
import { isAppError, notFound } from "@/lib/errors/app-error";
import { extractFigures } from "@/lib/figures";
import { isoDay } from "@/lib/format";
import { matchQuote } from "@/lib/versions/match-quote";
import { readAnnotations, type ImportedAnnotation } from "./annotation-input";

// Annotations made elsewhere onto a Recoupe article. Each is anchored the way
// a claim is re-anchored after an edit (the exact quote, then an approximate
// match near its stated position); its figure is read from the passage with
// lib/figures (which gives the kind and the value); it becomes a claim, and
// its comments notes on it. Every annotation that cannot be placed is named in
// the report with the reason, never dropped in silence.

export type SkipReason = "noQuote" | "notFound" | "noFigure" | "duplicate" | "invalidClaim";

export type AnnotationImport = {
  imported: { index: number; id: string | null; claimId: string; figure: string; score: number; notes: number }[];
  skipped: { index: number; id: string | null; quote: string | null; reason: SkipReason; detail?: string }[];
};

const NOTE_LIMIT = 20_000;
const WINDOW = 40;

function noteBody(text: string, a: ImportedAnnotation): string {
  const by = [a.creator, a.created?.slice(0, 10)].filter(Boolean).join(", ");
  const tags = a.tags.length ? `\n\n#${a.tags.join(" #")}` : "";
  return `${text.trim()}${tags}${by ? `\n\n— ${by}` : ""}`.slice(0, NOTE_LIMIT);
}

/**
 * The figure an annotation is about: the one it names, when it does; else,
 * in a passage with several, a count, amount or duration before a date (a
 * date in such a sentence usually situates the figure: "la guerre de 2020 a
 * fait 6 700 morts"); else the first.
 */
function pickFigure<F extends { text: string; value: { kind: string } }>(
  figures: F[],
  named: string | null,
): F | undefined {
  if (named) {
    const same = figures.find((f) => sameFigure(f.text, named));
    if (same) return same;
  }
  return figures.find((f) => !f.value.kind.startsWith("date")) ?? figures[0];
}

async function factFor(
  tx: Tx,
  label: string | null,
  kind: string,
): Promise<{ factId?: string; newFactLabel?: string }> {
  if (!label?.trim()) return {};
  const clean = label.trim().slice(0, 300);
  const existing = await tx.fact.findFirst({
    where: { deletedAt: null, label: { equals: clean, mode: "insensitive" }, kind },
    select: { id: true },
  });
  return existing ? { factId: existing.id } : { newFactLabel: clean };
}

async function importOne(
  tx: Tx,
  article: { id: string; text: string; language: string; publishedAt: string },
  a: ImportedAnnotation,
  actorId: string,
  taken: Set<string>,
): Promise<AnnotationImport["imported"][number] | Omit<AnnotationImport["skipped"][number], "index" | "id" | "quote">> {
  if (!a.quote) return { reason: "noQuote" };
  const match = matchQuote(article.text, a.quote, a.start ?? undefined);
  if (!match) return { reason: "notFound" };

  const index = createOffsetIndex(article.text);
  const from = index.toUtf16(match.start);
  const to = index.toUtf16(match.end);
  const windowFrom = Math.max(0, from - WINDOW);
  const figures = extractFigures(article.text.slice(windowFrom, Math.min(article.text.length, to + WINDOW)), {
    lang: article.language === "en" ? "en" : "fr",
    publishedAt: article.publishedAt,
  })
    .map((f) => ({ ...f, start: f.start + windowFrom, end: f.end + windowFrom }))
    .filter((f) => f.end > from && f.start < to);
  const figure = pickFigure(figures, a.figure);
  if (!figure) return { reason: "noFigure" };

  const anchor = buildAnchor(
    article.text,
    index.toCodePoint(Math.min(from, figure.start)),
    index.toCodePoint(Math.max(to, figure.end)),
  );
  const figureStart = index.toCodePoint(figure.start);
  const figureEnd = index.toCodePoint(figure.end);
  const key = `${anchor.start}:${anchor.end}:${figureStart}:${figureEnd}`;
  const duplicate =
    taken.has(key) ||
    (await tx.claim.count({
      where: {
        articleId: article.id,
        deletedAt: null,
        quoteStart: anchor.start,
        quoteEnd: anchor.end,
        figureStart,
        figureEnd,
      },
    })) > 0;
  if (duplicate) return { reason: "duplicate" };

  let claim: { id: string };
  try {
    const input = createClaimSchema.parse({
      articleId: article.id,
      quoteStart: anchor.start,
      quoteEnd: anchor.end,
      quoteExact: anchor.exact,
      figure: figure.text,
      figureStart,
      figureEnd,
      ...(await factFor(tx, a.factLabel, figure.value.kind)),
      ...toValueFields(figure.value),
    });
    claim = await insertClaim(tx, input, actorId);
  } catch (error) {
    if (error instanceof ZodError) return { reason: "invalidClaim", detail: error.issues[0]?.message ?? "" };
    if (isAppError(error)) return { reason: "invalidClaim", detail: error.message };
    throw error;
  }
  taken.add(key);
  const comments = a.comments.filter((c) => c.trim());
  for (const comment of comments) {
    await tx.note.create({ data: { claimId: claim.id, body: noteBody(comment, a), authorId: actorId } });
  }
  if (comments.length === 0 && a.tags.length > 0) {
    await tx.note.create({ data: { claimId: claim.id, body: noteBody("", a).trim(), authorId: actorId } });
  }
  return {
    index: a.index,
    id: a.id,
    claimId: claim.id,
    figure: figure.text,
    score: match.score,
    notes: comments.length + (comments.length === 0 && a.tags.length > 0 ? 1 : 0),
  };
}

/** Reads a W3C or Hypothesis JSON document and makes claims and notes of it on one article. */
export async function importAnnotations(articleId: string, json: string, actorId: string): Promise<AnnotationImport> {
  const annotations = readAnnotations(json); // refuses a file that is not annotations, before any write
  return writeAs(actorId, async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string; text: string; language: string; published_at: Date }[]>`
      SELECT id::text, text, language, published_at FROM articles
      WHERE id = ${articleId}::uuid AND deleted_at IS NULL FOR UPDATE`;
    if (!row) throw notFound("article");
    const article = { id: row.id, text: row.text, language: row.language, publishedAt: isoDay(row.published_at) };
    const report: AnnotationImport = { imported: [], skipped: [] };
    const taken = new Set<string>();
    for (const a of annotations) {
      const result = await importOne(tx, article, a, actorId, taken);
      if ("claimId" in result) report.imported.push(result);
      else report.skipped.push({ index: a.index, id: a.id, quote: a.quote?.exact.slice(0, 200) ?? null, ...result });
    }
    return report;
  });
}
