import { z } from "zod";
import { calendarDate, offset, uuidOf, version } from "@/lib/validation/fields";
import { storableField } from "@/lib/validation/storable";
import { valueFieldsSchema } from "./value";

const optionalTrimmed = (max: number, field: string) =>
  z
    .string()
    .trim()
    .max(max, "errors.text.tooLong")
    .superRefine(storableField(field))
    .optional()
    .transform((v) => (v ? v : null));

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : (v ?? null));

/** An optional id: empty means none. */
const optionalId = (field: string) => z.preprocess(emptyToNull, uuidOf(field).nullable());

const optionalDate = z.preprocess(emptyToNull, calendarDate("asOf").nullable());

/** Which fact a claim joins: an existing one, a new one, or none yet. */
const factChoice = {
  factId: optionalId("factId"),
  newFactLabel: optionalTrimmed(300, "newFactLabel"),
};

export const claimDetailsSchema = valueFieldsSchema.extend({
  ...factChoice,
  attributedTo: optionalTrimmed(200, "attributedTo"),
  asOf: optionalDate,
});

export const createClaimSchema = claimDetailsSchema.extend({
  articleId: uuidOf("articleId"),
  quoteStart: offset("quoteStart"),
  quoteEnd: offset("quoteEnd"),
  quoteExact: z
    .string("errors.claim.selectPassage")
    .min(1, "errors.claim.selectPassage")
    .max(5_000, "errors.text.tooLong")
    .superRefine(storableField("quoteExact")),
  figure: z
    .string("errors.claim.figureRequired")
    .trim()
    .min(1, "errors.claim.figureRequired")
    .max(200, "errors.text.tooLong")
    .superRefine(storableField("figure")),
  figureStart: z.preprocess((v) => (v === "" ? undefined : v), offset("figureStart").optional()),
  figureEnd: z.preprocess((v) => (v === "" ? undefined : v), offset("figureEnd").optional()),
  suggestionId: optionalId("suggestionId"),
});

export const updateClaimSchema = claimDetailsSchema.extend({
  claimId: uuidOf("claimId"),
  version: version(),
});

export type CreateClaimInput = z.output<typeof createClaimSchema>;
export type UpdateClaimInput = z.output<typeof updateClaimSchema>;
