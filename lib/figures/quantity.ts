// Head counts, percentages, money and durations: [qualifier] amount-or-range [unit] [qualifier].
import { readAmount, roundValue } from "./amount";
import { findCounted, readsAsYear } from "./counted";
import { getToken, isIn, isPunct, isWord, memoize, readWord, type Env, type Match } from "./env";
import { makeBetween, makeExact, qualify, type Interval } from "./interval";
import { readCountingArticle } from "./number-words";
import { readOrdinalDuration } from "./ordinals";
import { readPostQualifier, readPreQualifier } from "./qualifiers";
import { readRange } from "./quantity-range";
import { toDurationInterval, readHalf, isAge, readRatio, readTimeUnitAt } from "./quantity-units";
import type { FigureKind, FigureValue } from "./types";
import { readCurrencySuffix, readMeasure, readPercent, type TimeUnit } from "./units";
import { readAboutMultiple, readFraction, readVague } from "./vague";
import { toDays } from "./time-units";
import { matchTrie } from "./phrases";

export type Core = {
  start: number;
  end: number;
  kind: FigureKind;
  unit: string | null;
  iv: Interval;
  /** "une centaine": the amount carries its own "environ". */
  about: boolean;
  /** The amount as written, in its own unit, for ranges. */
  value: number;
  scale: number;
  timeUnit: TimeUnit | null;
  yearLike: boolean;
  fromWords: boolean;
  single: string | null;
  skip: boolean;
  /** An explicit range ("28 000 à 30 000"): its ends are the writer's, not a rounding. */
  range: boolean;
  /** Quantities: SI units per unit written ("km": 1000). */
  unitFactor: number;
  /** Durations: the rounding step in days of a round figure ("six semaines": 7), null when as written. */
  step: number | null;
};

function makeCore(
  start: number,
  end: number,
  kind: FigureKind,
  unit: string | null,
  iv: Interval,
  extra: Partial<Core> = {},
): Core {
  return {
    start,
    end,
    kind,
    unit,
    iv,
    about: false,
    value: iv.lo ?? 0,
    scale: 1,
    timeUnit: null,
    yearLike: false,
    fromWords: false,
    single: null,
    skip: false,
    range: false,
    unitFactor: 1,
    step: null,
    ...extra,
  };
}

function makeSkipCore(start: number, end: number): Core {
  return makeCore(start, end, "count", null, makeExact(0), { skip: true });
}

function readVagueCore(env: Env, j: number): Core | null {
  const v = readVague(env, j);
  if (!v) return null;
  let k = v.end;
  const link = v.type !== "prefix" ? readWord(env, env.lex.ofWords, k) : -1;
  if (link > 0) k = link;
  const tu = readTimeUnitAt(env, v.type === "prefix" ? v.end : k);
  if (tu) {
    const iv =
      v.type === "about"
        ? toDurationInterval(v.center, v.center, tu.unit)
        : toDurationInterval(v.lo, v.hi, tu.unit, false, true);
    return makeCore(v.start, tu.end, "duration", "day", iv, { about: v.type === "about", timeUnit: tu.unit });
  }
  if (v.type === "prefix") return readSeveral(env, v.start, v.end);
  // "une vingtaine de kilomètres", "des centaines de tonnes"
  const measure = readMeasure(env, k);
  if (measure && k > v.end) {
    const { factor, unit } = measure.measure;
    const iv =
      v.type === "about"
        ? makeExact(roundValue(v.center * factor))
        : makeBetween(roundValue(v.lo * factor), roundValue(v.hi * factor), false, true);
    return makeCore(v.start, measure.end, "quantity", unit, iv, { about: v.type === "about", unitFactor: factor });
  }
  const cur = readCurrencySuffix(env, v.end);
  const kind: FigureKind = cur ? "money" : "count";
  const end = cur ? cur.end : v.end;
  if (v.type === "about") return makeCore(v.start, end, kind, cur?.code ?? null, makeExact(v.center), { about: true });
  return makeCore(v.start, end, kind, cur?.code ?? null, makeBetween(v.lo, v.hi, false, true));
}

/** "plusieurs guerres", "several officials": at least two, fewer than ten, of a plural noun. */
function readSeveral(env: Env, start: number, end: number): Core | null {
  const { lex } = env;
  if (!isIn(env.tokens[start], lex.severalWords)) return null;
  const noun = env.tokens[end];
  // "à plusieurs reprises", "several times": how often, not how many.
  if (!isWord(noun) || lex.stopwords.has(noun.norm) || lex.notCounted.has(noun.norm)) return null;
  if (!lex.pluralEndings.some((e) => noun.norm.endsWith(e)) && !lex.pluralNouns.has(noun.norm)) return null;
  return makeCore(start, end, "count", null, makeBetween(2, 10, false, true));
}

