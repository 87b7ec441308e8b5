import { liveNotes, toNoteView, type NoteView } from "@/lib/notes/note-view";
import { sentenceAround } from "@/lib/anchors/sentence";
import { toClaimValue } from "@/lib/claims/to-value";
import type { ClaimValue, Kind } from "@/lib/claims/value";
import { db, sql } from "@/lib/db/client";
import { isoDay } from "@/lib/format";
import type { Tally } from "@/lib/discrepancies/fact-verdict";
import type { FactStatus } from "./schema";

export type FactClaim = {
  id: string;
  articleId: string;
  articleTitle: string;
  outlet: string;
  publishedAt: string;
  figure: string;
  quoteExact: string;
  /** The figure inside the quote, in code points from the quote's start. */
  figureInQuote: { start: number; end: number };
  /** The article's language (BCP 47), for lang attributes on quotes. */
  language: string;
  /** The sentence around the quote, cut in three around the figure. */
  context: { before: string; figure: string; after: string };
  value: ClaimValue;
  attributedTo: string | null;
  asOf: string | null;
  version: number;
  notes: NoteView[];
};

export type FactView = {
  id: string;
  label: string;
  kind: Kind;
  countedKey: string | null;
  status: FactStatus;
  resolutionNote: string | null;
  /** How the count behaves over time (lib/discrepancies/event-period.ts); null: from the label. */
  tally: Tally;
  /** The day the counted event ended, as an editor gave it (ISO). */
  eventEnd: string | null;
  version: number;
  updatedAt: string;
  notes: NoteView[];
  claims: FactClaim[];
};

const WINDOW = 500;

/** Sentences around each claim, read from a window of its article's text only. */
async function contexts(claimIds: string[]) {
  if (claimIds.length === 0) return new Map<string, FactClaim["context"]>();
  // substr counts characters (code points), as our offsets do.
  const rows = await sql()<
    {
      id: string;
      window: string;
      from: number;
      quote_start: number;
      quote_end: number;
      figure_start: number;
      figure_end: number;
    }[]
  >`
    SELECT c.id, substr(a.text, greatest(1, c.quote_start - ${WINDOW} + 1), (c.quote_end - greatest(0, c.quote_start - ${WINDOW})) + ${WINDOW}) AS window,
      greatest(0, c.quote_start - ${WINDOW}) AS from, c.quote_start, c.quote_end, c.figure_start, c.figure_end
    FROM claims c JOIN articles a ON a.id = c.article_id
    WHERE c.id = ANY(${claimIds}::uuid[])`;
  const out = new Map<string, FactClaim["context"]>();
  for (const r of rows) {
    const cps = [...r.window];
    const local = (n: number) => n - r.from;
    const sentence = sentenceAround(r.window, local(r.quote_start), local(r.quote_end));
    const s = Math.min(sentence.start, local(r.figure_start));
    const e = Math.max(sentence.end, local(r.figure_end));
    out.set(r.id, {
      before: cps.slice(s, local(r.figure_start)).join(""),
      figure: cps.slice(local(r.figure_start), local(r.figure_end)).join(""),
      after: cps.slice(local(r.figure_end), e).join(""),
    });
  }
  return out;
}

export async function getFact(id: string): Promise<FactView | null> {
  const fact = await db().fact.findFirst({
    where: { id, deletedAt: null },
    include: {
      notes: liveNotes,
      claims: {
        where: { deletedAt: null, article: { deletedAt: null } },
        include: {
          article: {
            select: { id: true, title: true, publishedAt: true, language: true, outlet: { select: { name: true } } },
          },
          notes: liveNotes,
        },
        orderBy: [{ article: { publishedAt: "asc" } }, { quoteStart: "asc" }],
      },
    },
  });
  if (!fact) return null;
  const context = await contexts(fact.claims.map((c) => c.id));
  return {
    id: fact.id,
    label: fact.label,
    kind: fact.kind as Kind,
    countedKey: fact.countedKey,
    status: fact.status as FactStatus,
    resolutionNote: fact.resolutionNote,
    tally: fact.tally === "running" || fact.tally === "fixed" ? fact.tally : null,
    eventEnd: fact.eventEnd ? isoDay(fact.eventEnd) : null,
    version: fact.version,
    updatedAt: fact.updatedAt.toISOString(),
    notes: fact.notes.map(toNoteView),
    claims: fact.claims.map((c) => ({
      id: c.id,
      articleId: c.article.id,
      articleTitle: c.article.title,
      outlet: c.article.outlet.name,
      publishedAt: isoDay(c.article.publishedAt),
      figure: c.figure,
      quoteExact: c.quoteExact,
      figureInQuote: { start: c.figureStart - c.quoteStart, end: c.figureEnd - c.quoteStart },
      language: c.article.language,
      context: context.get(c.id) ?? { before: "", figure: c.figure, after: "" },
      value: toClaimValue(c),
      attributedTo: c.attributedTo,
      asOf: c.asOf ? isoDay(c.asOf) : null,
      version: c.version,
      notes: c.notes.map(toNoteView),
    })),
  };
}
