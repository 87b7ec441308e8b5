import { db } from "@/lib/db/client";
import {
  annotationCollection,
  annotationPage,
  PAGE_SIZE,
  type AnnotatedArticle,
  type AnnotatedClaim,
} from "./web-annotation";

// An article's claims and their notes, a page at a time, as Web Annotations.

async function loadArticle(articleId: string): Promise<AnnotatedArticle | null> {
  return db().article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, title: true, url: true },
  });
}

async function loadClaims(articleId: string, page: number): Promise<{ total: number; claims: AnnotatedClaim[] }> {
  const where = { articleId, deletedAt: null };
  const [total, rows, versions] = await Promise.all([
    db().claim.count({ where }),
    db().claim.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: page * PAGE_SIZE,
      take: PAGE_SIZE,
      include: {
        createdBy: { select: { id: true, name: true } },
        fact: { select: { id: true, label: true, deletedAt: true } },
        notes: {
          where: { deletedAt: null },
          orderBy: { createdAt: "asc" },
          select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
        },
      },
    }),
    db().articleVersion.findMany({ where: { articleId }, select: { version: true, createdAt: true } }),
  ]);
  const versionDate = new Map(versions.map((v) => [v.version, v.createdAt]));
  return {
    total,
    claims: rows.map((c) => ({
      id: c.id,
      quoteStart: c.quoteStart,
      quoteEnd: c.quoteEnd,
      quoteExact: c.quoteExact,
      quotePrefix: c.quotePrefix,
      quoteSuffix: c.quoteSuffix,
      figure: c.figure,
      anchorStatus: c.anchorStatus,
      anchoredAt: c.anchorVersion ? (versionDate.get(c.anchorVersion) ?? null) : null,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      creator: c.createdBy,
      fact: c.fact && !c.fact.deletedAt ? { id: c.fact.id, label: c.fact.label } : null,
      notes: c.notes.map((n) => ({ id: n.id, body: n.body, author: n.author?.name ?? null, createdAt: n.createdAt })),
    })),
  };
}

/** The AnnotationCollection (page undefined) or one of its pages; null when the article or page does not exist. */
export async function loadAnnotations(articleId: string, options: { baseUrl: string; page?: number }) {
  const article = await loadArticle(articleId);
  if (!article) return null;
  const page = options.page ?? 0;
  const { total, claims } = await loadClaims(articleId, page);
  if (options.page === undefined) {
    return annotationCollection(article, claims, { total, baseUrl: options.baseUrl, generatedAt: new Date() });
  }
  if (page > 0 && page * PAGE_SIZE >= total) return null;
  return annotationPage(article, claims, { page, total, baseUrl: options.baseUrl });
}
