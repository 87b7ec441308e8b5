import { z } from "zod";
import { KINDS } from "@/lib/claims/value";
import { storable } from "@/lib/validation/storable";

export const FACT_STATUSES = ["open", "resolved"] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

const label = z
  .string()
  .trim()
  .min(3, "Describe the fact in a few words")
  .max(300, "A fact's label is limited to 300 characters")
  .refine(...storable("The fact's label"));

export const createFactSchema = z.object({
  label,
  kind: z.enum(KINDS, "Choose what kind of figure the fact is about"),
});

export const updateFactSchema = z.object({
  factId: z.uuid("The fact is not a valid id"),
  version: z.coerce.number().int().min(1),
  label,
  status: z.enum(FACT_STATUSES, "Choose open or resolved"),
  resolutionNote: z
    .string()
    .trim()
    .max(5_000, "A resolution note is limited to 5,000 characters")
    .refine(...storable("The resolution note"))
    .optional()
    .transform((v) => (v ? v : null)),
});

export const factFilterSchema = z.object({
  status: z.enum(["open", "resolved", "all"]).catch("all"),
});

export type UpdateFactInput = z.output<typeof updateFactSchema>;
