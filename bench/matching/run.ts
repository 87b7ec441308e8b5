// npm run bench:matching — how well matching (lib/matching) proposes claims,
// on the labelled set of this folder (README.md), and how fast.
//
// 1. A throwaway database with the seeds (facts, claims, aliases) and the
//    set's own facts (facts.json: each claim's quote imported as a one-sentence
//    article and tagged). The 48 articles are imported in order of publication,
//    each matched right after its import as the job after an import does.
//    Precision and recall of the proposals, as README.md scores them, on the
//    tuning part (odd-numbered articles) and the held-out part (even-numbered)
//    separately: only the tuning part's totals may inform the matcher.
// 2. Time to match one article against a newsroom-sized workspace
//    (bench/build-workspace.ts: 20 000 facts, 100 000 claims) plus the set's
//    facts, for the set's articles (2 to 4 KB each).
//
// A script, not a test: it prints. RECOUPE_BENCH_PG_URL names the server
// (default: the local PostgreSQL); the databases are dropped at the end.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import postgres from "postgres";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import { loadAliasSeeds } from "@/lib/aliases/load-alias-seeds";
import { createArticle } from "@/lib/articles/create-article";
import { prepareArticle } from "@/lib/articles/prepare-article";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimSchema } from "@/lib/claims/schema";
import { closeDb, db, sql } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { createFact } from "@/lib/facts/create-fact";
import { matchArticle, NEW_FACT_MARGIN, type MatchTrace } from "@/lib/matching/match-article";
import { PROPOSAL_THRESHOLD } from "@/lib/matching/score";
import { loadSeeds } from "@/lib/seeds/load-seeds";
import { buildWorkspace, percentiles } from "../build-workspace";
import { BENCH_DIR, factsFileSchema, labelsFileSchema, readJson, type FigureLabel } from "./label-schema";
import { readArticles, type BenchArticle } from "./read-articles";

const log = (line: string) => console.log(line);

/** --threshold=N: another proposal threshold, to be judged on the tuning part only. */
const THRESHOLD = Number(process.argv.find((a) => a.startsWith("--threshold="))?.split("=")[1] ?? PROPOSAL_THRESHOLD);
/** --new-fact-threshold=N: the same for "new fact" pairs (default: the threshold plus NEW_FACT_MARGIN). */
const NEW_FACT_THRESHOLD = Number(
  process.argv.find((a) => a.startsWith("--new-fact-threshold="))?.split("=")[1] ?? THRESHOLD + NEW_FACT_MARGIN,
);

/** --near-miss=N: how far below the threshold a fact keeps its figure from new facts. */
const NEAR_MISS_ARG = process.argv.find((a) => a.startsWith("--near-miss="))?.split("=")[1];
const NEAR_MISS = NEAR_MISS_ARG === undefined ? undefined : Number(NEAR_MISS_ARG);
/** --rival-margin=N: how much better another article's figure must fit than the fact that takes it. */
const RIVAL_ARG = process.argv.find((a) => a.startsWith("--rival-margin="))?.split("=")[1];

/** Where the time of matching goes, stage by stage, per article on average. */
function printProfile(profile: Record<string, number>, articles: number): void {
  const total = Object.values(profile).reduce((a, b) => a + b, 0);
  log(`  where the time goes (mean per article, ${(total / articles).toFixed(1)} ms in all):`);
  for (const [stage, ms] of Object.entries(profile))
    log(
      `    ${stage.padEnd(32)} ${(ms / articles).toFixed(1).padStart(7)} ms  ${((100 * ms) / total).toFixed(0).padStart(3)} %`,
    );
}

async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.RECOUPE_BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `recoupe_bench_matching_${process.pid}_${randomBytes(3).toString("hex")}`;
  const server = postgres(admin, { max: 1, onnotice: () => undefined });
  await server.unsafe(`CREATE DATABASE "${name}"`);
  await server.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      const again = postgres(admin, { max: 1, onnotice: () => undefined });
      await again.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await again.end();
    },
  };
}

