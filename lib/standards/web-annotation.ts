// Claims and their notes as W3C Web Annotations (Web Annotation Data Model,
// JSON-LD), an AnnotationCollection of AnnotationPages per article.
//
// Each claim is an Annotation whose target is the article's text in Recoupe
// (source), with a TextQuoteSelector (the quote, 32 characters of prefix and
// suffix) and a TextPositionSelector. The model requires positions in Unicode
// code points ("character number", not code units) of the text once markup is
// removed, which is what Recoupe stores: a page that counts in UTF-16 (the
// browser's DOM, and so Hypothesis) differs after any emoji. The publisher's
// page is the target's scope: the offsets count in Recoupe's reading of it,
// not in that page's own text. An orphaned claim's selectors describe the
// article as it was (its TimeState gives that version's date). Notes are
// TextualBody bodies ("commenting"), the fact a claim belongs to a "tagging"
// body, the figure a "describing" one.

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const PAGE_SIZE = 100;

export type AnnotatedNote = { id: string; body: string; author: string | null; createdAt: Date };

export type AnnotatedClaim = {
  id: string;
  quoteStart: number;
  quoteEnd: number;
  quoteExact: string;
  quotePrefix: string;
  quoteSuffix: string;
  figure: string;
  anchorStatus: string;
  /** For an orphan, when the version its selectors describe was made. */
  anchoredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  creator: { id: string; name: string } | null;
  fact: { id: string; label: string } | null;
  notes: AnnotatedNote[];
};

export type AnnotatedArticle = { id: string; title: string; url: string | null };

type Json = Record<string, unknown>;

const urn = (id: string) => `urn:uuid:${id}`;

export function articleSource(baseUrl: string, articleId: string): string {
  return `${baseUrl}/articles/${articleId}`;
}

export function collectionId(baseUrl: string, articleId: string): string {
  return `${baseUrl}/api/standards/articles/${articleId}/annotations`;
}

const person = (p: { id: string; name: string } | null): Json | undefined =>
  p ? { id: urn(p.id), type: "Person", name: p.name } : undefined;

export function toAnnotation(claim: AnnotatedClaim, article: AnnotatedArticle, baseUrl: string): Json {
  const bodies: Json[] = [{ type: "TextualBody", purpose: "describing", value: claim.figure, format: "text/plain" }];
  if (claim.fact)
    bodies.push({ type: "TextualBody", purpose: "tagging", value: claim.fact.label, format: "text/plain" });
  for (const note of claim.notes) {
    bodies.push({
      id: urn(note.id),
      type: "TextualBody",
      purpose: "commenting",
      value: note.body,
      format: "text/plain",
      created: note.createdAt.toISOString(),
      ...(note.author ? { creator: { type: "Person", name: note.author } } : {}),
    });
  }
  const target: Json = {
    type: "SpecificResource",
    source: articleSource(baseUrl, article.id),
    ...(article.url ? { scope: article.url } : {}),
    selector: [
      { type: "TextQuoteSelector", exact: claim.quoteExact, prefix: claim.quotePrefix, suffix: claim.quoteSuffix },
      { type: "TextPositionSelector", start: claim.quoteStart, end: claim.quoteEnd },
    ],
    ...(claim.anchorStatus === "orphan" && claim.anchoredAt
      ? { state: { type: "TimeState", sourceDate: claim.anchoredAt.toISOString() } }
      : {}),
  };
  const creator = person(claim.creator);
  return {
    id: urn(claim.id),
    type: "Annotation",
    motivation: claim.notes.length > 0 ? "commenting" : "highlighting",
    created: claim.createdAt.toISOString(),
    modified: claim.updatedAt.toISOString(),
    ...(creator ? { creator } : {}),
    generator: { id: baseUrl, type: "Software", name: "Recoupe" },
    body: bodies,
    target,
  };
}

export function pageId(baseUrl: string, articleId: string, page: number): string {
  return `${collectionId(baseUrl, articleId)}?page=${page}`;
}

/** One AnnotationPage (0-based), standalone with its @context or embedded without. */
export function annotationPage(
  article: AnnotatedArticle,
  claims: AnnotatedClaim[],
  info: { page: number; total: number; baseUrl: string; embedded?: boolean },
): Json {
  const pages = Math.max(1, Math.ceil(info.total / PAGE_SIZE));
  return {
    ...(info.embedded ? {} : { "@context": ANNO_CONTEXT }),
    id: pageId(info.baseUrl, article.id, info.page),
    type: "AnnotationPage",
    partOf: info.embedded
      ? collectionId(info.baseUrl, article.id)
      : { id: collectionId(info.baseUrl, article.id), label: article.title, total: info.total },
    startIndex: info.page * PAGE_SIZE,
    ...(info.page + 1 < pages ? { next: pageId(info.baseUrl, article.id, info.page + 1) } : {}),
    ...(info.page > 0 ? { prev: pageId(info.baseUrl, article.id, info.page - 1) } : {}),
    items: claims.map((c) => toAnnotation(c, article, info.baseUrl)),
  };
}

/** The collection of an article's annotations, its first page embedded. */
export function annotationCollection(
  article: AnnotatedArticle,
  firstPage: AnnotatedClaim[],
  info: { total: number; baseUrl: string; generatedAt: Date },
): Json {
  const pages = Math.max(1, Math.ceil(info.total / PAGE_SIZE));
  return {
    "@context": ANNO_CONTEXT,
    id: collectionId(info.baseUrl, article.id),
    type: "AnnotationCollection",
    label: article.title,
    total: info.total,
    generated: info.generatedAt.toISOString(),
    generator: { id: info.baseUrl, type: "Software", name: "Recoupe" },
    first: annotationPage(article, firstPage, { page: 0, total: info.total, baseUrl: info.baseUrl, embedded: true }),
    last: pageId(info.baseUrl, article.id, pages - 1),
  };
}
