import { z } from "zod";

// Which facts a printed report holds: their ids, comma-separated or repeated
// (`?facts=a,b` or `?facts=a&facts=b`), at most MAX_PRINT_FACTS. It is
// written in the reader's own language, as every page is.

export const MAX_PRINT_FACTS = 50;

const ids = z
  .union([z.string(), z.array(z.string())], "print.errors.noFacts")
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.uuid("print.errors.badFact"))
      .min(1, "print.errors.noFacts")
      .max(MAX_PRINT_FACTS, "print.errors.tooManyFacts"),
  )
  .transform((list) => [...new Set(list)]);

export const printQuerySchema = z.object({ facts: ids });

export type PrintQuery = z.infer<typeof printQuerySchema>;

/** The print page's address for these facts (relative to the app's origin). */
export function printPagePath(query: PrintQuery): string {
  return `/print/facts?${new URLSearchParams({ facts: query.facts.join(",") }).toString()}`;
}
