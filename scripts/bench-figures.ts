// Benchmark: Recoupe's figure reader against @microsoft/recognizers-text-suite and chrono-node.
// Run: npx tsx scripts/bench-figures.ts   (npm run bench:figures)
//      npm run bench:figures -- --sentences [--failures]   only the news-sentence score
//      npm run bench:figures -- --throughput                 that and Recoupe's throughput only
//
// First the news-sentence set (bench/figures): sentences written to measure the reader, never to
// tune it, in French, English and German; the share of figures read with exact bounds.
//
// Corpus: the labelled case table in lib/figures/cases (each phrase with its figure, language,
// publication date and full expected values) plus the non-figure cases; and bench/held-out.ts,
// sentences labelled after the extractor was written and never used to tune it.
//
// How each tool's output becomes a FigureValue (as fairly as we can):
// - Recoupe: extractFigures(sentence, { lang, publishedAt }); its values as they are.
// - Recognizers-Text 1.3.1, culture French or English from the case:
//   counts      recognizeNumber -> exact count [v, v]. The JavaScript suite exposes no number-range
//               recognizer (recognizeNumberRange exists only in the .NET and Python ports), so "more
//               than", "at least", "between" cannot be read: the number alone is taken as exact.
//   percentages recognizePercentage -> [v, v] "%".
//   money       recognizeCurrency -> [v, v] with the ISO code from isoCurrency, else from the unit name.
//   dates       recognizeDateTime(reference = publication day, noon UTC): "date" -> that day; "daterange"
//               -> [start, end - 1 day] for a month or a year (its end is exclusive), [start, end] for an
//               explicit range ("du 10 au 17 octobre"). When it offers a past and a future reading, the
//               one nearest to the publication date is taken.
//   durations   recognizeDateTime "duration" -> seconds / 86 400 as an exact number of days.
// - chrono-node 2.10.3, fr or en parser, reference = publication day at noon: a certain day or a
//   weekday -> that day; a month without a day -> the whole month; a year alone -> the whole year;
//   a result with an end -> [start, end].
// A tool's reading of a case is its output of the case's category that overlaps the figure's span.
// Correct = same bounds and inclusiveness (and currency or "%"), within 1e-6; for dates only the
// bounds are compared (date vs date_range and precision are Recoupe's vocabulary, not the peers').
// "Within" is more lenient: every value read lies inside the expected interval.
// Precision = correct / (correct + wrong readings + readings of non-figures); recall = correct / cases.
import Recognizers from "@microsoft/recognizers-text-suite";
import * as chrono from "chrono-node";
import { newsNonFigures, newsSentences } from "../bench/figures";
import { printSentenceScore } from "../bench/figures/score";
import { heldOut } from "../bench/held-out";
import {
  categoryOf,
  figureCases,
  negativeCases,
  type Category,
  type FigureCase,
  type NegativeCase,
} from "../lib/figures/cases";
import { ENGLISH_ARTICLE, FRENCH_ARTICLE } from "../lib/figures/cases/articles";
import { makeEpochDay } from "../lib/figures/calendar";
import { extractFigures, toEpochDay, type FigureValue } from "../lib/figures";

type Lang = "fr" | "en" | "de";
type Reading = { start: number; end: number; value: FigureValue };
type Tool = {
  name: string;
  categories: Category[];
  read: (text: string, lang: Lang, publishedAt: string, category: Category) => Reading[];
};

const CATEGORIES: Category[] = ["counts", "dates", "durations", "percentages", "money", "quantities"];
// Recognizers-Text's JavaScript dimension recognizer is not compared: its units and values are not SI-normalised.
const PEER_CATEGORIES: Category[] = ["counts", "dates", "durations", "percentages", "money"];

function value(kind: FigureValue["kind"], lower: number, upper: number, unit: string | null = null): FigureValue {
  return {
    kind,
    lower,
    upper,
    lowerInclusive: true,
    upperInclusive: true,
    approximate: false,
    qualifier: null,
    unit,
    counted: null,
    countedKey: null,
  };
}