const bound = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** The set's own facts, each claim's quote imported as an article of its own and tagged whole. */
async function importSetFacts(actorId: string): Promise<Map<string, string>> {
  const file = readJson(join(BENCH_DIR, "facts.json"), factsFileSchema);
  const keyOf = new Map<string, string>();
  for (const fact of file.facts) {
    const { id } = await createFact({ label: fact.label, kind: fact.kind }, actorId);
    keyOf.set(id, fact.id);
    for (const c of fact.claims) {
      const prepared = prepareArticle(c.quote, { format: "text" });
      const article = await createArticle(
        {
          outlet: c.outlet,
          title: c.quote.slice(0, 80),
          publishedAt: c.publishedAt,
          language: c.language,
          format: "text",
          prepared,
        },
        actorId,
      );
      const at = prepared.text.indexOf(c.figure);
      await createClaim(
        createClaimSchema.parse({
          articleId: article.id,
          quoteStart: "0",
          quoteEnd: String([...prepared.text].length),
          quoteExact: prepared.text,
          figure: c.figure,
          ...(at >= 0 ? { figureStart: String(at), figureEnd: String(at + c.figure.length) } : {}),
          kind: fact.kind,
          lower: bound(c.lower),
          upper: bound(c.upper),
          lowerInclusive: c.lowerInclusive === false ? "false" : "true",
          upperInclusive: c.upperInclusive === false ? "false" : "true",
          approximate: c.approximate ? "on" : undefined,
          granularity: c.granularity ? String(c.granularity) : undefined,
          qualifier: c.qualifier,
          unit: c.unit ?? fact.unit,
          counted: c.counted,
          countedKey: c.countedKey,
          attributedTo: c.attributedTo,
          asOf: c.asOf,
          factId: id,
        }),
        actorId,
      );
    }
  }
  return keyOf;
}

/** Where each label's figure sits in the stored text (code points), by text and occurrence. */
function locate(text: string, figures: FigureLabel[]): { label: FigureLabel; start: number; end: number }[] {
  const index = createOffsetIndex(text);
  const out = [];
  for (const label of figures) {
    let at = -1;
    for (let n = 0; n < (label.occurrence ?? 1); n++) at = text.indexOf(label.text, at + 1);
    if (at === -1) continue;
    out.push({ label, start: index.toCodePoint(at), end: index.toCodePoint(at + label.text.length) });
  }
  return out;
}

type Tally = { proposals: number; correct: number; wanted: number; found: number };
const tally = (): Tally => ({ proposals: 0, correct: 0, wanted: 0, found: 0 });

function line(name: string, t: Tally): string {
  const p = t.proposals ? t.correct / t.proposals : 0;
  const r = t.wanted ? t.found / t.wanted : 0;
  return `${name.padEnd(22)} proposals ${String(t.proposals).padStart(4)}  correct ${String(t.correct).padStart(4)}  precision ${p.toFixed(3)}  recall ${r.toFixed(3)} (${t.found}/${t.wanted})`;
}

type ProposalRow = {
  articleId: string;
  start: number;
  end: number;
  factId: string | null;
  newFactKey: string | null;
  score: number;
  reasons: { code: string; points: number }[];
};

/** What a figure shares with a fact of its kind: what it counts, its value, its time. */
const NEIGHBOUR_CODES = new Set([
  "sameCounted",
  "partCounted",
  "otherCounted",
  "sameOutcome",
  "otherOutcome",
  "valuesMeet",
  "valuesClose",
  "valuesFar",
  "datesMeet",
  "datesClose",
  "sameDay",
  "sameYear",
  "otherYear",
  "nearInTime",
]);

