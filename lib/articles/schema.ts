import { z } from "zod";
import { calendarDate } from "@/lib/validation/fields";
import { storableField } from "@/lib/validation/storable";

export const LANGUAGES = { fr: "French", en: "English" } as const;
export type Language = keyof typeof LANGUAGES;

const optionalText = (max: number, field: string) =>
  z
    .string()
    .trim()
    .max(max, "errors.text.tooLong")
    .superRefine(storableField(field))
    .optional()
    .transform((v) => (v ? v : undefined));

/** A real day (2020-02-31 is refused as such) from 1900 to today (two days' grace for time zones). */
const publicationDate = calendarDate("publishedAt", 1900, 9999).refine(
  (value) => new Date(`${value}T00:00:00Z`).getTime() <= Date.now() + 2 * 86_400_000,
  { message: "errors.article.publishedInFuture" },
);

export const articleMetadataSchema = z.object({
  outlet: z
    .string("errors.article.outletRequired")
    .trim()
    .min(1, "errors.article.outletRequired")
    .max(200, "errors.text.tooLong")
    .superRefine(storableField("outlet")),
  title: optionalText(500, "title"),
  url: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .url({ protocol: /^https?$/, message: "errors.article.url" })
        .max(2_000, "errors.text.tooLong")
        .optional(),
    ),
  publishedAt: publicationDate,
  language: z.enum(Object.keys(LANGUAGES) as [Language, ...Language[]], "errors.article.language"),
});

const uploadedFile = z
  .instanceof(File)
  .optional()
  .transform((f) => (f && f.size > 0 ? f : undefined));

export const importArticleSchema = articleMetadataSchema.extend({
  text: z
    .string()
    .optional()
    .transform((v) => (v && v.trim() ? v : undefined)),
  file: uploadedFile,
  format: z.enum(["text", "markdown", "html"], "errors.article.format").default("text"),
  keepBoilerplate: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
});

export type ImportArticleInput = z.output<typeof importArticleSchema>;

export const articleSearchSchema = z.object({
  q: z.string().trim().max(200, "Search text is limited to 200 characters").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
