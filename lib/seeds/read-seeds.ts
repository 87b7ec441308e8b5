import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { seedArticleSchema, seedClaimSchema, seedFactSchema, seedNoteSchema } from "./schema";

export const SEEDS_DIR = path.join(process.cwd(), "seeds");

async function readJson<T extends z.ZodType>(dir: string, file: string, schema: T): Promise<z.output<T>> {
  const raw = JSON.parse(await readFile(path.join(dir, file), "utf8")) as unknown;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`seeds/${file} is not valid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export async function readSeeds(dir = SEEDS_DIR) {
  const [articles, facts, claims, notes] = await Promise.all([
    readJson(dir, "articles.json", z.array(seedArticleSchema)),
    readJson(dir, "facts.json", z.array(seedFactSchema)),
    readJson(dir, "claims.json", z.array(seedClaimSchema)),
    readJson(dir, "notes.json", z.array(seedNoteSchema)),
  ]);
  const texts = new Map(
    await Promise.all(articles.map(async (a) => [a.key, await readFile(path.join(dir, a.file), "utf8")] as const)),
  );
  return { articles, facts, claims, notes, texts };
}

export type Seeds = Awaited<ReturnType<typeof readSeeds>>;
