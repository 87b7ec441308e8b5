// What the labelled set holds, counted: the figures the README and the report quote.
import type { FactsFile, LabelsFile } from "./label-schema";
import type { BenchArticle } from "./read-articles";

function tally<T extends string>(items: T[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}

export function printSummary(articles: BenchArticle[], labels: LabelsFile, facts: FactsFile): void {
  const seedKeys = new Set(facts.seedFacts.keys);
  const figures = labels.articles.flatMap((a) => a.figures);
  const destination = (fact: string | null): string => {
    if (fact === null) return "null";
    if (fact.startsWith("new:")) return "new fact";
    return seedKeys.has(fact) ? "seed fact" : "own existing fact";
  };
  const reached = new Set(figures.map((f) => f.fact).filter((f): f is string => f !== null && !f.startsWith("new:")));
  const nullReasons = figures
    .filter((f) => f.fact === null)
    .map((f) => (f.tags ?? []).find((t) => t === "not-a-claim" || t === "as-of" || t === "lone") ?? "?");

  console.log(`Articles: ${articles.length} (${tally(articles.map((a) => a.language))})`);
  console.log(`Outlets: ${new Set(articles.map((a) => a.outlet)).size}`);
  console.log(`Events: ${tally(labels.articles.map((a) => a.event))}`);
  console.log(`Labelled figures: ${figures.length} (${tally(figures.map((f) => f.kind ?? "no kind"))})`);
  console.log(`Destinations: ${tally(figures.map((f) => destination(f.fact)))}`);
  console.log(`Null destinations, by reason: ${tally(nullReasons)}`);
  console.log(`Tags: ${tally(figures.flatMap((f) => f.tags ?? []))}`);
  console.log(
    `Existing facts: ${facts.seedFacts.keys.length} seed + ${facts.facts.length} own ` +
      `(${facts.facts.reduce((n, f) => n + f.claims.length, 0)} claims); ${reached.size} receive figures`,
  );
  console.log(`New facts: ${Object.keys(labels.newFacts).length}`);
}
