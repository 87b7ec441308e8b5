import { insertArticle } from "@/lib/articles/create-article";
import { prepareArticle } from "@/lib/articles/prepare-article";
import { articleMetadataSchema } from "@/lib/articles/schema";
import { db } from "@/lib/db/client";
import { writeAs, type Tx } from "@/lib/db/write";
import { AppError, notFound } from "@/lib/errors/app-error";
import { insertVersion, type ClaimOutcome } from "@/lib/versions/insert-version";
import { currentTextVersion } from "@/lib/versions/text-version";
import { fetchPage, type FetchedPage, type FetchOptions } from "./fetch-page";
import { importUrlSchema, type ImportUrlInput } from "./import-schema";

// From an address to an article, through the same path as a pasted page
// (prepareArticle: sanitised, Readability, page furniture set aside), with the
// page as fetched kept as the archived copy. The canonical address makes an
// article reached at several addresses one article: importing it again gives
// it a new version instead of a duplicate.

export type UrlImportOutcome = {
  articleId: string;
  /** false: the address led to an article already in Recoupe. */
  created: boolean;
  /** false: the text is the one already stored (nothing but the archive may be new). */
  changed: boolean;
  version: number;
  archiveId: string | null;
  finalUrl: string;
  canonicalUrl: string;
  claims: ClaimOutcome[];
};

// Advisory lock namespace (two-key form) for "one import of this address at a time".
const SAME_URL_LOCK = 72_110_918;

function invalid(field: string, key: string): AppError {
  return new AppError("INVALID_INPUT", key, { fieldErrors: { [field]: [key] } });
}

/** What the page says about itself, each value checked by the import form's own rule. */
function fromPage(page: FetchedPage) {
  const f = articleMetadataSchema.shape;
  const host = new URL(page.finalUrl).hostname.replace(/^www\./, "");
  const day = page.head.publishedTime?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const lang = page.head.lang?.toLowerCase().split(/[-_]/)[0];
  return {
    outlet: f.outlet.safeParse(page.head.siteName?.slice(0, 200)).data ?? host,
    title: f.title.safeParse(page.head.title?.slice(0, 500)).data,
    publishedAt: day ? f.publishedAt.safeParse(day).data : undefined,
    language: lang ? f.language.safeParse(lang).data : undefined,
  };
}

async function storeArchive(tx: Tx, articleId: string, version: number, page: FetchedPage, actorId: string | null) {
  return tx.articleArchive.create({
    data: {
      articleId,
      version,
      requestedUrl: page.requestedUrl,
      finalUrl: page.finalUrl,
      canonicalUrl: page.canonicalUrl,
      fetchedAt: page.fetchedAt,
      status: page.status,
      contentType: page.contentType,
      charset: page.charset,
      html: page.html,
      createdById: actorId,
    },
    select: { id: true },
  });
}

/** A fetched page as the next version of an article (or the same one, when its text did not change). */
async function addFetchToArticle(
  tx: Tx,
  article: { id: string; title: string },
  page: FetchedPage,
  keepBoilerplate: boolean,
  actorId: string | null,
): Promise<UrlImportOutcome> {
  await tx.$queryRaw`SELECT id FROM articles WHERE id = ${article.id}::uuid FOR UPDATE`;
  const prepared = prepareArticle(page.html, { format: page.format, title: article.title, keepBoilerplate });
  const stored = await tx.article.findUniqueOrThrow({
    where: { id: article.id },
    select: { textHash: true, canonicalUrl: true },
  });
  const current = await currentTextVersion(tx, article.id);
  const base = { articleId: article.id, created: false, finalUrl: page.finalUrl, canonicalUrl: page.canonicalUrl };
  if (!stored.canonicalUrl) {
    const taken = await tx.article.findFirst({
      where: { canonicalUrl: page.canonicalUrl, deletedAt: null },
      select: { id: true },
    });
    if (!taken) await tx.article.update({ where: { id: article.id }, data: { canonicalUrl: page.canonicalUrl } });
  }
  if (stored.textHash === prepared.textHash) {
    // Same story: keep this fetch only when the page itself changed.
    const last = await tx.articleArchive.findFirst({
      where: { articleId: article.id },
      orderBy: { fetchedAt: "desc" },
      select: { html: true },
    });
    const archive = last?.html === page.html ? null : await storeArchive(tx, article.id, current, page, actorId);
    return { ...base, changed: false, version: current, archiveId: archive?.id ?? null, claims: [] };
  }
  const archive = await storeArchive(tx, article.id, current + 1, page, actorId);
  const outcome = await insertVersion(
    tx,
    {
      articleId: article.id,
      prepared,
      sourceFormat: page.format === "html" ? "html" : "text",
      origin: "refetch",
      url: page.finalUrl,
      archiveId: archive.id,
    },
    actorId,
  );
  if (!outcome.changed) throw new Error("The text changed under the article's lock");
  return { ...base, changed: true, version: outcome.version, archiveId: archive.id, claims: outcome.claims };
}

