import type { Kind } from "@/lib/claims/value";
import { db } from "@/lib/db/client";
import { rankFacts, type ClaimDraft, type FactProposal } from "./rank-facts";

/** Ranks the live facts of a compatible kind for a claim being tagged. */
export async function proposeFacts(draft: ClaimDraft): Promise<FactProposal[]> {
  const kinds: Kind[] = draft.kind === "date" || draft.kind === "date_range" ? ["date", "date_range"] : [draft.kind];
  const facts = await db().fact.findMany({
    where: { deletedAt: null, kind: { in: kinds } },
    select: {
      id: true,
      label: true,
      kind: true,
      countedKey: true,
      claims: {
        where: { deletedAt: null, article: { deletedAt: null } },
        select: { lower: true, upper: true, countedKey: true, quoteExact: true },
        take: 20,
      },
    },
  });
  return rankFacts(
    draft,
    facts.map((f) => ({
      id: f.id,
      label: f.label,
      kind: f.kind as Kind,
      countedKey: f.countedKey,
      claims: f.claims.map((c) => ({ lower: c.lower, upper: c.upper, countedKey: c.countedKey, quote: c.quoteExact })),
    })),
  );
}

export async function listFactChoices(): Promise<{ id: string; label: string; kind: Kind }[]> {
  const facts = await db().fact.findMany({
    where: { deletedAt: null },
    select: { id: true, label: true, kind: true },
    orderBy: { label: "asc" },
  });
  return facts.map((f) => ({ ...f, kind: f.kind as Kind }));
}