// ---- Recoupe
const recoupe: Tool = {
  name: "Recoupe",
  categories: CATEGORIES,
  read: (text, lang, publishedAt, category) =>
    extractFigures(text, { lang, publishedAt })
      .filter((f) => categoryOf(f.value.kind) === category)
      .map((f) => ({ start: f.start, end: f.end, value: f.value })),
};

// ---- Recognizers-Text
type RtResult = { start: number; end: number; typeName: string; resolution: Record<string, unknown> | null };
const CURRENCY_NAMES: Record<string, string> = {
  euro: "EUR",
  dollar: "USD",
  "united states dollar": "USD",
  pound: "GBP",
  "british pound": "GBP",
  "pound sterling": "GBP",
  livre: "GBP",
  rouble: "RUB",
  ruble: "RUB",
  "russian ruble": "RUB",
  dram: "AMD",
  "armenian dram": "AMD",
  manat: "AZN",
  "azerbaijani manat": "AZN",
};
const culture = (lang: Lang): string =>
  lang === "fr" ? Recognizers.Culture.French : lang === "de" ? Recognizers.Culture.German : Recognizers.Culture.English;
const span = (r: RtResult): { start: number; end: number } => ({ start: r.start, end: r.end + 1 });
const noonOf = (publishedAt: string): Date => new Date(`${publishedAt}T12:00:00Z`);

function nearest<T>(items: T[], dayOf: (t: T) => number, reference: number): T | undefined {
  return [...items].sort((a, b) => Math.abs(dayOf(a) - reference) - Math.abs(dayOf(b) - reference))[0];
}

/** A "YYYY-MM-DD" prefix as an epoch day; Recognizers sometimes answers "not resolved". */
function dayOfIso(s: string | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? "");
  return m ? makeEpochDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function readDateTime(r: RtResult, publishedAt: string, category: Category): FigureValue | null {
  const values = (r.resolution?.values ?? []) as Record<string, string>[];
  const pub = toEpochDay(publishedAt);
  if (category === "durations") {
    const v = values.find((x) => x.type === "duration");
    return v?.value ? value("duration", Number(v.value) / 86400, Number(v.value) / 86400, "day") : null;
  }
  const dated = values.filter(
    (x) => (x.type === "date" && dayOfIso(x.value) !== null) || (x.type === "daterange" && dayOfIso(x.start) !== null),
  );
  const pick = nearest(dated, (x) => dayOfIso(x.value ?? x.start) ?? 0, pub);
  if (!pick) return null;
  const start = dayOfIso(pick.value ?? pick.start) as number;
  if (pick.type === "date") return value("date", start, start);
  const end = dayOfIso(pick.end);
  // An explicit range "(XXXX-10-10,XXXX-10-17,P7D)" ends on the day written; a month or a year
  // ("2022-09" -> 2022-09-01 to 2022-10-01) ends the day before its end.
  const explicit = (pick.timex ?? "").startsWith("(");
  return value(explicit ? "date_range" : "date", start, end === null ? start : explicit ? end : end - 1);
}

function readRecognizers(text: string, lang: Lang, publishedAt: string, category: Category): Reading[] {
  const c = culture(lang);
  const results: RtResult[] =
    category === "counts"
      ? Recognizers.recognizeNumber(text, c)
      : category === "percentages"
        ? Recognizers.recognizePercentage(text, c)
        : category === "money"
          ? Recognizers.recognizeCurrency(text, c)
          : Recognizers.recognizeDateTime(text, c, undefined, noonOf(publishedAt));
  const out: Reading[] = [];
  for (const r of results) {
    const res = r.resolution ?? {};
    let v: FigureValue | null = null;
    if (category === "counts" || category === "percentages") {
      const n = parseFloat(String(res.value ?? ""));
      if (Number.isFinite(n))
        v = value(category === "counts" ? "count" : "percentage", n, n, category === "counts" ? null : "%");
    } else if (category === "money") {
      const n = parseFloat(String(res.value ?? ""));
      const code = (res.isoCurrency as string | undefined) ?? CURRENCY_NAMES[String(res.unit ?? "").toLowerCase()];
      if (Number.isFinite(n)) v = value("money", n, n, code ?? String(res.unit ?? ""));
    } else {
      v = readDateTime(r, publishedAt, category);
    }
    if (v) out.push({ ...span(r), value: v });
  }
  return out;
}

