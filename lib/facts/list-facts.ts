import { toClaimValue } from "@/lib/claims/to-value";
import type { ClaimValue, Kind } from "@/lib/claims/value";
import { db } from "@/lib/db/client";
import type { FactVerdict } from "@/lib/discrepancies/classify";
import { factVerdict } from "@/lib/discrepancies/fact-verdict";
import { isoDay } from "@/lib/format";

export type FactSummary = {
  id: string;
  label: string;
  kind: Kind;
  status: string;
  lastActivity: string;
  claims: { id: string; outlet: string; figure: string; value: ClaimValue; publishedAt: string; asOf: string | null }[];
  verdict: FactVerdict;
  notes: number;
};

/** Every live fact with its live claims and its classification, newest activity first. */
export async function listFacts(
  filter: { status?: "open" | "resolved" | "all"; ids?: string[] } = {},
): Promise<FactSummary[]> {
  const facts = await db().fact.findMany({
    where: {
      deletedAt: null,
      ...(filter.status && filter.status !== "all" ? { status: filter.status } : {}),
      ...(filter.ids ? { id: { in: filter.ids } } : {}),
    },
    select: {
      id: true,
      label: true,
      kind: true,
      status: true,
      updatedAt: true,
      _count: { select: { notes: { where: { deletedAt: null } } } },
      claims: {
        where: { deletedAt: null, article: { deletedAt: null } },
        orderBy: { article: { publishedAt: "asc" } },
        include: { article: { select: { publishedAt: true, outlet: { select: { name: true } } } } },
      },
    },
  });
  return facts
    .map((f) => {
      const claims = f.claims.map((c) => ({
        id: c.id,
        outlet: c.article.outlet.name,
        figure: c.figure,
        value: toClaimValue(c),
        publishedAt: isoDay(c.article.publishedAt),
        asOf: c.asOf ? isoDay(c.asOf) : null,
      }));
      const last = Math.max(f.updatedAt.getTime(), ...f.claims.map((c) => c.updatedAt.getTime()));
      return {
        id: f.id,
        label: f.label,
        kind: f.kind as Kind,
        status: f.status,
        lastActivity: new Date(last).toISOString(),
        claims,
        verdict: factVerdict(claims),
        notes: f._count.notes,
      };
    })
    .sort((a, b) => b.lastActivity.localeCompare(a.lastActivity));
}
