import type { Kind } from "@/lib/claims/value";
import { isCountedSubset } from "@/lib/figures";
import { kindsCompatible } from "./kinds";
import { contentWords } from "./words";

// Which existing facts a new claim most likely belongs to, best first, with the
// reasons as codes and details (the caller says them in the reader's language).
// Pure: the caller loads the candidates.

export type FactCandidate = {
  id: string;
  label: string;
  kind: Kind;
  countedKey: string | null;
  claims: { lower: number | null; upper: number | null; countedKey: string | null; quote: string }[];
  /** Ids of the entities (lib/aliases) its label and quotes name, in any spelling. */
  entities?: string[];
};

export type ClaimDraft = {
  kind: Kind;
  countedKey: string | null;
  lower: number | null;
  upper: number | null;
  /** The sentence around the figure. */
  context: string;
  /** The entities the sentence names, in any spelling ("Aliyev" names Ilham Aliev). */
  entities?: { id: string; name: string }[];
};

/**
 * Why a fact is proposed; `detail` (and `other`) fill the reason's sentence: counted-thing
 * keys (lib/figures countedLabel says them), shared words, names, days.
 */
export type ProposalReason =
  | { code: "sameCounted"; detail: string }
  | { code: "relatedCounted"; detail: string; other: string }
  | { code: "sameDate" }
  | { code: "datesApart"; detail: number }
  | { code: "closeValues" }
  | { code: "sharedWords"; detail: string }
  | { code: "sameNames"; detail: string };

export type FactProposal = { id: string; label: string; score: number; reasons: ProposalReason[] };

const mid = (lower: number | null, upper: number | null) =>
  lower !== null && upper !== null ? (lower + upper) / 2 : (lower ?? upper);

export function rankFacts(draft: ClaimDraft, facts: FactCandidate[], limit = 8): FactProposal[] {
  const draftWords = contentWords(draft.context);
  const draftMid = mid(draft.lower, draft.upper);
  const proposals: FactProposal[] = [];

  for (const fact of facts) {
    if (!kindsCompatible(fact.kind, draft.kind)) continue;
    let score = 0;
    const reasons: ProposalReason[] = [];

    const factCounted = fact.countedKey ?? fact.claims.find((c) => c.countedKey)?.countedKey ?? null;
    if (draft.countedKey && factCounted) {
      if (draft.countedKey === factCounted) {
        score += 3;
        reasons.push({ code: "sameCounted", detail: factCounted });
      } else if (isCountedSubset(draft.countedKey, factCounted) || isCountedSubset(factCounted, draft.countedKey)) {
        score += 1;
        reasons.push({ code: "relatedCounted", detail: draft.countedKey, other: factCounted });
      } else {
        score -= 2;
      }
    }

    if (draftMid !== null) {
      const mids = fact.claims.map((c) => mid(c.lower, c.upper)).filter((m): m is number => m !== null);
      if (mids.length > 0) {
        const nearest = Math.min(...mids.map((m) => Math.abs(m - draftMid)));
        const points = proximityPoints(draft.kind, nearest, Math.max(1, Math.abs(draftMid)));
        score += points.score;
        if (points.reason) reasons.push(points.reason);
      }
    }

    const factWords = contentWords([fact.label, ...fact.claims.map((c) => c.quote)].join(" "));
    const shared = [...draftWords].filter((w) => factWords.has(w));
    if (shared.length > 0) {
      score += Math.min(4, shared.length * 0.8);
      reasons.push({ code: "sharedWords", detail: shared.slice(0, 4).join(", ") });
    }

    // A name shared in another spelling counts as a shared name (Aliyev, Aliev).
    const factEntities = new Set(fact.entities ?? []);
    const names = (draft.entities ?? []).filter((e) => factEntities.has(e.id));
    if (names.length > 0) {
      score += Math.min(2, names.length);
      reasons.push({
        code: "sameNames",
        detail: names
          .slice(0, 3)
          .map((e) => e.name)
          .join(", "),
      });
    }

    if (score > 0.5) proposals.push({ id: fact.id, label: fact.label, score: Math.round(score * 10) / 10, reasons });
  }
  return proposals.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, limit);
}

/** Points for how close the new value is to the fact's nearest claim. */
function proximityPoints(kind: Kind, distance: number, scale: number): { score: number; reason?: ProposalReason } {
  if (kind === "date" || kind === "date_range") {
    const days = Math.round(distance);
    if (days === 0) return { score: 3, reason: { code: "sameDate" } };
    if (days <= 3) return { score: 3, reason: { code: "datesApart", detail: days } };
    if (days <= 31) return { score: 2, reason: { code: "datesApart", detail: days } };
    return { score: days <= 366 ? 0.5 : 0 };
  }
  return distance / scale <= 0.5 ? { score: 1.5, reason: { code: "closeValues" } } : { score: 0 };
}
