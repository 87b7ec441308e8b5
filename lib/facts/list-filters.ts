import { z } from "zod";
import { KINDS } from "@/lib/claims/value";
import { STORED_VERDICTS } from "./refresh-fact-verdicts";

// What the facts and discrepancy lists can be filtered by, as their GET forms
// send it. A value outside its list is refused (with the catalog key of the
// message the page shows) and that filter is left out; the rest still applies.

export const LIST_STATUSES = ["all", "open", "resolved"] as const;
export const NOTES_FILTERS = ["with", "without"] as const;
/** A fact is a discrepancy when its claims do not all agree (lib/discrepancies/classify.ts isDiscrepancy). */
export const DISCREPANCY_VERDICTS = ["conflict", "not_comparable", "evolving", "compatible"] as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** One value per field: a repeated parameter (?status=a&status=b) is taken at its first. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => blankToUndefined(first(v)), schema.optional());

export function listFilterSchema(scope: "facts" | "discrepancies") {
  const verdicts = scope === "facts" ? STORED_VERDICTS : DISCREPANCY_VERDICTS;
  return z.object({
    status: optional(z.enum(LIST_STATUSES, "lists.errors.status")),
    verdict: optional(z.enum(verdicts, "lists.errors.verdict")),
    kind: optional(z.enum(KINDS, "lists.errors.kind")),
    outlet: optional(z.string().trim().max(200, "lists.errors.outlet")),
    notes: optional(z.enum(NOTES_FILTERS, "lists.errors.notes")),
    q: optional(z.string().trim().max(200, "lists.errors.words")),
    cursor: optional(z.string().max(500)),
  });
}

export type ListFilters = {
  status?: (typeof LIST_STATUSES)[number];
  verdict?: (typeof STORED_VERDICTS)[number];
  kind?: (typeof KINDS)[number];
  outlet?: string;
  notes?: (typeof NOTES_FILTERS)[number];
  q?: string;
};

export type ParsedListQuery = {
  filters: ListFilters;
  cursor: string | undefined;
  /** Catalog keys of the refusals, by field. */
  errors: Partial<Record<keyof ListFilters, string>>;
};

/**
 * Reads the page's query string. Never throws: each refused field is reported
 * and dropped, the others kept. The cursor is checked later (lib/facts/list-facts-page.ts).
 */
export function parseListQuery(
  scope: "facts" | "discrepancies",
  params: Record<string, string | string[] | undefined>,
): ParsedListQuery {
  const schema = listFilterSchema(scope);
  const filters: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const parsed = field.safeParse(params[key]);
    if (parsed.success) {
      if (parsed.data !== undefined) filters[key] = parsed.data;
    } else if (key !== "cursor") errors[key] = parsed.error.issues[0]?.message ?? "lists.errors.invalid";
  }
  const { cursor, ...rest } = filters;
  return { filters: rest as ListFilters, cursor: cursor as string | undefined, errors };
}

/** The words of a label search: letters and digits, at most eight of them. */
export function labelWords(q: string | undefined): string[] {
  return (q?.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** An outlet filter must name an outlet Recoupe knows (`known`: whether one has that name). */
export function refuseUnknownOutlet(query: ParsedListQuery, known: boolean): ParsedListQuery {
  if (!query.filters.outlet || known) return query;
  const { outlet: _dropped, ...filters } = query.filters;
  return { ...query, filters, errors: { ...query.errors, outlet: "lists.errors.outlet" } };
}
