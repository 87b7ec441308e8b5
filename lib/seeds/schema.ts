import { z } from "zod";
import { KINDS } from "@/lib/claims/value";

// The shape of the files under seeds/: the articles with their metadata, and the
// editors' tagging (facts, claims anchored by quote, notes).

const isoDate = z.iso.date();
const bound = z.union([z.number(), isoDate, z.null()]);

export const seedArticleSchema = z.object({
  key: z.string().min(1),
  file: z.string().min(1),
  outlet: z.string().min(1),
  title: z.string().min(1),
  titleIsEditorial: z.boolean().optional(),
  publishedAt: isoDate,
  language: z.enum(["fr", "en"]),
  url: z.url().optional(),
});

export const seedFactSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(3),
  kind: z.enum(KINDS),
  countedKey: z.string().optional(),
  status: z.enum(["open", "resolved"]).optional(),
  resolutionNote: z.string().optional(),
});

export const seedClaimSchema = z.object({
  key: z.string().min(1),
  article: z.string().min(1),
  fact: z.string().min(1).optional(),
  /** The passage, whitespace-insensitive (no-break spaces need not be typed). */
  quote: z.string().min(1),
  /** Which occurrence of the quote, when it appears more than once (1-based). */
  occurrence: z.number().int().min(1).optional(),
  figure: z.string().min(1),
  kind: z.enum(KINDS),
  /** Numbers for counts, days for durations, ISO dates for dates. */
  lower: bound,
  upper: bound,
  lowerInclusive: z.boolean().optional(),
  upperInclusive: z.boolean().optional(),
  approximate: z.boolean().optional(),
  /** The rounding step of a round figure, in the value's unit ("six semaines": 7 days). */
  granularity: z.number().positive().optional(),
  qualifier: z.string().optional(),
  unit: z.string().optional(),
  counted: z.string().optional(),
  countedKey: z.string().optional(),
  attributedTo: z.string().optional(),
  asOf: isoDate.optional(),
});

export const seedNoteSchema = z
  .object({
    key: z.string().min(1),
    fact: z.string().optional(),
    claim: z.string().optional(),
    body: z.string().min(1),
  })
  .refine((n) => Boolean(n.fact) !== Boolean(n.claim), "A seed note belongs to one fact or one claim");

export type SeedArticle = z.infer<typeof seedArticleSchema>;
export type SeedFact = z.infer<typeof seedFactSchema>;
export type SeedClaim = z.infer<typeof seedClaimSchema>;
export type SeedNote = z.infer<typeof seedNoteSchema>;
