// Scores the figure reader on the news-sentence set: a figure is read right when extraction finds,
// over its span, exactly the expected values (kind, both bounds and whether each is included, unit,
// and for durations the rounding step); a non-figure is right when nothing is read over it.
import { extractFigures, parseFigure } from "../../lib/figures";
import type { Expected, NonFigureCase, SentenceCase, SentenceLang } from "./expect";

/** What the scorer needs of a reading; the reader's own type may carry more. */
type Read = {
  kind: string;
  lower: number | null;
  lowerInclusive: boolean;
  upper: number | null;
  upperInclusive: boolean;
  unit: string | null;
  granularity?: number | null;
};

export type Outcome = { lang: SentenceLang; group: string; ok: boolean; spanOk: boolean; label: string; got: string };

const close = (a: number | null, b: number | null, tolerance = 1e-6): boolean =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b)));

export function isSameReading(got: Read, want: Expected): boolean {
  if (got.kind !== want.kind) return false;
  if (!close(got.lower, want.lower) || !close(got.upper, want.upper)) return false;
  if (want.lower !== null && got.lowerInclusive !== want.lowerInclusive) return false;
  if (want.upper !== null && got.upperInclusive !== want.upperInclusive) return false;
  if (want.kind !== "date" && want.kind !== "date_range" && want.kind !== "count" && got.unit !== want.unit)
    return false;
  if (want.granularity !== undefined && !close(got.granularity ?? null, want.granularity, 1e-4)) return false;
  return true;
}

const show = (r: Read): string =>
  `${r.kind} ${r.lowerInclusive ? "[" : "("}${r.lower ?? "-∞"}, ${r.upper ?? "∞"}${r.upperInclusive ? "]" : ")"}` +
  `${r.unit && r.kind !== "duration" ? ` ${r.unit}` : ""}${r.granularity ? ` ±${r.granularity}/2` : ""}`;

// The reader's options name languages with its own type; the set may hold languages it does not know yet.
type Ctx = Parameters<typeof extractFigures>[1];
const ctxOf = (lang: SentenceLang, publishedAt: string): Ctx => ({ lang, publishedAt }) as unknown as Ctx;

export function scoreSentence(c: SentenceCase): Outcome {
  const start = c.text.indexOf(c.figure);
  if (start < 0) throw new Error(`figure «${c.figure}» not in: ${c.text}`);
  const end = start + c.figure.length;
  const found = extractFigures(c.text, ctxOf(c.lang, c.publishedAt)).filter((f) => f.start < end && f.end > start);
  const ok = found.length === c.expect.length && found.every((f, k) => isSameReading(f.value, c.expect[k] as Expected));
  const spanOk = ok && found.length === 1 && found[0]?.start === start && found[0]?.end === end;
  return {
    lang: c.lang,
    group: c.group,
    ok,
    spanOk: spanOk || (ok && found.length > 1),
    label: `[${c.lang}] «${c.figure}» in: ${c.text}  (published ${c.publishedAt})`,
    got: `want ${c.expect.map(show).join(" + ")}; got ${found.map((f) => `«${f.text}» ${show(f.value)}`).join(" + ") || "nothing"}`,
  };
}

export function scoreNonFigure(c: NonFigureCase): Outcome {
  const start = c.text.indexOf(c.notFigure);
  if (start < 0) throw new Error(`«${c.notFigure}» not in: ${c.text}`);
  const end = start + c.notFigure.length;
  const found = extractFigures(c.text, ctxOf(c.lang, c.publishedAt)).filter((f) => f.start < end && f.end > start);
  const parsed = parseFigure(c.notFigure, { ...ctxOf(c.lang, c.publishedAt), sentence: c.text });
  const ok = found.length === 0 && parsed.length === 0;
  return {
    lang: c.lang,
    group: `not: ${c.group}`,
    ok,
    spanOk: ok,
    label: `[${c.lang}] not a figure: «${c.notFigure}» in: ${c.text}`,
    got: `got ${[...found.map((f) => `«${f.text}» ${show(f.value)}`), ...parsed.map((v) => `parsed ${show(v)}`)].join(" + ")}`,
  };
}

const share = (n: number, of: number): string => (of === 0 ? "-" : `${((100 * n) / of).toFixed(1)}%`);

/** Prints the score; returns the share read right (0-1). */
export function printSentenceScore(
  sentences: SentenceCase[],
  nonFigures: NonFigureCase[],
  options: { failures?: boolean } = {},
): number {
  const outcomes = [...sentences.map(scoreSentence), ...nonFigures.map(scoreNonFigure)];
  const right = outcomes.filter((o) => o.ok).length;
  console.log(
    `News sentences (bench/figures): ${sentences.length} figures + ${nonFigures.length} non-figures: ` +
      `${right}/${outcomes.length} read with exact bounds = ${share(right, outcomes.length)} ` +
      `(exact span too: ${share(outcomes.filter((o) => o.spanOk).length, outcomes.length)})`,
  );
  for (const lang of ["fr", "en", "de"] as const) {
    const mine = outcomes.filter((o) => o.lang === lang);
    console.log(
      `  ${lang}: ${mine.filter((o) => o.ok).length}/${mine.length} = ${share(mine.filter((o) => o.ok).length, mine.length)}`,
    );
  }
  const groups = [...new Set(outcomes.map((o) => o.group))];
  for (const g of groups) {
    const mine = outcomes.filter((o) => o.group === g);
    const n = mine.filter((o) => o.ok).length;
    console.log(
      `  ${g.padEnd(26)} ${String(n).padStart(3)}/${String(mine.length).padEnd(3)} ${share(n, mine.length).padStart(6)}`,
    );
  }
  if (options.failures) {
    console.log("\nNot read right:");
    for (const o of outcomes.filter((x) => !x.ok)) console.log(`- ${o.label}\n    ${o.got}`);
  }
  console.log("");
  return right / outcomes.length;
}