const recognizers: Tool = {
  name: "Recognizers-Text",
  categories: PEER_CATEGORIES,
  read: readRecognizers,
};

// ---- chrono-node
function readChrono(text: string, lang: Lang, publishedAt: string): Reading[] {
  const parser = lang === "fr" ? chrono.fr : lang === "de" ? chrono.de : chrono.en;
  const [y, m, d] = publishedAt.split("-").map(Number) as [number, number, number];
  const out: Reading[] = [];
  for (const r of parser.parse(text, new Date(y, m - 1, d, 12))) {
    const s = r.start;
    const year = s.get("year") ?? y;
    const month = s.get("month") ?? 1;
    const dayOf = (c: typeof s): number => makeEpochDay(c.get("year") ?? y, c.get("month") ?? 1, c.get("day") ?? 1);
    let v: FigureValue;
    if (r.end) v = value("date_range", dayOf(s), dayOf(r.end));
    else if (s.isCertain("day") || s.isCertain("weekday")) v = value("date", dayOf(s), dayOf(s));
    else if (s.isCertain("month")) v = value("date", makeEpochDay(year, month, 1), makeEpochDay(year, month + 1, 0));
    else if (s.isCertain("year")) v = value("date", makeEpochDay(year, 1, 1), makeEpochDay(year, 12, 31));
    else v = value("date", dayOf(s), dayOf(s));
    out.push({ start: r.index, end: r.index + r.text.length, value: v });
  }
  return out;
}

const chronoTool: Tool = { name: "chrono-node", categories: ["dates"], read: (t, l, p) => readChrono(t, l, p) };

// ---- Scoring
const close = (a: number | null, b: number | null): boolean =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));

function sameValue(got: FigureValue, want: FigureValue): boolean {
  if (!close(got.lower, want.lower) || !close(got.upper, want.upper)) return false;
  if (want.lower !== null && got.lowerInclusive !== want.lowerInclusive) return false;
  if (want.upper !== null && got.upperInclusive !== want.upperInclusive) return false;
  return want.kind === "money" || want.kind === "percentage" ? got.unit === want.unit : true;
}

function within(got: FigureValue, want: FigureValue): boolean {
  const lo = got.lower ?? -Infinity;
  const hi = got.upper ?? Infinity;
  const okLo =
    want.lower === null || lo > want.lower || (lo === want.lower && (want.lowerInclusive || !got.lowerInclusive));
  const okHi =
    want.upper === null || hi < want.upper || (hi === want.upper && (want.upperInclusive || !got.upperInclusive));
  return okLo && okHi && lo <= hi;
}

type Score = {
  cases: number;
  positives: number;
  correct: number;
  wrong: number;
  falsePositives: number;
  within: number;
};
const emptyScore = (): Score => ({ cases: 0, positives: 0, correct: 0, wrong: 0, falsePositives: 0, within: 0 });

type Corpus = { name: string; figures: FigureCase[]; negatives: NegativeCase[] };

function score(tool: Tool, corpus: Corpus): Map<Category | "overall", Score> {
  const scores = new Map<Category | "overall", Score>([["overall", emptyScore()]]);
  for (const c of CATEGORIES) scores.set(c, emptyScore());
  const add = (cat: Category, f: (s: Score) => void): void => {
    f(scores.get(cat) as Score);
    f(scores.get("overall") as Score);
  };
  for (const c of corpus.figures) {
    const cat = categoryOf(c.expect[0]?.kind ?? "count");
    if (!tool.categories.includes(cat)) continue;
    const start = c.text.indexOf(c.figure);
    const end = start + c.figure.length;
    const got = tool.read(c.text, c.lang, c.publishedAt, cat).filter((r) => r.start < end && r.end > start);
    const right = got.length === c.expect.length && got.every((r, k) => sameValue(r.value, c.expect[k] as FigureValue));
    const inside =
      got.length > 0 && got.every((r, k) => within(r.value, c.expect[Math.min(k, c.expect.length - 1)] as FigureValue));
    add(cat, (s) => {
      s.cases++;
      s.positives++;
      if (right) s.correct++;
      else if (got.length) s.wrong++;
      if (inside) s.within++;
    });
  }
  for (const n of corpus.negatives) {
    if (!tool.categories.includes(n.category)) continue;
    const start = n.text.indexOf(n.notFigure);
    const end = start + n.notFigure.length;
    const got = tool.read(n.text, n.lang, n.publishedAt, n.category).filter((r) => r.start < end && r.end > start);
    add(n.category, (s) => {
      s.cases++;
      if (got.length) s.falsePositives++;
    });
  }
  return scores;
}