/** What a bulk import adds: its defaults, used when the page does not say, and its own record in the same transaction. */
export type UrlImportHooks = {
  fallbacks?: { outlet?: string | null; publishedAt?: string | null; language?: string | null };
  afterStore?: (tx: Tx, outcome: UrlImportOutcome, page: FetchedPage) => Promise<void>;
};

/** Imports the article at an address, or adds a version to the article already imported from it. */
export async function importArticleFromUrl(
  raw: ImportUrlInput,
  actorId: string,
  options: FetchOptions = {},
  hooks: UrlImportHooks = {},
): Promise<UrlImportOutcome> {
  const input = importUrlSchema.parse(raw);
  const page = await fetchPage(input.url, options);
  const found = fromPage(page);
  const fallback = hooks.fallbacks ?? {};
  const meta = {
    ...found,
    publishedAt: found.publishedAt ?? fallback.publishedAt ?? undefined,
    language: found.language ?? fallback.language ?? undefined,
    outlet: page.head.siteName || !fallback.outlet ? found.outlet : fallback.outlet,
  };
  const done = async (tx: Tx, outcome: UrlImportOutcome) => {
    await hooks.afterStore?.(tx, outcome, page);
    return outcome;
  };

  return writeAs(actorId, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SAME_URL_LOCK}::int, hashtext(${page.canonicalUrl}))`;
    const existing = await tx.article.findFirst({
      where: {
        deletedAt: null,
        OR: [
          { canonicalUrl: page.canonicalUrl },
          { url: { in: [page.canonicalUrl, page.finalUrl, page.requestedUrl] } },
        ],
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true },
    });
    if (existing) return done(tx, await addFetchToArticle(tx, existing, page, input.keepBoilerplate, actorId));

    const title = input.title ?? meta.title;
    const publishedAt = input.publishedAt ?? meta.publishedAt;
    const language = input.language ?? meta.language;
    if (!title) throw invalid("title", "fetch.import.titleMissing");
    if (!publishedAt) throw invalid("publishedAt", "fetch.import.publishedAtMissing");
    if (!language) throw invalid("language", "fetch.import.languageMissing");
    const prepared = prepareArticle(page.html, { format: page.format, title, keepBoilerplate: input.keepBoilerplate });
    const { id } = await insertArticle(
      tx,
      {
        outlet: input.outlet ?? meta.outlet,
        title,
        url: page.canonicalUrl,
        publishedAt,
        language,
        format: page.format === "html" ? "html" : "text",
        prepared,
      },
      actorId,
    );
    await tx.article.update({ where: { id }, data: { canonicalUrl: page.canonicalUrl } });
    const archive = await storeArchive(tx, id, 1, page, actorId);
    return done(tx, {
      articleId: id,
      created: true,
      changed: true,
      version: 1,
      archiveId: archive.id,
      finalUrl: page.finalUrl,
      canonicalUrl: page.canonicalUrl,
      claims: [],
    });
  });
}

/** Fetches an article's page again: a new version when its text changed, with the page archived. */
export async function refetchArticle(
  articleId: string,
  actorId: string,
  options: FetchOptions = {},
): Promise<UrlImportOutcome> {
  const article = await db().article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, title: true, url: true, canonicalUrl: true },
  });
  if (!article) throw notFound("article");
  const address = article.url ?? article.canonicalUrl;
  if (!address) throw invalid("url", "fetch.import.noAddress");
  const page = await fetchPage(address, options);
  return writeAs(actorId, (tx) => addFetchToArticle(tx, article, page, false, actorId));
}
