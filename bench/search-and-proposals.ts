// npm run bench:search — fact proposals while tagging, the fact picker's
// search and the search page's queries, on a workspace of newsroom size
// (bench/build-workspace.ts: 10 000 articles, 20 000 facts, 100 000 claims,
// 30 000 notes), in a throwaway database. Prints p50 / p95 / max in ms over
// each set of requests (after a warm-up), and whether any plan reads every
// article (Seq Scan on articles). Target: proposals under 100 ms.
import { closeDb, sql } from "@/lib/db/client";
import type { Kind } from "@/lib/claims/value";
import { proposeFacts } from "@/lib/facts/propose-facts";
import { findFactChoices } from "@/lib/search/find-fact-choices";
import { searchArticles } from "@/lib/search/search-articles";
import { searchClaims } from "@/lib/search/search-claims";
import { searchFacts } from "@/lib/search/search-facts";
import { searchNotes } from "@/lib/search/search-notes";
import { buildWorkspace, percentiles } from "./build-workspace";

const log = (line: string) => console.log(line);
const RUNS = 40;
const WARM_UP = 5;

async function time(label: string, inputs: unknown[], fn: (input: never) => Promise<unknown>) {
  const samples: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const started = performance.now();
    await fn(input as never);
    if (i >= WARM_UP) samples.push(performance.now() - started);
  }
  const { p50, p95, max } = percentiles(samples);
  log(
    `${label.padEnd(44)} n=${String(samples.length).padStart(3)}  p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  max ${max.toFixed(1).padStart(6)} ms`,
  );
  return p95;
}

async function main() {
  // RECOUPE_BENCH_DB_URL: measure again on a workspace kept from an earlier run (RECOUPE_BENCH_KEEP=1).
  const reuse = process.env.RECOUPE_BENCH_DB_URL;
  const workspace = reuse ? { url: reuse, drop: async () => undefined } : await buildWorkspace(log);
  process.env.DATABASE_URL = workspace.url;
  try {
    // Drafts as the tag form sends them: a claim's kind, counted thing, value and quote.
    const drafts = await sql()<
      { kind: Kind; countedKey: string | null; lower: number | null; upper: number | null; context: string }[]
    >`
      SELECT kind, counted_key AS "countedKey", lower, upper, quote_exact AS context
      FROM claims ORDER BY md5(id::text) LIMIT ${RUNS + WARM_UP}`;
    const proposals = await time("fact proposals (proposeFacts)", drafts, (d: (typeof drafts)[number]) =>
      proposeFacts(d),
    );

    const words = [
      "refugies",
      "Réfugiés morts",
      "soldats 2022",
      "bak",
      "negociations cessez",
      "hopital",
      "Pachinian",
      "elections budget",
      "victimes civiles",
      "ar",
      "corridor latchine",
      "offensive 2021",
      "deaths",
      "ceasefire talks",
      "4242",
      "Stepanakert 777",
      "9001",
    ];
    const queries = Array.from({ length: RUNS + WARM_UP }, (_, i) => words[i % words.length] as string);
    await time("fact picker (findFactChoices)", queries, (q: string) => findFactChoices(q, { kind: "count" }));
    await time("search: articles (page of 20, snippets)", queries, (q: string) => searchArticles(q));
    await time("search: facts", queries, (q: string) => searchFacts(q));
    await time("search: claims", queries, (q: string) => searchClaims(q));
    await time("search: notes", queries, (q: string) => searchNotes(q));
    await time("search: articles, a title part ('Outlet 12')", Array(RUNS + WARM_UP).fill("Outlet 12"), (q: string) =>
      searchArticles(q),
    );

    // Plans on the full table: any query reading every article would show a Seq Scan on articles.
    const plan = await sql().unsafe(`SET enable_seqscan = off; EXPLAIN
      SELECT a.id FROM articles a WHERE a.search_vector @@ recoupe_search_query('[{"any":["refugies"],"not":false}]'::jsonb)
      UNION SELECT a.id FROM articles a WHERE recoupe_fold(a.title) LIKE '%karab%'
      UNION SELECT a.id FROM outlets o JOIN articles a ON a.outlet_id = o.id WHERE recoupe_fold(o.name) LIKE '%utlet 12%'`);
    const text = plan.map((r) => Object.values(r).join("")).join("\n");
    log(`article search plan reads every article: ${/Seq Scan on articles/.test(text) ? "YES" : "no"}`);
    log(`\nfact proposals p95 ${proposals.toFixed(1)} ms (target < 100 ms): ${proposals < 100 ? "met" : "NOT met"}`);
  } finally {
    await closeDb();
    if (process.env.RECOUPE_BENCH_KEEP) log(`kept: ${workspace.url}`);
    else await workspace.drop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
