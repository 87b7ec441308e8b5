// Checks the matching benchmark's data and prints what it holds.
// Run: npx tsx bench/matching/check-labels.ts [--coverage]
//
// Fails (exit 1) when an article lacks its front matter or has Markdown that would change its text
// once imported, when ids repeat, when a labelled figure is not where its label says (text,
// occurrence, quote), when two labels overlap, when bounds are malformed, when a destination names a
// fact that does not exist or a fact of another kind, or when a "new:" fact is not shared by two
// articles. --coverage also lists the figures Recoupe's extractor finds that no label covers (a
// reading aid for whoever edits the set: the extractor is not the reference, the labels are).
import { join } from "node:path";
import { extractFigures } from "../../lib/figures";
import {
  BENCH_DIR,
  factsFileSchema,
  labelsFileSchema,
  NULL_REASONS,
  readJson,
  readSeedFacts,
  type FigureLabel,
} from "./label-schema";
import { findAll, readArticles, type BenchArticle } from "./read-articles";
import { printSummary } from "./summarise-labels";

type Span = { start: number; end: number; label: FigureLabel };

// Markdown that would not survive import as the same characters (emphasis, links, headings,
// lists, quotes, HTML): the set is plain paragraphs so that label offsets hold after import.
const MARKDOWN_LINE = /^(#|>|[-*+] |\d+[.)] )/;
const MARKDOWN_CHAR = /[*_`[\]<>|\\]/;

function checkArticles(articles: BenchArticle[], problems: string[]): void {
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) problems.push(`${a.file}: id ${a.id} is used twice`);
    seen.add(a.id);
    a.body.split("\n").forEach((line, i) => {
      if (MARKDOWN_LINE.test(line) || MARKDOWN_CHAR.test(line)) {
        problems.push(`${a.file}: line ${i + 1} of the text has Markdown syntax: ${line.slice(0, 60)}`);
      }
    });
  }
}

function locateLabel(a: BenchArticle, f: FigureLabel, problems: string[]): Span | null {
  const where = `${a.file}: "${f.text}"`;
  const starts = findAll(a.body, f.text);
  if (starts.length === 0) {
    problems.push(`${where} does not occur in the text`);
    return null;
  }
  if (starts.length > 1 && f.occurrence === undefined) {
    problems.push(`${where} occurs ${starts.length} times; the label needs an occurrence`);
    return null;
  }
  const start = starts[(f.occurrence ?? 1) - 1];
  if (start === undefined) {
    problems.push(`${where} occurrence ${f.occurrence} does not exist (${starts.length} in the text)`);
    return null;
  }
  if (starts.some((s, i) => i > 0 && s < (starts[i - 1] ?? 0) + f.text.length)) {
    problems.push(`${where} has overlapping matches: occurrences would be ambiguous`);
  }
  const quotes = findAll(a.body, f.quote);
  const q = quotes[0];
  if (quotes.length !== 1 || q === undefined) {
    problems.push(`${where}: its quote occurs ${quotes.length} times (must be once): ${f.quote.slice(0, 60)}`);
  } else if (start < q || start + f.text.length > q + f.quote.length) {
    problems.push(`${where}: occurrence ${f.occurrence ?? 1} is not inside its quote`);
  }
  return { start, end: start + f.text.length, label: f };
}

function checkValue(where: string, f: FigureLabel, problems: string[]): void {
  const hasBounds = f.lower !== undefined || f.upper !== undefined;
  if (f.kind === null) {
    if (hasBounds) problems.push(`${where}: a figure of no kind has no bounds`);
    if (f.fact !== null) problems.push(`${where}: a figure of no kind cannot belong to a fact`);
    return;
  }
  if (!hasBounds) {
    problems.push(`${where}: a ${f.kind} needs lower and upper (null for unbounded)`);
    return;
  }
  const dated = f.kind === "date" || f.kind === "date_range";
  for (const b of [f.lower, f.upper]) {
    if (b === null || b === undefined) continue;
    if (dated !== (typeof b === "string")) problems.push(`${where}: bound ${b} is not a ${dated ? "date" : "number"}`);
  }
  if (f.lower != null && f.upper != null && f.lower > f.upper) problems.push(`${where}: lower is above upper`);
  const unit = { duration: "day", percentage: "%" }[f.kind as string];
  if (unit && f.unit !== unit) problems.push(`${where}: a ${f.kind} has unit "${unit}"`);
  if (f.kind === "money" && !/^[A-Z]{3}$/.test(f.unit ?? "")) problems.push(`${where}: money needs an ISO 4217 unit`);
}

function checkSpans(a: BenchArticle, spans: Span[], problems: string[]): void {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  sorted.forEach((s, i) => {
    const next = sorted[i + 1];
    if (next && next.start < s.end)
      problems.push(`${a.file}: labels "${s.label.text}" and "${next.label.text}" overlap`);
  });
}

function listUncovered(a: BenchArticle, spans: Span[]): string[] {
  return extractFigures(a.body, { lang: a.language, publishedAt: a.publishedAt })
    .filter((x) => !spans.some((s) => s.start < x.end && x.start < s.end))
    .map((x) => `${a.file}: extractor found "${x.text}" (${x.value.kind}), no label covers it`);
}

function main(): void {
  const coverage = process.argv.includes("--coverage");
  const articles = readArticles();
  const labels = readJson(join(BENCH_DIR, "labels.json"), labelsFileSchema);
  const facts = readJson(join(BENCH_DIR, "facts.json"), factsFileSchema);
  const seeds = readSeedFacts();
  const problems: string[] = [];
  checkArticles(articles, problems);

  const kinds = new Map<string, string>();
  for (const key of facts.seedFacts.keys) {
    const seed = seeds.find((s) => s.key === key);
    if (!seed) problems.push(`facts.json: seed fact ${key} is not in seeds/facts.json`);
    else kinds.set(key, seed.kind);
  }
  for (const f of facts.facts) {
    if (kinds.has(f.id)) problems.push(`facts.json: fact id ${f.id} is used twice (or is a seed key)`);
    kinds.set(f.id, f.kind);
    for (const c of f.claims)
      if (!c.quote.includes(c.figure)) problems.push(`facts.json: ${f.id}: "${c.figure}" not in its quote`);
  }

  const byId = new Map(articles.map((a) => [a.id, a]));
  const newUses = new Map<string, Set<string>>();
  const uncovered: string[] = [];
  for (const entry of labels.articles) {
    const a = byId.get(entry.article);
    if (!a) {
      problems.push(`labels.json: article ${entry.article} has no file`);
      continue;
    }
    byId.delete(entry.article);
    if (entry.file !== a.file || entry.language !== a.language)
      problems.push(`labels.json: ${a.id}: file or language differs`);
    const spans: Span[] = [];
    for (const f of entry.figures) {
      const where = `${a.file}: "${f.text}"`;
      const span = locateLabel(a, f, problems);
      if (span) spans.push(span);
      checkValue(where, f, problems);
      if (f.fact === null) {
        if (!f.tags?.some((t) => (NULL_REASONS as readonly string[]).includes(t))) {
          problems.push(`${where}: a null destination needs a reason tag (${NULL_REASONS.join(", ")})`);
        }
        continue;
      }
      if (f.fact.startsWith("new:")) {
        const key = f.fact.slice(4);
        const declared = labels.newFacts[key];
        if (!declared) problems.push(`${where}: new fact ${key} is not declared in newFacts`);
        else if (declared.kind !== f.kind)
          problems.push(`${where}: a ${f.kind} for new fact ${key}, a ${declared.kind}`);
        newUses.set(key, (newUses.get(key) ?? new Set()).add(a.id));
        continue;
      }
      const kind = kinds.get(f.fact);
      if (!kind) problems.push(`${where}: fact ${f.fact} does not exist`);
      else if (kind !== f.kind) problems.push(`${where}: a ${f.kind} for fact ${f.fact}, a ${kind}`);
    }
    checkSpans(a, spans, problems);
    if (coverage) uncovered.push(...listUncovered(a, spans));
  }
  for (const id of byId.keys()) problems.push(`labels.json: article ${id} has no labels`);
  for (const key of Object.keys(labels.newFacts)) {
    const uses = newUses.get(key)?.size ?? 0;
    if (uses < 2) problems.push(`labels.json: new fact ${key} is stated by ${uses} article(s); a new fact needs two`);
  }

  printSummary(articles, labels, facts);
  if (coverage) console.log(`\n${uncovered.length} extracted figure(s) without a label:\n${uncovered.join("\n")}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n${problems.join("\n")}`);
    process.exit(1);
  }
  console.log("\nAll labels check out.");
}

main();
