import { z } from "zod";
import { articleMetadataSchema } from "@/lib/articles/schema";

// Import by address: only the address is required; what the editor leaves
// empty is read from the page (its outlet, title, date and language), and
// refused with a message naming the field when the page does not say.

const fields = articleMetadataSchema.shape;
const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const importUrlSchema = z.object({
  url: z
    .string("fetch.import.urlRequired")
    .trim()
    .min(1, "fetch.import.urlRequired")
    .max(2_000, "fetch.import.urlTooLong"),
  outlet: z.preprocess(empty, fields.outlet.optional()),
  title: fields.title,
  publishedAt: z.preprocess(empty, fields.publishedAt.optional()),
  language: z.preprocess(empty, fields.language.optional()),
  keepBoilerplate: z
    .union([z.literal("on"), z.boolean()])
    .optional()
    .transform((v) => v === "on" || v === true),
});

export type ImportUrlInput = z.input<typeof importUrlSchema>;
