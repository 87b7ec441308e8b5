import type { Kind } from "@/lib/claims/value";

const DATE_KINDS = new Set<Kind>(["date", "date_range"]);

/** Whether a claim of this kind can sit in a fact of that kind. */
export function kindsCompatible(fact: Kind, claim: Kind): boolean {
  return fact === claim || (DATE_KINDS.has(fact) && DATE_KINDS.has(claim));
}
