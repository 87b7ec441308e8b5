import { z } from "zod";
import { message, type FieldMessages, type Localizable } from "@/lib/errors/app-error";
import { storableField } from "@/lib/validation/storable";
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

/**
 * What a value of each kind may be. Outside these a figure is a typo, an attack
 * or an overflow ("1" followed by 400 zeros reads as Infinity), never a claim:
 * - counts and sums of money: 0 to 10^15 (a thousand trillion);
 * - percentages: -100 % (all of it lost) to 1,000,000 % (a hyperinflation's year);
 * - dates: the years 1000 to 9999 (what YYYY-MM-DD writes);
 * - durations: 0 days up to the age of the universe (about 5.2 × 10^12 days);
 * - measured quantities, in SI units (metres, square metres, kilograms, °C…): from
 *   -10^15 (temperatures and depths go below zero) to 10^27 (a planet's mass in kg,
 *   the observable universe in metres).
 */
export const VALUE_LIMITS: Record<Kind, { min: number; max: number }> = {
  count: { min: 0, max: 1e15 },
  money: { min: 0, max: 1e15 },
  percentage: { min: -100, max: 1e6 },
  duration: { min: 0, max: 5.2e12 },
  date: { min: toEpochDay("1000-01-01"), max: toEpochDay("9999-12-31") },
  date_range: { min: toEpochDay("1000-01-01"), max: toEpochDay("9999-12-31") },
  quantity: { min: -1e15, max: 1e27 },
};

/** Whether a bound is finite and plausible for its kind. */
export function isPlausible(kind: Kind, value: number): boolean {
  const { min, max } = VALUE_LIMITS[kind];
  return Number.isFinite(value) && value >= min && value <= max;
}

/** What is wrong with a value, for the field that holds it. */
function outOfRange(kind: Kind, given: string): Localizable {
  const { min, max } = VALUE_LIMITS[kind];
  return isDateKind(kind)
    ? message("errors.value.dateOutOfRange", { given, min: 1000, max: 9999 })
    : message("errors.value.outOfRange", { kind, given: given.slice(0, 40), min, max });
}

/** A bound as typed in a form: a number, or an ISO date for date kinds; or what is wrong with it. */
export function parseBound(kind: Kind, raw: string | undefined): number | null | Localizable {
  const text = raw?.trim() ?? "";
  if (text === "") return null;
  if (isDateKind(kind)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return message("errors.value.notADate", { given: text.slice(0, 40) });
    let day: number;
    try {
      day = toEpochDay(text);
    } catch {
      return message("errors.value.noSuchDay", { given: text });
    }
    return isPlausible(kind, day) ? day : outOfRange(kind, text);
  }
  // Digits with an optional decimal point; spaces as thousands separators are
  // tolerated because editors copy figures from the text.
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return message("errors.value.notANumber", { given: text.slice(0, 40) });
  const n = Number(compact);
  return isPlausible(kind, n) ? n : outOfRange(kind, text);
}

/** The rounding step of a round figure: empty for none, else a positive number within the kind's span. */
function parseGranularity(kind: Kind, raw: string | undefined): number | null | Localizable {
  const text = raw?.trim() ?? "";
  if (text === "") return null;
  const n = Number(text.replace(",", "."));
  const { min, max } = VALUE_LIMITS[kind];
  if (!Number.isFinite(n) || n <= 0) return message("errors.value.granularity", { given: text.slice(0, 40) });
  if (n > max - min) return message("errors.value.granularityTooLarge", { given: text.slice(0, 40), max: max - min });
  return n;
}

const isProblem = (v: number | null | Localizable): v is Localizable => typeof v === "object" && v !== null;

/** A bound for a form field: the ISO date for date kinds, the number otherwise. */
export function formatBound(kind: Kind, value: number | null): string {
  if (value === null) return "";
  return isDateKind(kind) ? fromEpochDay(value) : String(value);
}

/** Empty when the interval is possible; otherwise what is wrong with it (a catalog key). */
export function intervalProblem(
  v: Pick<ClaimValue, "lower" | "upper" | "lowerInclusive" | "upperInclusive">,
): string | null {
  if (v.lower === null && v.upper === null) return "errors.value.noBound";
  if (v.lower !== null && v.upper !== null) {
    if (v.lower > v.upper) return "errors.value.lowerAboveUpper";
    if (v.lower === v.upper && !(v.lowerInclusive && v.upperInclusive)) return "errors.value.equalBoundsExcluded";
  }
  return null;
}

export const valueFieldsSchema = z.object({
  kind: z.enum(KINDS, "errors.value.kind"),
  lower: z.string().optional(),
  upper: z.string().optional(),
  lowerInclusive: z.enum(["true", "false"], "errors.field.invalidChoice").default("true"),
  upperInclusive: z.enum(["true", "false"], "errors.field.invalidChoice").default("true"),
  approximate: z.literal("on", "errors.field.invalidChoice").optional(),
  /** The step a round figure was rounded to, in the value's unit (days for durations). */
  granularity: z.string().trim().max(40, "errors.text.tooLong").optional(),
  qualifier: z.string().trim().max(100, "errors.text.tooLong").superRefine(storableField("qualifier")).optional(),
  unit: z.string().trim().max(40, "errors.text.tooLong").superRefine(storableField("unit")).optional(),
  counted: z.string().trim().max(100, "errors.text.tooLong").superRefine(storableField("counted")).optional(),
  /** The class of the counted thing; derived from `counted` when not chosen. */
  countedKey: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-z_]*$/, "errors.value.countedKey")
    .optional(),
});

/** Form fields to a ClaimValue, or each field's problem. */
export function readValueFields(
  input: z.output<typeof valueFieldsSchema>,
  classify: (noun: string) => string | null,
): { value: ClaimValue } | { fieldErrors: FieldMessages } {
  const lower = parseBound(input.kind, input.lower);
  const upper = parseBound(input.kind, input.upper);
  const granularity = parseGranularity(input.kind, input.granularity);
  const fieldErrors: FieldMessages = {};
  if (isProblem(lower)) fieldErrors.lower = [lower];
  if (isProblem(upper)) fieldErrors.upper = [upper];
  if (isProblem(granularity)) fieldErrors.granularity = [granularity];
  if (isProblem(lower) || isProblem(upper) || isProblem(granularity)) return { fieldErrors };
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
