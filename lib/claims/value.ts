import { z } from "zod";
import { storable } from "@/lib/validation/storable";
import { fromEpochDay, toEpochDay, type FigureKind, type FigureValue } from "@/lib/figures";

// A claim's value as the editor understands the figure: an interval with
// inclusive or exclusive ends (null = unbounded). Dates are whole days since
// 1970-01-01 and durations are days, so that every kind compares on one line.

export const KINDS = [
  "count",
  "date",
  "date_range",
  "duration",
  "percentage",
  "money",
  "quantity",
] as const satisfies readonly FigureKind[];
export type Kind = FigureKind;

export const KIND_LABELS: Record<Kind, string> = {
  count: "Count",
  date: "Date",
  date_range: "Period",
  duration: "Duration",
  percentage: "Percentage",
  money: "Amount of money",
  quantity: "Quantity (distance, area, weight…)",
};

export const isDateKind = (kind: Kind) => kind === "date" || kind === "date_range";

/** A figure's value as lib/figures reads it, minus the date precision, which a
 * claim does not store (it is inferred from the bounds when shown). */
export type ClaimValue = Omit<FigureValue, "precision">;

/** A bound as typed in a form: a number, or an ISO date for date kinds. */
export function parseBound(kind: Kind, raw: string | undefined): number | null | "invalid" {
  const text = raw?.trim() ?? "";
  if (text === "") return null;
  if (isDateKind(kind)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) return "invalid";
    return toEpochDay(text);
  }
  // Digits with an optional decimal point; spaces as thousands separators are
  // tolerated because editors copy figures from the text.
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return "invalid";
  return Number(compact);
}

/** The rounding step of a round figure: empty for none, else a positive number. */
function parseGranularity(raw: string | undefined): number | null | "invalid" {
  const text = raw?.trim() ?? "";
  if (text === "") return null;
  const n = Number(text.replace(",", "."));
  return Number.isFinite(n) && n > 0 ? n : "invalid";
}

/** A bound for a form field: the ISO date for date kinds, the number otherwise. */
export function formatBound(kind: Kind, value: number | null): string {
  if (value === null) return "";
  return isDateKind(kind) ? fromEpochDay(value) : String(value);
}

/** Empty when the interval is possible; otherwise what is wrong with it. */
export function intervalProblem(
  v: Pick<ClaimValue, "lower" | "upper" | "lowerInclusive" | "upperInclusive">,
): string | null {
  if (v.lower === null && v.upper === null)
    return "Give at least one bound: the value the figure states, or its lower or upper limit.";
  if (v.lower !== null && v.upper !== null) {
    if (v.lower > v.upper) return "The lower bound is above the upper bound.";
    if (v.lower === v.upper && !(v.lowerInclusive && v.upperInclusive)) {
      return "An interval with equal bounds must include them both.";
    }
  }
  return null;
}

export const valueFieldsSchema = z.object({
  kind: z.enum(KINDS, "Choose what kind of figure this is"),
  lower: z.string().optional(),
  upper: z.string().optional(),
  lowerInclusive: z.enum(["true", "false"]).default("true"),
  upperInclusive: z.enum(["true", "false"]).default("true"),
  approximate: z.literal("on").optional(),
  /** The step a round figure was rounded to, in the value's unit (days for durations). */
  granularity: z.string().trim().max(40).optional(),
  qualifier: z
    .string()
    .trim()
    .max(100)
    .refine(...storable("The qualifier"))
    .optional(),
  unit: z.string().trim().max(40).optional(),
  counted: z
    .string()
    .trim()
    .max(100)
    .refine(...storable("The counted thing"))
    .optional(),
  /** The class of the counted thing; derived from `counted` when not chosen. */
  countedKey: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-z_]*$/, "Not a known class of counted things")
    .optional(),
});

/** Form fields to a ClaimValue, or field errors. */
export function readValueFields(
  input: z.output<typeof valueFieldsSchema>,
  classify: (noun: string) => string | null,
): { value: ClaimValue } | { fieldErrors: Record<string, string[]> } {
  const lower = parseBound(input.kind, input.lower);
  const upper = parseBound(input.kind, input.upper);
  const granularity = parseGranularity(input.granularity);
  const dateHint = "Give a date as YYYY-MM-DD";
  const numberHint = "Give a number, such as 6700 or 6.5";
  const fieldErrors: Record<string, string[]> = {};
  if (lower === "invalid") fieldErrors.lower = [isDateKind(input.kind) ? dateHint : numberHint];
  if (upper === "invalid") fieldErrors.upper = [isDateKind(input.kind) ? dateHint : numberHint];
  if (granularity === "invalid")
    fieldErrors.granularity = ["Give the rounding step as a positive number, or leave it empty"];
  if (lower === "invalid" || upper === "invalid" || granularity === "invalid") return { fieldErrors };
  const counted = input.counted ? input.counted.toLowerCase() : null;
  const value: ClaimValue = {
    kind: input.kind,
    lower,
    upper,
    lowerInclusive: lower === null ? false : input.lowerInclusive === "true",
    upperInclusive: upper === null ? false : input.upperInclusive === "true",
    approximate: input.approximate === "on",
    granularity,
    qualifier: input.qualifier || null,
    unit: input.unit || (input.kind === "duration" ? "day" : input.kind === "percentage" ? "%" : null),
    counted,
    countedKey: input.countedKey || (counted ? classify(counted) : null),
  };
  const problem = intervalProblem(value);
  if (problem) return { fieldErrors: { upper: [problem] } };
  return { value };
}

/** A ClaimValue as the strings of the value fields (for forms and re-parsing). */
export function toValueFields(value: ClaimValue): z.input<typeof valueFieldsSchema> {
  return {
    kind: value.kind,
    lower: formatBound(value.kind, value.lower),
    upper: formatBound(value.kind, value.upper),
    lowerInclusive: value.lowerInclusive ? "true" : "false",
    upperInclusive: value.upperInclusive ? "true" : "false",
    approximate: value.approximate ? "on" : undefined,
    granularity: value.granularity ? String(value.granularity) : undefined,
    qualifier: value.qualifier ?? undefined,
    unit: value.unit ?? undefined,
    counted: value.counted ?? undefined,
    countedKey: value.countedKey ?? undefined,
  };
}