/**
 * RECOUPE_BENCH_DUMP=file: every figure of the TUNING part (odd files) with each fact it met and its
 * reasons, and each peer figure of another tuning article, with the labels' destinations, as JSON lines
 * for fit-weights.ts. Held-out articles (even files) and their labels are never written.
 */
const DUMP = process.env.RECOUPE_BENCH_DUMP;
/** RECOUPE_BENCH_MISTAKES=list: each mistake of the TUNING part, one a line (never the held-out part's). */
const LIST = process.env.RECOUPE_BENCH_MISTAKES === "list";
const isTuning = (article: BenchArticle) => Number(article.id.slice(0, 2)) % 2 === 1;

/** --sweep: the tuning part's precision and recall at higher thresholds too, from this run's proposals and scores. */
const SWEEP = process.argv.includes("--sweep");

async function quality(): Promise<void> {
  const database = await emptyDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    const editor = await db().user.create({
      data: { name: "Bench Editor", email: "bench@recoupe.local", role: "editor" },
    });
    await loadSeeds(editor.id);
    await loadAliasSeeds(editor.id);
    const keyOf = await importSetFacts(editor.id);
    for (const f of await sql()<{ id: string; seedKey: string }[]>`
      SELECT id, seed_key AS "seedKey" FROM facts WHERE seed_key IS NOT NULL`)
      keyOf.set(f.id, f.seedKey);

    const labels = readJson(join(BENCH_DIR, "labels.json"), labelsFileSchema);
    const labelsOf = new Map(labels.articles.map((a) => [a.article, a.figures]));
    const articles = readArticles().sort(
      (a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id),
    );
    const stored = new Map<string, { article: BenchArticle; text: string }>();
    const times: number[] = [];
    const traces: { articleId: string; event: MatchTrace }[] = [];
    for (const article of articles) {
      const prepared = prepareArticle(article.body, { format: "text" });
      const { id } = await createArticle(
        {
          outlet: article.outlet,
          title: article.title,
          url: article.url,
          publishedAt: article.publishedAt,
          language: article.language,
          format: "text",
          prepared,
        },
        editor.id,
      );
      stored.set(id, { article, text: prepared.text });
      const started = performance.now();
      await matchArticle(id, sql(), {
        threshold: THRESHOLD,
        newFactThreshold: NEW_FACT_THRESHOLD,
        ...(NEAR_MISS === undefined ? {} : { nearMiss: NEAR_MISS }),
        ...(RIVAL_ARG === undefined ? {} : { rivalMargin: Number(RIVAL_ARG) }),
        ...(DUMP && isTuning(article) ? { trace: (event: MatchTrace) => traces.push({ articleId: id, event }) } : {}),
      });
      times.push(performance.now() - started);
    }

    const proposals = await sql()<ProposalRow[]>`
      SELECT article_id AS "articleId", span_start AS start, span_end AS "end", fact_id AS "factId",
        new_fact_key AS "newFactKey", score, reasons FROM claim_proposals`;
    // Each proposal's label (the figure whose span it overlaps), if any.
    const located = new Map<string, ReturnType<typeof locate>>();
    for (const [id, { article, text }] of stored) located.set(id, locate(text, labelsOf.get(article.id) ?? []));
    const locatedOf = (p: ProposalRow) => located.get(p.articleId)?.find((l) => l.start < p.end && l.end > p.start);
    const labelOf = (p: ProposalRow) => locatedOf(p)?.label ?? null;
    const part = (p: { articleId: string }) => {
      const n = Number(stored.get(p.articleId)?.article.id.slice(0, 2));
      return n % 2 === 1 ? "tuning" : "held-out";
    };
    const judge = (props: ProposalRow[]) => {
      // A new-fact group is read as the new: key most of its figures carry.
      const groupKey = new Map<string, string | null>();
      const votes = new Map<string, Map<string, number>>();
      for (const p of props) {
        if (!p.newFactKey || p.factId) continue;
        const dest = labelOf(p)?.fact;
        if (!dest?.startsWith("new:")) continue;
        const v = votes.get(p.newFactKey) ?? new Map<string, number>();
        v.set(dest, (v.get(dest) ?? 0) + 1);
        votes.set(p.newFactKey, v);
      }
      for (const [key, v] of votes) groupKey.set(key, [...v].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null);

      const totals = { tuning: tally(), "held-out": tally(), all: tally() };
      // Where the tuning part goes wrong, by kind of mistake and by the labels' tags (never the held-out part).
      const mistakes = new Map<string, number>();
      const neighbours = new Map<string, number>();
      const note = (what: string) => mistakes.set(what, (mistakes.get(what) ?? 0) + 1);
      const byLanguage = { fr: tally(), en: tally() };
      const foundFigures = new Set<string>();
      const wronglyProposed = new Set<string>();
      // The matcher's own reasons in the tuning part's right and wrong proposals (codes only).
      const reasonTally = new Map<string, { right: number; wrong: number }>();
      const listed: string[] = [];
      for (const p of props) {
        const label = labelOf(p);
        const want = p.factId
          ? (keyOf.get(p.factId) ?? null)
          : p.newFactKey
            ? (groupKey.get(p.newFactKey) ?? null)
            : null;
        const correct = label !== null && label.fact !== null && want !== null && label.fact === want;
        const lang = stored.get(p.articleId)?.article.language ?? "fr";
        for (const t of [totals[part(p)], totals.all, byLanguage[lang]]) {
          t.proposals++;
          if (correct) t.correct++;
        }
        // A figure is found at its label's place (the extractor's span may hold more or less of it).
        const at = locatedOf(p);
        if (part(p) === "tuning") {
          for (const r of p.reasons) {
            const code = `${p.factId ? "fact" : "new"}:${r.code}`;
            const t = reasonTally.get(code) ?? { right: 0, wrong: 0 };
            if (correct) t.right++;
            else t.wrong++;
            reasonTally.set(code, t);
          }
        }
        if (LIST && correct && part(p) === "tuning")
          listed.push(
            `right  ${stored.get(p.articleId)!.article.id.slice(0, 2)} [${label?.text ?? "?"}] ${label?.kind} -> ${label?.fact} ${p.score}: ${p.reasons.map((r) => `${r.code}${r.points}`).join(" ")}`,
          );
        if (correct) foundFigures.add(`${p.articleId}:${at?.start ?? p.start}`);
        else if (at) wronglyProposed.add(`${p.articleId}:${at.start}`);
        if (!correct && part(p) === "tuning") {
          const target = p.factId ? "existing fact" : "new fact";
          if (LIST)
            listed.push(
              `wrong  ${stored.get(p.articleId)!.article.id.slice(0, 2)} [${label?.text ?? "?"}] label ${label?.fact ?? "-"} -> ${want ?? (p.newFactKey ? `new ${p.newFactKey.slice(0, 6)}` : "-")} ${p.score}: ${p.reasons.map((r) => `${r.code}${r.points}`).join(" ")}`,
            );
          if (!label) note(`proposal (${target}) for an unlabelled span`);
          else if (label.fact === null) note(`proposal (${target}) for a null figure: ${(label.tags ?? []).join("+")}`);
          else {
            const labelled = label.fact.startsWith("new:") ? "new" : "existing";
            note(`proposal (${target}) to the wrong fact (label ${labelled}): ${(label.tags ?? []).join("+") || "-"}`);
            // Which reasons carried a figure of a new fact to an existing one (codes only).
            if (p.factId && labelled === "new") {
              const codes = p.reasons.map((r) => r.code).filter((c) => NEIGHBOUR_CODES.has(c));
              neighbours.set(codes.join("+"), (neighbours.get(codes.join("+")) ?? 0) + 1);
            }
          }
        }
      }
      for (const [id, { article }] of stored) {
        for (const l of located.get(id) ?? []) {
          if (l.label.fact === null) continue;
          const found = foundFigures.has(`${id}:${l.start}`);
          if (!found && part({ articleId: id }) === "tuning") {
            if (LIST)
              listed.push(`missed ${article.id.slice(0, 2)} [${l.label.text}] label ${l.label.fact}: ${l.label.quote}`);
            note(
              `missed (label ${l.label.fact.startsWith("new:") ? "new" : "existing"}, ${l.label.kind}, ${wronglyProposed.has(`${id}:${l.start}`) ? "proposed elsewhere" : "no proposal"}): ${(l.label.tags ?? []).join("+") || "-"}`,
            );
          }
          for (const t of [totals[part({ articleId: id })], totals.all, byLanguage[article.language]]) {
            t.wanted++;
            if (found) t.found++;
          }
        }
      }
      return { totals, byLanguage, mistakes, reasonTally, neighbours, listed };
    };
    if (DUMP) writeDump(DUMP, traces, stored, located, keyOf);
    const { totals, byLanguage, mistakes, reasonTally, neighbours, listed } = judge(proposals);
    if (LIST) for (const l of listed.sort()) log(l);
    log(
      `Matching quality on the labelled set (bench/matching), proposals against labels (threshold ${THRESHOLD}, new facts ${NEW_FACT_THRESHOLD}):`,
    );
    log(line("held-out (even files)", totals["held-out"]));
    log(line("tuning (odd files)", totals.tuning));
    log(line("all", totals.all));
    log(line("French articles", byLanguage.fr));
    log(line("English articles", byLanguage.en));
    if (SWEEP) {
      log("Tuning part at higher thresholds (this run's proposals kept when their score reaches it; an approximation:");
      log("a figure refused a fact here might have joined a new fact instead):");
      for (let up = 0; up <= 6; up += 0.5) {
        const kept = proposals.filter((p) => p.score >= (p.factId ? THRESHOLD : NEW_FACT_THRESHOLD) + up);
        log(line(`  threshold +${up.toFixed(1)}`, judge(kept).totals.tuning));
      }
    }
    if (process.env.RECOUPE_BENCH_MISTAKES === "1") {
      log("Mistakes on the tuning part:");
      for (const [what, n] of [...mistakes].sort((a, b) => b[1] - a[1])) log(`  ${String(n).padStart(4)}  ${what}`);
      log("A new fact's figure proposed to an existing fact, by what it shared of that fact (tuning part):");
      for (const [what, n] of [...neighbours].sort((a, b) => b[1] - a[1]))
        log(`  ${String(n).padStart(4)}  ${what || "-"}`);
      log("Reasons in the tuning part's proposals (right / wrong):");
      for (const [code, t] of [...reasonTally].sort((a, b) => b[1].wrong - a[1].wrong))
        log(`  ${code.padEnd(22)} ${String(t.right).padStart(4)} / ${String(t.wrong).padStart(4)}`);
    }
    const { p50, p95, max } = percentiles(times);
    log(
      `time per article (${times.length} articles, ${(await sql()`SELECT 1 FROM facts`).length} facts): p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  max ${max.toFixed(1)} ms`,
    );
  } finally {
    await closeDb();
    await database.drop();
  }
}