// ---- Throughput
// The corpus is fixed (the two sample articles and the news-sentence set), so that figures measured
// before and after a change of the reader are comparable.
function bigText(targetLength: number): { text: string; paragraphs: { text: string; lang: Lang }[] } {
  const paragraphs: { text: string; lang: Lang }[] = [
    { text: FRENCH_ARTICLE.text, lang: "fr" },
    { text: ENGLISH_ARTICLE.text, lang: "en" },
  ];
  for (const lang of ["fr", "en", "de"] as const) {
    const sentences = [
      ...new Set([...newsSentences, ...newsNonFigures].filter((c) => c.lang === lang).map((c) => c.text)),
    ];
    for (let k = 0; k < sentences.length; k += 6) paragraphs.push({ text: sentences.slice(k, k + 6).join(" "), lang });
  }
  const out: { text: string; lang: Lang }[] = [];
  let length = 0;
  while (length < targetLength) {
    for (const p of paragraphs) {
      out.push(p);
      length += p.text.length + 2;
    }
  }
  return { text: out.map((p) => p.text).join("\n\n"), paragraphs: out };
}

function timeRuns(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return Math.min(...times);
}

function slice(paragraphs: { text: string; lang: Lang }[], chars: number): { text: string; lang: Lang }[] {
  const out: { text: string; lang: Lang }[] = [];
  let n = 0;
  for (const p of paragraphs) {
    if (n >= chars) break;
    out.push(p);
    n += p.text.length + 2;
  }
  return out;
}

const size = (ps: { text: string }[]): number => ps.reduce((n, p) => n + p.text.length + 2, 0);
const mbps = (chars: number, ms: number): number => chars / 1e6 / (ms / 1000);

// ---- Report
const pct = (x: number, of: number): string => (of === 0 ? "   -  " : `${((100 * x) / of).toFixed(1).padStart(5)}%`);

function printScores(tools: Tool[], corpus: Corpus, totals: Map<string, number>): void {
  const all = [...corpus.figures, ...corpus.negatives];
  const by = (lang: Lang): number => all.filter((c) => c.lang === lang).length;
  console.log(
    `${corpus.name}: ${corpus.figures.length} figures + ${corpus.negatives.length} non-figures (${by("fr")} French, ${by("en")} English, ${by("de")} German)`,
  );
  const header = `${"tool".padEnd(17)} ${"category".padEnd(12)} ${"cases".padStart(5)} ${"figures".padStart(7)} ${"correct".padStart(7)} ${"within".padStart(6)} ${"precision".padStart(9)} ${"recall".padStart(7)}`;
  console.log(header);
  console.log("-".repeat(header.length));
  for (const tool of tools) {
    const scores = score(tool, corpus);
    for (const cat of [...CATEGORIES, "overall" as const]) {
      const s = scores.get(cat) as Score;
      if (cat !== "overall" && !tool.categories.includes(cat)) {
        console.log(`${tool.name.padEnd(17)} ${cat.padEnd(12)} ${"(does not read this category)".padStart(40)}`);
        continue;
      }
      const readings = s.correct + s.wrong + s.falsePositives;
      console.log(
        `${tool.name.padEnd(17)} ${cat.padEnd(12)} ${String(s.cases).padStart(5)} ${String(s.positives).padStart(7)} ${String(s.correct).padStart(7)} ${String(s.within).padStart(6)} ${pct(s.correct, readings).padStart(9)} ${pct(s.correct, s.positives).padStart(7)}`,
      );
      if (cat === "overall") totals.set(tool.name, (totals.get(tool.name) ?? 0) + s.correct);
    }
    if (tool !== tools[tools.length - 1]) console.log("");
  }
  console.log("");
}

