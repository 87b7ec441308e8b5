// npx tsx bench/matching/fit-weights.ts <dump.jsonl> [--l2=N] [--threshold=N] [--write]
// The weights in lib/matching are `--l2=2 --rate=0.2` (threshold 4.5) on the traces of the scorer of
// commit eac35f3 (year-to-date tallies, measures, joined places, fronted places); judged on the
// tuning part's whole run (113 -> 120 correct of 206, precision 0.753 -> 0.755) and the matching
// tests. An earlier fit (commit fcd79d2's traces, --threshold=5) gave the weights before it. A refit
// can score as well per figure and fact here yet worse in the whole run (new facts, ties): judge
// any refit with run.ts, not with this alone.
//
// How much each of the scorer's reasons should count (lib/matching/reason-weights.json),
// fitted on the TUNING part's traces only (run.ts with RECOUPE_BENCH_DUMP: odd-numbered articles;
// the held-out part is never written there). Each figure chooses among the facts it met and "none"
// (the proposal threshold): a conditional logit whose score for a fact is the sum of its reasons'
// points, each times its weight, and whose score for "none" is the threshold. The weights are
// pulled towards 1 (the points as written), so that a reason seen a few times keeps its meaning.
// The vetoes (another outcome, a date of saying…) are rules, not weights: such a fact never scores.
// The same weights serve a figure against another article's figure (a new fact): one scorer.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROPOSAL_THRESHOLD, TIE_MARGIN } from "@/lib/matching/score";

type Raw = { code: string; points: number }[];
type Line = {
  type: "facts" | "peers";
  figure: { fact: string | null };
  options: { fact: string | null; raw: Raw }[];
};

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const file = process.argv[2];
if (!file) throw new Error("usage: fit-weights.ts <dump.jsonl> [--l2=N] [--write]");
const L2 = arg("l2", 2);
/** The score of "none": the proposal threshold the weights are fitted for. */
const THRESHOLD = arg("threshold", PROPOSAL_THRESHOLD);
const ITERATIONS = arg("iterations", 2000);
const RATE = arg("rate", 0.05);

/**
 * Rules a fact-checker holds whatever a small set says, kept at their written points: a headcount of
 * another day is another count, a part is not its whole, another currency or outcome is another sum,
 * the start of something is not its end.
 */
const RULES = new Set(["otherDay", "partOfWhole", "otherUnit", "otherOutcome", "otherMoment"]);

const lines = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Line)
  .filter((l) => l.type === "facts" && l.options.length > 0);
const codes = [...new Set(lines.flatMap((l) => l.options.flatMap((o) => o.raw.map((r) => r.code))))].sort();
const at = new Map(codes.map((c, i) => [c, i]));
/** Each figure: its options' points by code, and which option is right (-1: none). */
const data = lines.map((l) => {
  const xs = l.options.map((o) => {
    const x = new Float64Array(codes.length);
    for (const r of o.raw) x[at.get(r.code)!]! += r.points;
    return x;
  });
  const want = l.figure.fact;
  return { xs, target: want === null ? -1 : l.options.findIndex((o) => o.fact === want) };
});

const dot = (w: Float64Array, x: Float64Array) => x.reduce((s, v, i) => s + v * w[i]!, 0);

/** Proposals and right ones at the threshold, as pickBest decides. */
function judge(w: Float64Array): { proposals: number; correct: number; wanted: number } {
  let proposals = 0;
  let correct = 0;
  let wanted = 0;
  for (const { xs, target } of data) {
    if (target >= 0) wanted++;
    const s = xs.map((x) => dot(w, x));
    const order = s.map((_, i) => i).sort((a, b) => s[b]! - s[a]!);
    const [best, second] = [order[0]!, order[1]];
    if (s[best]! < THRESHOLD) continue;
    if (second !== undefined && s[second]! >= THRESHOLD && s[best]! - s[second]! < TIE_MARGIN) continue;
    proposals++;
    if (best === target) correct++;
  }
  return { proposals, correct, wanted };
}

function fit(): { w: Float64Array; loss: number } {
  const w = new Float64Array(codes.length).fill(1);
  let loss = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Float64Array(codes.length);
    loss = 0;
    for (const { xs, target } of data) {
      const s = [...xs.map((x) => dot(w, x)), THRESHOLD];
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const z = e.reduce((a, b) => a + b, 0);
      const y = target >= 0 ? target : s.length - 1;
      loss -= Math.log(e[y]! / z);
      xs.forEach((x, j) => {
        const g = e[j]! / z - (j === y ? 1 : 0);
        for (let k = 0; k < codes.length; k++) grad[k]! += g * x[k]!;
      });
    }
    for (let k = 0; k < codes.length; k++) {
      if (RULES.has(codes[k]!)) continue;
      loss += 0.5 * L2 * (w[k]! - 1) ** 2;
      // A reason never turns against what it says: a weight stays at or above zero.
      w[k] = Math.max(0, w[k]! - (RATE * (grad[k]! + L2 * (w[k]! - 1))) / data.length);
    }
  }
  return { w, loss };
}

const before = judge(new Float64Array(codes.length).fill(1));
const { w, loss } = fit();
const after = judge(w);
const show = (j: ReturnType<typeof judge>) =>
  `proposals ${j.proposals}, correct ${j.correct} (precision ${(j.correct / j.proposals).toFixed(3)}, recall ${(j.correct / j.wanted).toFixed(3)} of ${j.wanted} figures whose fact was met)`;
console.log(`${data.length} tuning figures, ${codes.length} reasons, l2 ${L2}, loss ${loss.toFixed(1)}`);
console.log(`existing facts, points as written: ${show(before)}`);
console.log(`existing facts, fitted weights:    ${show(after)}`);
const weights = Object.fromEntries(codes.map((c, i) => [c, Math.round(w[i]! * 100) / 100]));
console.log(weights);
if (process.argv.includes("--write")) {
  const path = join(import.meta.dirname, "../../lib/matching/reason-weights.json");
  writeFileSync(path, `${JSON.stringify(weights, null, 2)}\n`);
  console.log(`written to ${path}`);
}
