import { z } from "zod";
import { storable } from "@/lib/validation/storable";
import { valueFieldsSchema } from "./value";

const id = (what: string) => z.uuid(`${what} is not a valid id`);
const offset = z.coerce
  .number("Offsets are numbers")
  .int("Offsets are whole numbers")
  .min(0, "Offsets cannot be negative");
const optionalTrimmed = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is limited to ${max} characters`)
    .refine(...storable(label))
    .optional()
    .transform((v) => (v ? v : null));

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(z.iso.date("Give the date as YYYY-MM-DD").nullable());

/** Which fact a claim joins: an existing one, a new one, or none yet. */
const factChoice = {
  factId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(id("The fact").nullable()),
  newFactLabel: optionalTrimmed(300, "A fact's label"),
};

export const claimDetailsSchema = valueFieldsSchema.extend({
  ...factChoice,
  attributedTo: optionalTrimmed(200, "Attribution"),
  asOf: optionalDate,
});

export const createClaimSchema = claimDetailsSchema.extend({
  articleId: id("The article"),
  quoteStart: offset,
  quoteEnd: offset,
  quoteExact: z.string().min(1, "Select the passage to tag").max(5_000, "A quote is limited to 5,000 characters"),
  figure: z
    .string()
    .trim()
    .min(1, "Give the figure as written in the quote")
    .max(200, "A figure is limited to 200 characters")
    .refine(...storable("The figure")),
  figureStart: offset.optional(),
  figureEnd: offset.optional(),
  suggestionId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(id("The suggestion").nullable()),
});

export const updateClaimSchema = claimDetailsSchema.extend({
  claimId: id("The claim"),
  version: z.coerce.number().int().min(1),
});

export type CreateClaimInput = z.output<typeof createClaimSchema>;
export type UpdateClaimInput = z.output<typeof updateClaimSchema>;
