import { z } from "zod";

// The organisation that signs Recoupe's ClaimReviews (schema.org "author").
// RECOUPE_ORGANIZATION names it; read here with its own check so that this
// part does not depend on the start-up environment's schema.

const name = z.string().trim().min(1).max(200);

export function organizationName(source: Record<string, string | undefined> = process.env): string {
  const parsed = name.safeParse(source.RECOUPE_ORGANIZATION ?? "");
  return parsed.success ? parsed.data : "Recoupe";
}