function main(): void {
  const args = process.argv.slice(2);
  printSentenceScore(newsSentences, newsNonFigures, { failures: args.includes("--failures") });
  if (args.includes("--sentences")) return;
  if (args.includes("--throughput")) {
    const { text } = bigText(5_000_000);
    extractFigures(text.slice(0, 200_000), { publishedAt: "2022-10-31" });
    const ms = timeRuns(5, () => extractFigures(text, { publishedAt: "2022-10-31" }));
    console.log(
      `Recoupe throughput: ${mbps(text.length, ms).toFixed(3)} MB/s (${(text.length / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms, best of 5)`,
    );
    return;
  }
  const totals = new Map<string, number>();
  const tools = [recoupe, recognizers, chronoTool];
  printScores(
    tools,
    { name: "Case table (lib/figures/cases)", figures: figureCases, negatives: negativeCases },
    totals,
  );
  printScores(tools, { name: "Held-out sentences (bench/held-out.ts)", figures: heldOut, negatives: [] }, totals);

  const { text, paragraphs } = bigText(5_000_000);
  console.log(
    `Throughput on ${(text.length / 1e6).toFixed(2)} MB of French, English and German news copy (the sample articles and the news sentences)`,
  );
  extractFigures(text.slice(0, 200_000), { publishedAt: "2022-10-31" });
  const recoupeMs = timeRuns(5, () => extractFigures(text, { publishedAt: "2022-10-31" }));
  const rtSlice = slice(paragraphs, 30_000);
  const rtMs = timeRuns(2, () => {
    for (const p of rtSlice) {
      const c = culture(p.lang);
      Recognizers.recognizeNumber(p.text, c);
      Recognizers.recognizePercentage(p.text, c);
      Recognizers.recognizeCurrency(p.text, c);
    }
  });
  const dtSlice = slice(paragraphs, 10_000);
  const dtMs = timeRuns(1, () => {
    for (const p of dtSlice) Recognizers.recognizeDateTime(p.text, culture(p.lang), undefined, noonOf("2022-10-31"));
  });
  const chronoSlice = slice(paragraphs, 1_000_000);
  const chronoMs = timeRuns(3, () => {
    for (const p of chronoSlice)
      (p.lang === "fr" ? chrono.fr : p.lang === "de" ? chrono.de : chrono.en).parse(p.text, new Date(2022, 9, 31, 12));
  });
  const rows: [string, number, number, string][] = [
    ["Recoupe (all kinds)", text.length, recoupeMs, "whole text, best of 5"],
    [
      "Recognizers number+percent+currency",
      size(rtSlice),
      rtMs,
      "first 30 KB slice, best of 2 (too slow for the whole text)",
    ],
    ["Recognizers datetime", size(dtSlice), dtMs, "first 10 KB slice, 1 run (too slow for the whole text)"],
    ["chrono-node (dates)", size(chronoSlice), chronoMs, "first 1 MB slice, best of 3"],
  ];
  for (const [name, chars, ms, note] of rows) {
    console.log(
      `  ${name.padEnd(38)} ${mbps(chars, ms).toFixed(3).padStart(9)} MB/s  (${(chars / 1e6).toFixed(3)} MB in ${ms.toFixed(0)} ms; ${note})`,
    );
  }
  const recoupeSpeed = mbps(text.length, recoupeMs);
  const rtSpeed = mbps(size(rtSlice), rtMs);
  const best = Math.max(totals.get(recognizers.name) ?? 0, totals.get(chronoTool.name) ?? 0);
  console.log("");
  console.log(
    `Target: more correct values than either peer: ${(totals.get(recoupe.name) ?? 0) > best ? "met" : "NOT met"} (${totals.get(recoupe.name)} vs ${best})`,
  );
  console.log(
    `Target: at least 10x Recognizers-Text's throughput: ${recoupeSpeed >= 10 * rtSpeed ? "met" : "NOT met"} (${(recoupeSpeed / rtSpeed).toFixed(0)}x)`,
  );
}

main();
