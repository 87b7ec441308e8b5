import { z } from "zod";
import { KINDS } from "@/lib/claims/value";
import { uuidOf, version } from "@/lib/validation/fields";
import { storableField } from "@/lib/validation/storable";

export const FACT_STATUSES = ["open", "resolved"] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

const label = z
  .string("errors.fact.labelTooShort")
  .trim()
  .min(3, "errors.fact.labelTooShort")
  .max(300, "errors.text.tooLong")
  .superRefine(storableField("label"));

export const createFactSchema = z.object({
  label,
  kind: z.enum(KINDS, "errors.value.kind"),
});

export const updateFactSchema = z.object({
  factId: uuidOf("factId"),
  version: version(),
  label,
  status: z.enum(FACT_STATUSES, "errors.fact.status"),
  resolutionNote: z
    .string()
    .trim()
    .max(5_000, "errors.text.tooLong")
    .superRefine(storableField("resolutionNote"))
    .optional()
    .transform((v) => (v ? v : null)),
});

export const factFilterSchema = z.object({
  status: z.enum(["open", "resolved", "all"]).catch("all"),
});

export type UpdateFactInput = z.output<typeof updateFactSchema>;