/** One amount with its unit, no qualifier. */
export const readSingle = memoize("readSingle", readSingleAt);

function readSingleAt(env: Env, j: number): Core | null {
  // "decades-old", "years-long", "jahrzehntelang": at least two of the unit, no upper bound.
  const open = matchTrie(env.lex.openDurations, env.tokens, j, env.limit);
  if (open) {
    const iv = { lo: toDays(2, open.value, 0), loInc: true, hi: null, hiInc: false, approx: true };
    return makeCore(j, open.end, "duration", "day", iv, { timeUnit: open.value });
  }
  const f = readFraction(env, j);
  if (f) return makeCore(j, f.end, "percentage", "%", makeExact(f.value));
  const vague = readVagueCore(env, j);
  if (vague) return vague;
  // "un an", "an hour", "einen Monat": the article says one; "un jour" says some day.
  const article = readWord(env, env.lex.articles, j);
  const notOne =
    matchTrie(env.lex.articleNotDurations, env.tokens, j, env.tokens.length) ||
    matchTrie(env.lex.openDurations, env.tokens, article, env.limit);
  if (article > 0 && !notOne) {
    const tu = readTimeUnitAt(env, article);
    if (tu) {
      const end = readHalf(env, tu.end);
      const n = end > tu.end ? 1.5 : 1;
      return makeCore(j, end, "duration", "day", toDurationInterval(n, n, tu.unit), {
        timeUnit: tu.unit,
        value: n,
        step: roundingStep(tu.unit, end > tu.end),
      });
    }
  }
  const ordinal = readOrdinalDuration(env, j);
  if (ordinal) return makeCore(j, ordinal.end, "duration", "day", ordinal.iv, { timeUnit: ordinal.unit });
  const a = readAmount(env, j);
  if (!a) return null;
  if (a.skip) return makeSkipCore(j, a.end);
  const scale = a.scaled ? getScale(a.value) : 1;
  const base = { value: a.value, scale, yearLike: a.yearLike, fromWords: a.fromWords, single: a.single };
  if (a.currency) return makeCore(j, a.end, "money", a.currency, makeExact(a.value), base);
  // "trois douzaines", "two dozen": about so many dozens, like "une douzaine".
  const dozens = readAboutMultiple(env, a.end);
  if (dozens) {
    return makeCore(j, dozens.end, "count", null, makeExact(a.value * dozens.value), {
      ...base,
      value: a.value * dozens.value,
      about: true,
      single: null,
    });
  }
  const pct = readPercent(env, a.end);
  if (pct !== null) return makeCore(j, pct, "percentage", "%", makeExact(a.value), base);
  const cur = readCurrencySuffix(env, a.end);
  if (cur) return makeCore(j, cur.end, "money", cur.code, makeExact(a.value), base);
  const halfEnd = readHalf(env, a.end);
  const tu = readTimeUnitAt(env, halfEnd);
  if (tu && isAge(env, j, tu.end)) {
    const old = (k: number): boolean => isIn(getToken(env, k), env.lex.ageAfter);
    return makeSkipCore(j, old(tu.end) ? tu.end + 1 : old(tu.end + 1) ? tu.end + 2 : tu.end);
  }
  // "1 in 5", "un sur trois"; "un enfant sur cent", "one child in five": the noun may stand between.
  const between = env.tokens[a.end];
  const ratio =
    readRatio(env, a.end, a.value) ??
    (between && between.kind === 0 && !env.lex.stopwords.has(between.norm) ? readRatio(env, a.end + 1, a.value) : null);
  if (ratio) return makeCore(j, ratio.end, "percentage", "%", makeExact(ratio.value), { ...base, single: null });
  if (tu) {
    let n = halfEnd > a.end ? a.value + 0.5 : a.value;
    const end = readHalf(env, tu.end);
    if (end > tu.end) n += 0.5;
    return makeCore(j, end, "duration", "day", toDurationInterval(n, n, tu.unit), {
      ...base,
      value: n,
      timeUnit: tu.unit,
      step: roundingStep(tu.unit, n % 1 !== 0),
    });
  }
  // "5 km", "140 km2", "a 50-kilometre zone": a quantity in SI units, so that 5 km and 5 000 m compare.
  const link = a.scaled ? readWord(env, env.lex.ofWords, a.end) : -1;
  const measure =
    readMeasure(env, a.end) ??
    (isPunct(getToken(env, a.end), "-") ? readMeasure(env, a.end + 1) : null) ??
    (link > 0 ? readMeasure(env, link) : null);
  if (measure) {
    const { factor, unit } = measure.measure;
    return makeCore(j, measure.end, "quantity", unit, makeExact(roundValue(a.value * factor)), {
      ...base,
      unitFactor: factor,
      single: null,
    });
  }
  return makeCore(j, a.end, "count", null, makeExact(a.value), base);
}

