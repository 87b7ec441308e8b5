import { toClaimValue } from "@/lib/claims/to-value";
import { db, sql } from "@/lib/db/client";
import { isoDay } from "@/lib/format";
import { buildClaimReview, type ReviewFact, type ReviewOptions } from "./claim-review";

// Facts as the ClaimReview builder needs them: their live claims with each
// article, and who resolved them when (from the history).

const PAGE = 200;

async function resolutions(factIds: string[]): Promise<Map<string, { at: Date; by: string | null }>> {
  if (factIds.length === 0) return new Map();
  const rows = await sql()<{ entity_id: string; at: Date; name: string | null }[]>`
    SELECT DISTINCT ON (r.entity_id) r.entity_id::text, r.at, u.name
    FROM revisions r LEFT JOIN users u ON u.id = r.actor_id
    WHERE r.entity_type = 'fact' AND r.entity_id = ANY(${factIds}::uuid[]) AND r.after ->> 'status' = 'resolved'
    ORDER BY r.entity_id, r.at DESC`;
  return new Map(rows.map((r) => [r.entity_id, { at: r.at, by: r.name }]));
}

async function loadFacts(where: { id?: string; cursor?: string }): Promise<ReviewFact[]> {
  const facts = await db().fact.findMany({
    where: {
      deletedAt: null,
      ...(where.id ? { id: where.id } : {}),
      ...(where.cursor ? { id: { gt: where.cursor } } : {}),
    },
    orderBy: { id: "asc" },
    take: where.id ? 1 : PAGE,
    include: {
      claims: {
        where: { deletedAt: null, article: { deletedAt: null } },
        orderBy: [{ article: { publishedAt: "asc" } }, { quoteStart: "asc" }],
        include: {
          article: {
            select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { name: true } } },
          },
        },
      },
    },
  });
  const resolved = await resolutions(facts.filter((f) => f.status === "resolved").map((f) => f.id));
  return facts.map((f) => ({
    id: f.id,
    label: f.label,
    status: f.status === "resolved" ? "resolved" : "open",
    resolutionNote: f.resolutionNote,
    updatedAt: f.updatedAt,
    resolvedAt: f.status === "resolved" ? (resolved.get(f.id)?.at ?? f.updatedAt) : null,
    resolvedBy: f.status === "resolved" ? (resolved.get(f.id)?.by ?? null) : null,
    claims: f.claims.map((c) => ({
      figure: c.figure,
      value: toClaimValue(c),
      asOf: c.asOf ? isoDay(c.asOf) : null,
      anchorStatus: c.anchorStatus,
      article: {
        id: c.article.id,
        title: c.article.title,
        url: c.article.url,
        publishedAt: isoDay(c.article.publishedAt),
        outlet: c.article.outlet.name,
      },
    })),
  }));
}

/** The ClaimReview of one fact, or null when there is no such live fact. */
export async function loadClaimReview(factId: string, options: ReviewOptions) {
  const [fact] = await loadFacts({ id: factId });
  return fact ? buildClaimReview(fact, options) : null;
}

/** Every live fact's ClaimReview, as the pieces of one JSON array, a page of facts at a time. */
export async function* streamClaimReviews(options: ReviewOptions & { resolvedOnly?: boolean }): AsyncGenerator<string> {
  yield "[";
  let cursor: string | undefined;
  let first = true;
  for (;;) {
    const facts = await loadFacts({ cursor });
    for (const fact of facts) {
      if (options.resolvedOnly && fact.status !== "resolved") continue;
      yield `${first ? "\n" : ",\n"}${JSON.stringify(buildClaimReview(fact, options))}`;
      first = false;
    }
    if (facts.length < PAGE) break;
    cursor = facts[facts.length - 1]?.id;
  }
  yield "\n]\n";
}
