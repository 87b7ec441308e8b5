import { toClaimValue } from "@/lib/claims/to-value";
import { db } from "@/lib/db/client";
import { isDiscrepancy } from "@/lib/discrepancies/classify";
import { factVerdict } from "@/lib/discrepancies/fact-verdict";
import { isoDay } from "@/lib/format";
import { liveNotes, toNoteView, type NoteView } from "@/lib/notes/note-view";
import type { FactInput } from "./build-report";

export type ReportScope = { factIds?: string[]; only: "discrepancies" | "all"; status: "open" | "resolved" | "all" };

const toNote = (n: NoteView) => ({ author: n.author, createdAt: n.createdAt, body: n.body });

/** The facts of a report, with everything the export shows, in one query. */
export async function loadReportFacts(scope: ReportScope): Promise<FactInput[]> {
  const facts = await db().fact.findMany({
    where: {
      deletedAt: null,
      ...(scope.factIds ? { id: { in: scope.factIds } } : {}),
      ...(scope.status !== "all" ? { status: scope.status } : {}),
    },
    orderBy: { label: "asc" },
    include: {
      notes: liveNotes,
      claims: {
        where: { deletedAt: null, article: { deletedAt: null } },
        orderBy: [{ article: { publishedAt: "asc" } }, { quoteStart: "asc" }],
        include: {
          notes: liveNotes,
          article: {
            select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true } } },
          },
        },
      },
    },
  });
  const inputs: FactInput[] = facts.map((f) => ({
    id: f.id,
    label: f.label,
    kind: f.kind,
    status: f.status,
    resolutionNote: f.resolutionNote,
    notes: f.notes.map(toNoteView).map(toNote),
    claims: f.claims.map((c) => ({
      id: c.id,
      articleId: c.article.id,
      outlet: c.article.outlet.name,
      articleTitle: c.article.title,
      articleUrl: c.article.url,
      publishedAt: isoDay(c.article.publishedAt),
      quote: c.quoteExact,
      figure: c.figure,
      value: toClaimValue(c),
      attributedTo: c.attributedTo,
      asOf: c.asOf ? isoDay(c.asOf) : null,
      notes: c.notes.map(toNoteView).map(toNote),
    })),
  }));
  // A chosen set is exported as chosen; otherwise only what disagrees.
  if (scope.factIds || scope.only === "all") return inputs;
  return inputs.filter((f) => isDiscrepancy(factVerdict(f.claims)));
}