const DAYS_PER: Partial<Record<TimeUnit, number>> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  week: 7,
  month: 365.25 / 12,
  year: 365.25,
  // "a decade", "un siècle" are rounded to years and decades, not to decades and centuries.
  decade: 365.25,
  century: 3652.5,
};

/** The rounding step of a duration written in `unit` (half a unit after "et demi"); days are as written. */
function roundingStep(unit: TimeUnit, half: boolean): number | null {
  const step = DAYS_PER[unit];
  return step === undefined ? null : roundValue(half ? step / 2 : step);
}

function getScale(value: number): number {
  for (const s of [1e12, 1e9, 1e6, 1e3]) if (value >= s) return s;
  return 1;
}

function toValue(
  c: Core,
  iv: Interval,
  qualifier: string | null,
  counted: { text: string; key: string | null } | null,
): FigureValue {
  return {
    kind: c.kind,
    lower: iv.lo,
    lowerInclusive: iv.lo === null ? false : iv.loInc,
    upper: iv.hi,
    upperInclusive: iv.hi === null ? false : iv.hiInc,
    approximate: iv.approx,
    qualifier,
    unit: c.unit,
    counted: counted?.text ?? null,
    countedKey: counted?.key ?? null,
    ...(c.kind === "duration" && c.step !== null && !qualifier && !iv.approx ? { granularity: c.step } : {}),
  };
}

export function matchQuantity(env: Env, i: number): Match | null {
  const qualified = readPreQualifier(env, i);
  let pre = qualified;
  let c: Core | null = null;
  if (qualified && (!qualified.needsDigits || isDigitStart(env, qualified.end))) {
    c = readRange(env, qualified.end, true) ?? readSingle(env, qualified.end);
  }
  // "over five years" spreads something across the period; it does not bound it.
  if (c && pre && c.kind === "duration" && pre.entry?.notForDurations) return null;
  if (!c) {
    pre = null;
    c = readRange(env, i) ?? readSingle(env, i);
  }
  if (!c) return null;
  if (c.skip) return { start: i, end: c.end, values: [] };
  const post = readPostQualifier(env, c.end);
  let end = post ? post.end : c.end;
  // An article alone is no figure, unless the grammar makes it one ("dont un enfant", "une seule").
  const one =
    c.kind === "count" && c.single && env.lex.articles.has(c.single) ? readCountingArticle(env, c.start, end) : 0;
  if (one < 0) return null;
  if (one > 0) end = one;
  let counted = null;
  if (c.kind === "count") {
    counted = findCounted(env, end);
    if (c.yearLike && !pre && !post && readsAsYear(env, c.start, c.end)) return null;
    if (c.single && !(one > 0 ? !!counted?.key : acceptSingle(env, c, counted))) return null;
    // "les deux pays", "des deux côtés", "the two countries": both of a known pair, not a count.
    if (c.fromWords && c.value === 2 && isIn(env.tokens[c.start - 1], env.lex.bothDeterminers) && !pre) {
      return { start: c.start, end: c.end, values: [] };
    }
  }
  let iv = c.iv;
  if (c.about) iv = qualify(iv, "about", c.kind);
  for (const q of [pre, post]) {
    if (!q) continue;
    // "environ 28 000 à 30 000": the writer gave the ends; "about" says they are rounded, not wider.
    if (c.range && (q.cls === "about" || q.cls === "near")) iv = { ...iv, approx: true };
    else iv = qualify(iv, q.cls, c.kind);
  }
  return { start: pre ? pre.start : c.start, end, values: [toValue(c, iv, pre?.text ?? post?.text ?? null, counted)] };
}

function isDigitStart(env: Env, j: number): boolean {
  const t = getToken(env, j);
  return !!t && (t.kind === 1 || isPunct(t, "$", "€", "£"));
}

/** "un", "une", "a", "ein" alone are articles, "one" far more often a pronoun than a number. */
function acceptSingle(env: Env, c: Core, counted: { key: string | null } | null): boolean {
  if (!c.single) return true;
  if (env.lex.articles.has(c.single)) return false;
  if (env.lex.needsCountedNoun.has(c.single)) return !!counted?.key;
  return true;
}
