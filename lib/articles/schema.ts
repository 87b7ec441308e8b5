import { z } from "zod";
import { storable } from "@/lib/validation/storable";

export const LANGUAGES = { fr: "French", en: "English" } as const;
export type Language = keyof typeof LANGUAGES;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is limited to ${max} characters`)
    .refine(...storable(label))
    .optional()
    .transform((v) => (v ? v : undefined));

const isoDate = z.iso.date("Give the date as YYYY-MM-DD").refine((value) => {
  const year = Number(value.slice(0, 4));
  return year >= 1900 && new Date(`${value}T00:00:00Z`).getTime() <= Date.now() + 2 * 86_400_000;
}, "The publication date must be a real date between 1900 and today");

export const articleMetadataSchema = z.object({
  outlet: z
    .string()
    .trim()
    .min(1, "Name the outlet that published the article")
    .max(200, "Outlet names are limited to 200 characters")
    .refine(...storable("The outlet's name")),
  title: optionalText(500, "The title"),
  url: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.url({ protocol: /^https?$/, message: "Give a web address starting with http:// or https://" }).optional()),
  publishedAt: isoDate,
  language: z.enum(Object.keys(LANGUAGES) as [Language, ...Language[]], "Recoupe reads articles in French or English"),
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
  format: z.enum(["text", "markdown", "html"]).default("text"),
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
