import type { PreparedArticle } from "@/lib/articles/prepare-article";
import type { Tx } from "@/lib/db/write";
import { notFound } from "@/lib/errors/app-error";
import { factsOfArticles, refreshFactVerdicts, runOnTx } from "@/lib/facts/refresh-fact-verdicts";
import { isoDay } from "@/lib/format";
import { figureFinder } from "./figure-finder";
import { createPositionMap } from "./match-quote";
import { reanchorClaim, type Reanchored } from "./reanchor-claim";
import { reanchorSuggestions } from "./reanchor-suggestions";
import { currentTextVersion } from "./text-version";

// A new text for an article, in the caller's transaction: every earlier text
// stays in article_versions, articles.text becomes the new one, each claim is
// re-anchored (or orphaned, never moved blindly), suggestions follow, and the
// history triggers record every changed row under the acting user.

export type VersionOrigin = "refetch" | "text";

export type NewVersion = {
  articleId: string;
  prepared: PreparedArticle;
  sourceFormat: "text" | "markdown" | "html";
  origin: VersionOrigin;
  url?: string | null;
  archiveId?: string | null;
};

export type ClaimOutcome = {
  id: string;
  status: Reanchored["status"];
  score: number | null;
  figureChanged: { from: string; to: string } | null;
};

export type VersionOutcome =
  | { changed: false; version: number }
  | {
      changed: true;
      version: number;
      previous: number;
      claims: ClaimOutcome[];
      suggestions: { kept: number; dropped: number; pending: number };
    };

type ArticleRow = {
  id: string;
  text: string;
  text_hash: string;
  language: string;
  published_at: Date;
  source_format: string;
  left_out: unknown;
  url: string | null;
  created_at: Date;
  created_by_id: string | null;
};

export async function insertVersion(tx: Tx, input: NewVersion, actorId: string | null): Promise<VersionOutcome> {
  // The row lock makes two new versions of one article (two editors, a
  // refetch and a paste) wait for each other instead of both building on the
  // same text.
  const [article] = await tx.$queryRaw<ArticleRow[]>`
    SELECT id::text, text, text_hash, language, published_at, source_format, left_out, url, created_at, created_by_id::text
    FROM articles WHERE id = ${input.articleId}::uuid AND deleted_at IS NULL FOR UPDATE`;
  if (!article) throw notFound("article");
  const previous = await currentTextVersion(tx, article.id);
  if (article.text_hash === input.prepared.textHash) return { changed: false, version: previous };

  if (previous === 1) {
    // The article as first imported becomes version 1, with the first archive if it was fetched.
    const firstArchive = await tx.articleArchive.findFirst({
      where: { articleId: article.id, version: 1 },
      orderBy: { fetchedAt: "asc" },
      select: { id: true },
    });
    await tx.articleVersion.createMany({
      data: [
        {
          articleId: article.id,
          version: 1,
          text: article.text,
          textHash: article.text_hash,
          leftOut: article.left_out ?? [],
          sourceFormat: article.source_format,
          origin: "import",
          url: article.url,
          archiveId: firstArchive?.id ?? null,
          createdById: article.created_by_id,
          createdAt: article.created_at,
        },
      ],
      skipDuplicates: true,
    });
  }
  const version = previous + 1;
  await tx.articleVersion.create({
    data: {
      articleId: article.id,
      version,
      text: input.prepared.text,
      textHash: input.prepared.textHash,
      leftOut: input.prepared.removed,
      sourceFormat: input.sourceFormat,
      origin: input.origin,
      url: input.url ?? null,
      archiveId: input.archiveId ?? null,
      createdById: actorId,
    },
  });
  await tx.article.update({
    where: { id: article.id },
    data: {
      text: input.prepared.text,
      rawText: input.prepared.rawText,
      textHash: input.prepared.textHash,
      leftOut: input.prepared.removed,
      sourceFormat: input.sourceFormat,
      version: { increment: 1 },
    },
  });

  const publishedAt = isoDay(article.published_at);
  const position = createPositionMap(article.text, input.prepared.text);
  const findFigures = figureFinder({ language: article.language, publishedAt });
  const claims = await tx.claim.findMany({ where: { articleId: article.id } });
  const outcomes: ClaimOutcome[] = [];
  for (const claim of claims) {
    const orphaned = claim.anchorStatus === "orphan";
    const result = reanchorClaim(
      input.prepared.text,
      {
        start: claim.quoteStart,
        end: claim.quoteEnd,
        exact: claim.quoteExact,
        prefix: claim.quotePrefix,
        suffix: claim.quoteSuffix,
        figureStart: claim.figureStart,
        figureEnd: claim.figureEnd,
        figure: claim.figure,
      },
      // An orphan's offsets belong to an older text: no expected position.
      { hint: orphaned ? undefined : position(claim.quoteStart), findFigures },
    );
    outcomes.push({
      id: claim.id,
      status: result.status,
      score: result.score,
      figureChanged: result.status === "orphan" ? null : result.figureChanged,
    });
    if (result.status === "orphan") {
      await tx.claim.update({
        where: { id: claim.id },
        data: {
          anchorStatus: "orphan",
          anchorScore: result.score,
          anchorVersion: orphaned ? claim.anchorVersion : previous,
          version: { increment: 1 },
        },
      });
      continue;
    }
    const { anchor, figure, figureChanged } = result;
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        quoteStart: anchor.start,
        quoteEnd: anchor.end,
        quoteExact: anchor.exact,
        quotePrefix: anchor.prefix,
        quoteSuffix: anchor.suffix,
        figure: figure.text,
        figureStart: figure.start,
        figureEnd: figure.end,
        anchorStatus: result.status,
        anchorScore: result.score,
        anchorVersion: null,
        // A stealth edit stays flagged until an editor reviews the claim.
        figureBefore: figureChanged ? figureChanged.from : claim.figureBefore,
        version: { increment: 1 },
      },
    });
  }

  // Claims moved (their change is their facts' latest activity).
  await refreshFactVerdicts(tx, await factsOfArticles(runOnTx(tx), [article.id]));
  const suggestions = await reanchorSuggestions(
    tx,
    { id: article.id, oldText: article.text, newText: input.prepared.text, language: article.language, publishedAt },
    position,
    actorId,
  );
  return { changed: true, version, previous, claims: outcomes, suggestions };
}
