// A figure as an editor tagged it, read in the context of its sentence when given.
// When the figure is exactly what extraction finds in the sentence (or one date of an enumeration),
// both agree by construction; otherwise only the figure's own words are read ("6 700" in
// "plus de 4 300" is exactly 6 700), with the sentence as context for the counted noun and tense.
import type { Env, Match } from "./env";
import { extractFigures, makeEnv as makeReadingEnv, resolvePublicationDay } from "./extract";
import { BARE_FRANC, CFA_FRANC, settleCurrencies } from "./francs";
import { guessLang } from "./lang";
import { matchAt } from "./match";
import { findUrlEnd } from "./urls";
import { tokenize, type Token } from "./tokenize";
import type { FigureContext, FigureValue } from "./types";

function locateFigure(sentence: string, figure: string): number {
  const at = sentence.indexOf(figure);
  if (at >= 0) return at;
  // Editors paste figures with plain spaces where the article has no-break ones.
  const flat = (s: string): string => s.replace(/[\u00a0\u202f\u2009\u2007]/g, " ");
  return flat(sentence).indexOf(flat(figure));
}

function makeEnv(text: string, tokens: Token[], limit: number, ctx: FigureContext): Env {
  const lang = ctx.lang ?? guessLang(tokens);
  return makeReadingEnv(text, tokens, limit, lang, resolvePublicationDay(ctx.publishedAt));
}

/** Values of the sentence's figure whose span is exactly [from, to), if extraction finds one. */
function findExtractedValues(env: Env, from: number, to: number): FigureValue[] | null {
  const { tokens } = env;
  let i = 0;
  while (i < tokens.length && (tokens[i] as Token).start < to) {
    const m: Match | null = matchAt(env, i);
    if (!m) {
      i++;
      continue;
    }
    const spans = m.parts ?? [];
    if (tokens[m.start]?.start === from && tokens[m.end - 1]?.end === to) return m.values;
    const k = spans.findIndex(([a, b]) => tokens[a]?.start === from && tokens[b - 1]?.end === to);
    if (k >= 0 && m.values[k]) return [m.values[k]];
    i = Math.max(m.end, i + 1);
  }
  return null;
}

export function parseFigure(figure: string, ctx: FigureContext = {}): FigureValue[] {
  const values = readFigure(figure, ctx);
  const franc = values.some((v) => v.kind === "money" && (v.unit === BARE_FRANC || v.unit === CFA_FRANC));
  const bare = values.some((v) => v.kind === "count" && v.counted === null && v.precision === undefined);
  if (!franc && !bare) return values;
  // Which franc, and a bare sum after one: as extraction reads the sentence (lib/figures/francs.ts).
  const sentence = ctx.sentence ?? "";
  const at = sentence ? locateFigure(sentence, figure.trim()) : -1;
  if (at >= 0) {
    const found = extractFigures(sentence, { lang: ctx.lang, publishedAt: ctx.publishedAt }).find(
      (f) => f.start === at && f.end === at + figure.trim().length,
    );
    if (found && (franc || found.value.kind === "money")) return [found.value];
  }
  if (!franc) return values;
  const single = values.map((v) => ({ ...v }));
  settleCurrencies(
    sentence || figure,
    single.map((value) => ({ start: 0, end: 0, text: "", value, sentenceStart: 0, sentenceEnd: 0 })),
  );
  return single;
}

function readFigure(figure: string, ctx: FigureContext): FigureValue[] {
  const trimmed = figure.trim();
  if (!trimmed) return [];
  const sentence = ctx.sentence ?? "";
  const at = sentence ? locateFigure(sentence, trimmed) : -1;
  const text = at >= 0 ? sentence : trimmed;
  const tokens = tokenize(text);
  const from = at >= 0 ? at : 0;
  const to = from + trimmed.length;
  const start = tokens.findIndex((t) => t.start >= from);
  if (start < 0) return [];
  let limit = tokens.findIndex((t) => t.end > to);
  if (limit < 0) limit = tokens.length;
  const env = makeEnv(text, tokens, limit, ctx);
  if (findUrlEnd(env, start) > start) return [];
  if (at >= 0) {
    const same = findExtractedValues({ ...env, limit: tokens.length, memo: [] }, from, to);
    if (same) return same;
  }
  let i = start;
  while (i < limit) {
    const m = matchAt(env, i);
    if (m && m.values.length > 0) return m.values;
    // The figure opens something that is not a figure (a phone number, a street address).
    if (m && i === start) return [];
    i = m ? Math.max(m.end, i + 1) : i + 1;
  }
  return [];
}
