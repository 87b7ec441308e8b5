// The shape of bench/matching/facts.json and labels.json (README.md says what each field means).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

export const BENCH_DIR = import.meta.dirname;

export const KINDS = ["count", "date", "date_range", "duration", "percentage", "money"] as const;

export const TAGS = [
  "evolving",
  "partial",
  "conflict",
  "precision",
  "scope",
  "cross-language",
  "same-number",
  "same-counted",
  "other-event",
  "different-time",
  "not-a-claim",
  "furniture",
  "as-of",
  "lone",
] as const;

/** A null destination must say why nothing should be proposed. */
export const NULL_REASONS = ["not-a-claim", "as-of", "lone"] as const;

const isoDay = z.iso.date();
const bound = z.union([z.number(), isoDay]).nullable();

const valueFields = {
  lower: bound.optional(),
  upper: bound.optional(),
  lowerInclusive: z.literal(false).optional(),
  upperInclusive: z.literal(false).optional(),
  approximate: z.literal(true).optional(),
  qualifier: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
  granularity: z.number().positive().optional(),
  counted: z.string().min(1).optional(),
  countedKey: z.string().min(1).optional(),
  asOf: isoDay.optional(),
  attributedTo: z.string().min(1).optional(),
};

export const figureLabelSchema = z.strictObject({
  text: z.string().min(1),
  occurrence: z.number().int().min(1).optional(),
  /** Only when the figure is written in another language than its article (a quotation). */
  language: z.enum(["fr", "en"]).optional(),
  quote: z.string().min(1),
  kind: z.enum(KINDS).nullable(),
  ...valueFields,
  fact: z.string().min(1).nullable(),
  tags: z.array(z.enum(TAGS)).optional(),
  why: z.string().min(3).optional(),
});

export type FigureLabel = z.infer<typeof figureLabelSchema>;

const articleLabelsSchema = z.strictObject({
  article: z.string(),
  file: z.string(),
  language: z.enum(["fr", "en"]),
  event: z.string().min(2),
  spellings: z.array(z.string().min(2)),
  figures: z.array(figureLabelSchema).min(1),
});

export const labelsFileSchema = z.strictObject({
  version: z.literal(1),
  about: z.string(),
  newFacts: z.record(
    z.string().regex(/^[a-z0-9-]+$/),
    z.strictObject({ kind: z.enum(KINDS), label: z.string().min(10) }),
  ),
  articles: z.array(articleLabelsSchema),
});

export type LabelsFile = z.infer<typeof labelsFileSchema>;

const claimSchema = z.strictObject({
  outlet: z.string().min(2),
  publishedAt: isoDay,
  language: z.enum(["fr", "en"]),
  quote: z.string().min(10),
  figure: z.string().min(1),
  ...valueFields,
});

const ownFactSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  event: z.string().min(2),
  labelLanguage: z.enum(["fr", "en"]),
  label: z.string().min(10),
  kind: z.enum(KINDS),
  counted: z.string().optional(),
  countedKey: z.string().optional(),
  unit: z.string().optional(),
  note: z.string().optional(),
  claims: z.array(claimSchema).min(1).max(3),
});

export const factsFileSchema = z.strictObject({
  version: z.literal(1),
  about: z.string(),
  seedFacts: z.strictObject({ source: z.string(), keys: z.array(z.string()).min(1) }),
  facts: z.array(ownFactSchema).min(1),
});

export type FactsFile = z.infer<typeof factsFileSchema>;

const seedFactsSchema = z.array(z.object({ key: z.string(), label: z.string(), kind: z.enum(KINDS) }));

export type SeedFact = z.infer<typeof seedFactsSchema>[number];

/** Reads and validates a JSON file, naming the file and every wrong field. */
export function readJson<T>(path: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function readSeedFacts(): SeedFact[] {
  return readJson(join(BENCH_DIR, "..", "..", "seeds", "facts.json"), seedFactsSchema);
}