/** The tuning part's traces as JSON lines: each figure's destination, and what it met (see DUMP). */
function writeDump(
  file: string,
  traces: { articleId: string; event: MatchTrace }[],
  stored: Map<string, { article: BenchArticle; text: string }>,
  located: Map<string, ReturnType<typeof locate>>,
  keyOf: Map<string, string>,
): void {
  const labelAt = (articleId: string, [start, end]: [number, number]) => {
    const article = stored.get(articleId)?.article;
    if (!article || !isTuning(article)) return undefined; // a held-out figure: never read
    return located.get(articleId)?.find((l) => l.start < end && l.end > start)?.label ?? null;
  };
  const lines: string[] = [];
  for (const { articleId, event } of traces) {
    const label = labelAt(articleId, event.span);
    if (label === undefined) continue;
    const figure = {
      article: stored.get(articleId)!.article.id,
      span: event.span,
      fact: label?.fact ?? null,
      text: label?.text,
      quote: label?.quote,
      tags: label?.tags,
    };
    if (event.type === "facts") {
      const options = event.scores.map((s) => ({ fact: keyOf.get(s.factId) ?? null, raw: s.raw }));
      lines.push(JSON.stringify({ type: "facts", figure, options }));
    } else {
      const options = [];
      for (const p of event.peers) {
        const peerLabel = labelAt(p.articleId, p.span);
        if (peerLabel === undefined) continue;
        const peer = `${stored.get(p.articleId)!.article.id}:${p.span[0]}`;
        options.push({ peer, fact: peerLabel?.fact ?? null, raw: p.score.raw });
      }
      lines.push(JSON.stringify({ type: "peers", figure, options }));
    }
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
  log(`${lines.length} tuning figures' traces written to ${file}`);
}

/**
 * The set's articles are 1.3 to 2.7 KB; the target is for 3 KB. The second
 * pass matches articles of at least 3 KB: each article followed by the next
 * ones of the set (same language) until it is that long, as a longer story
 * with more figures would be.
 */
function threeKilobyteBodies(articles: BenchArticle[]): { article: BenchArticle; body: string }[] {
  return articles.map((article, i) => {
    let body = article.body;
    for (let k = 1; Buffer.byteLength(body) < 3072 && k < articles.length; k++) {
      const next = articles[(i + k) % articles.length]!;
      if (next.language === article.language) body = `${body.trimEnd()}\n\n${next.body}`;
    }
    return { article, body };
  });
}

async function timeArticles(
  editorId: string,
  label: string,
  bodies: { article: BenchArticle; body: string }[],
): Promise<void> {
  const times: number[] = [];
  const profile: Record<string, number> = {};
  let bytes = 0;
  for (const [i, { article, body }] of bodies.entries()) {
    const prepared = prepareArticle(body, { format: "text" });
    const { id } = await createArticle(
      {
        outlet: article.outlet,
        title: article.title,
        publishedAt: article.publishedAt,
        language: article.language,
        format: "text",
        prepared,
      },
      editorId,
    );
    const started = performance.now();
    await matchArticle(id, sql(), i >= 3 ? { profile } : {});
    if (i >= 3) {
      times.push(performance.now() - started); // the first few warm the caches
      bytes += Buffer.byteLength(prepared.text);
    }
  }
  const [{ facts }] = (await sql()`SELECT count(*)::int AS facts FROM facts`) as unknown as [{ facts: number }];
  const { p50, p95, max } = percentiles(times);
  log(
    `${label}: time per article against ${facts} facts (${times.length} articles, ${(bytes / times.length / 1024).toFixed(1)} KB of story text on average): p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  max ${max.toFixed(1)} ms (target < 500 ms)`,
  );
  printProfile(profile, times.length);
}

async function scale(): Promise<void> {
  const workspace = await buildWorkspace(log);
  process.env.DATABASE_URL = workspace.url;
  try {
    const [editor] = await sql()<{ id: string }[]>`SELECT id FROM users LIMIT 1`;
    await loadAliasSeeds(editor!.id);
    const articles = readArticles();
    await timeArticles(
      editor!.id,
      "the set's articles",
      articles.map((article) => ({ article, body: article.body })),
    );
    await timeArticles(editor!.id, "articles of 3 KB or more", threeKilobyteBodies(articles));
  } finally {
    await closeDb();
    await workspace.drop();
  }
}

async function main() {
  if (process.env.RECOUPE_BENCH_SKIP_QUALITY !== "1") await quality();
  if (process.env.RECOUPE_BENCH_SKIP_SCALE !== "1") await scale();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
