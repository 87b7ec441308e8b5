// Reads the benchmark's articles: flat front matter (key: value) then the text as a newsroom
// would paste it. The body is everything after the closing "---", leading blank lines dropped;
// labels count occurrences of their figure text in this body.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

export const ARTICLES_DIR = join(import.meta.dirname, "articles");

const FILE_NAME = /^(\d{2}-[a-z0-9-]+)\.(fr|en)\.md$/;

const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^\d{2}-[a-z0-9-]+$/, "id must be <nn>-<slug>"),
  outlet: z.string().min(2),
  title: z.string().min(5),
  publishedAt: z.iso.date("publishedAt must be an ISO date (YYYY-MM-DD)"),
  language: z.enum(["fr", "en"]),
  url: z.url().optional(),
});

export type BenchArticle = z.infer<typeof frontMatterSchema> & { file: string; body: string };

/** Every article of the set, in file-name order; throws on a file that is not a well-formed article. */
export function readArticles(dir: string = ARTICLES_DIR): BenchArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => readArticle(join(dir, name), name));
}

function readArticle(path: string, name: string): BenchArticle {
  const nameMatch = FILE_NAME.exec(name);
  if (!nameMatch) throw new Error(`${name}: the file name must be <nn>-<slug>.<fr|en>.md`);
  const raw = readFileSync(path, "utf8");
  const head = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (!head?.[1]) throw new Error(`${name}: no front matter (a block between two "---" lines at the top)`);
  const parsed = frontMatterSchema.safeParse(parseFlatYaml(head[1], name));
  if (!parsed.success) throw new Error(`${name}: front matter\n${z.prettifyError(parsed.error)}`);
  const meta = parsed.data;
  if (meta.id !== nameMatch[1]) throw new Error(`${name}: id "${meta.id}" does not match the file name`);
  if (meta.language !== nameMatch[2])
    throw new Error(`${name}: language "${meta.language}" does not match the file name`);
  return { ...meta, file: `articles/${name}`, body: raw.slice(head[0].length).replace(/^\n+/, "") };
}

// The front matter is deliberately flat, so a few lines of parsing do; a YAML library would
// accept nesting that the benchmark does not want.
function parseFlatYaml(block: string, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.split("\n")) {
    const m = /^([A-Za-z]+): (.+)$/.exec(line);
    if (!m?.[1] || !m[2]) throw new Error(`${name}: front matter line "${line}" is not "key: value"`);
    if (m[1] in out) throw new Error(`${name}: front matter key "${m[1]}" appears twice`);
    out[m[1]] = unquote(m[2].trim());
  }
  return out;
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1).replace(/\\"/g, '"');
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/** Where each match of text starts in body, left to right (matches may not overlap: see check-labels). */
export function findAll(body: string, text: string): number[] {
  const out: number[] = [];
  for (let i = body.indexOf(text); i !== -1; i = body.indexOf(text, i + 1)) out.push(i);
  return out;
}

/** Start of the labelled span: the occurrence-th match of its text (1-based), or -1. */
export function locateFigure(body: string, text: string, occurrence = 1): number {
  return findAll(body, text)[occurrence - 1] ?? -1;
}
