import { toClaimValue } from "@/lib/claims/to-value";
import type { ClaimValue } from "@/lib/claims/value";
import { db, sql } from "@/lib/db/client";
import { isoDay } from "@/lib/format";
import { liveNotes, toNoteView, type NoteView } from "@/lib/notes/note-view";
import { createSentenceIndex } from "@/lib/reader/sentence-index";
import { SUGGESTIONS_PAGE_SIZE, toSuggestionView, type SuggestionView } from "@/lib/reader/suggestion-view";

export type ReaderClaim = {
  id: string;
  quoteStart: number;
  quoteEnd: number;
  quoteExact: string;
  figure: string;
  figureStart: number;
  figureEnd: number;
  value: ClaimValue;
  attributedTo: string | null;
  asOf: string | null;
  /** The fact shown: null when the claim has none or its fact is in the bin. */
  fact: { id: string; label: string } | null;
  /** The fact the claim points to, in the bin or not (kept when editing). */
  factId: string | null;
  version: number;
  author: string;
  createdAt: string;
  notes: NoteView[];
};

export type { SuggestionView } from "@/lib/reader/suggestion-view";

export type ArticleView = {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedAt: string;
  language: string;
  sourceFormat: string;
  text: string;
  /** Page furniture left out at import, line by line. */
  leftOut: string[];
  version: number;
  claims: ReaderClaim[];
  /** The first page of pending suggestions, in text order. */
  suggestions: SuggestionView[];
  /** Every pending suggestion's code point span, [start, end], to underline in the text. */
  suggestionSpans: [number, number][];
  pendingSuggestions: number;
};

export async function getArticle(id: string): Promise<ArticleView | null> {
  // The source as imported (raw_text, up to 5 MB) stays out: the reader shows the text.
  const article = await db().article.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      language: true,
      sourceFormat: true,
      text: true,
      leftOut: true,
      version: true,
      outlet: { select: { name: true } },
      claims: {
        where: { deletedAt: null },
        orderBy: { quoteStart: "asc" },
        include: {
          fact: { select: { id: true, label: true, deletedAt: true } },
          createdBy: { select: { name: true } },
          notes: liveNotes,
        },
      },
    },
  });
  if (!article) return null;
  // A long document holds thousands of suggestions: their spans (to underline)
  // in one light query, the first page in full.
  const [spans, firstPage] = await Promise.all([
    sql()<{ start: number; end: number }[]>`
      SELECT start, "end" FROM suggestions WHERE article_id = ${id} AND status = 'pending' ORDER BY start`,
    db().suggestion.findMany({
      where: { articleId: id, status: "pending" },
      orderBy: { start: "asc" },
      take: SUGGESTIONS_PAGE_SIZE,
    }),
  ]);
  const sentences = createSentenceIndex(article.text);
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet.name,
    url: article.url,
    publishedAt: isoDay(article.publishedAt),
    language: article.language,
    sourceFormat: article.sourceFormat,
    text: article.text,
    leftOut: Array.isArray(article.leftOut) ? article.leftOut.filter((l): l is string => typeof l === "string") : [],
    version: article.version,
    claims: article.claims.map((c) => ({
      id: c.id,
      quoteStart: c.quoteStart,
      quoteEnd: c.quoteEnd,
      quoteExact: c.quoteExact,
      figure: c.figure,
      figureStart: c.figureStart,
      figureEnd: c.figureEnd,
      value: toClaimValue(c),
      attributedTo: c.attributedTo,
      asOf: c.asOf ? isoDay(c.asOf) : null,
      fact: c.fact && !c.fact.deletedAt ? { id: c.fact.id, label: c.fact.label } : null,
      factId: c.factId,
      version: c.version,
      author: c.createdBy?.name ?? "Former user",
      createdAt: c.createdAt.toISOString(),
      notes: c.notes.map(toNoteView),
    })),
    suggestions: firstPage.map((s) => toSuggestionView(s, sentences)),
    suggestionSpans: spans.map((s): [number, number] => [s.start, s.end]),
    pendingSuggestions: spans.length,
  };
}
