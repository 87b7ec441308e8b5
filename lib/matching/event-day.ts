import { fold } from "@/lib/aliases/fold";
import { LEXICONS } from "@/lib/figures/locales";
import { datesAStatement, opensASpan } from "./clause";

// The day a figure is about, as a fact-checker reads it: the date its own
// clause gives, by a date or by a day counted from another ("contre 12 000 la
// veille", "down from 480,000 a fortnight earlier", "deux jours plus tard",
// "the previous Sunday", "le même jour"), else the date written nearest it in
// its sentence, else the day the story is about (the first day its lead names,
// else its publication). A headcount of one day is another fact on another day.

export type DaySpan = { lower: number; upper: number };

/** How a figure's day was told: by its sentence (a date, or a day counted from one), or only by its story. */
export type EventDay = DaySpan & { by: "sentence" | "story" };

type Found = {
  start: number;
  end: number;
  sentenceStart?: number;
  value: { kind: string; lower: number | null; upper: number | null };
};

/** A date precise to a few days, as a span of days (a month or a year says no day). */
const FEW_DAYS = 7;
export function daySpan(v: { lower: number | null; upper: number | null }): DaySpan | null {
  return v.lower !== null && v.upper !== null && v.upper - v.lower <= FEW_DAYS
    ? { lower: v.lower, upper: v.upper }
    : null;
}

const isDateKind = (kind: string) => kind === "date" || kind === "date_range";

/**
 * The date written nearest a figure among the dates of its sentence (not a
 * date of saying, nor a date a span opens at: "since Tuesday"), as a span of
 * days; `from` is where the sentence starts in text.
 */
export function nearestDay(sentenceFigures: Found[], figure: Found, text: string, from = 0): DaySpan | null {
  let best: { span: DaySpan; distance: number } | null = null;
  for (const f of sentenceFigures) {
    if (f === figure || !isDateKind(f.value.kind)) continue;
    const span = daySpan(f.value);
    const before = text.slice(from, f.start);
    if (!span || datesAStatement({ before, after: "" }) || opensASpan(before)) continue;
    const distance = f.start >= figure.end ? f.start - figure.end : figure.start - f.end;
    if (!best || distance < best.distance) best = { span, distance };
  }
  return best?.span ?? null;
}

/** Small numbers in words, French and English, for "two days earlier", "trois jours plus tard". */
const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  four: 4,
  quatre: 4,
  five: 5,
  cinq: 5,
  six: 6,
  seven: 7,
  sept: 7,
  eight: 8,
  huit: 8,
  nine: 9,
  neuf: 9,
  ten: 10,
  dix: 10,
  quinze: 15,
};
const UNIT_DAYS: Record<string, number> = {
  day: 1,
  days: 1,
  jour: 1,
  jours: 1,
  week: 7,
  weeks: 7,
  semaine: 7,
  semaines: 7,
  fortnight: 14,
  quinzaine: 14,
};

const NUMBER = `(\\d{1,2}|${Object.keys(SMALL).join("|")})`;
const UNIT = `(${Object.keys(UNIT_DAYS).join("|")})`;
/** Not "the eve of the vote", "au lendemain du scrutin": a day counted from an event the text names, not a date. */
const NOT_OF = `(?!\\s+(?:de|du|des|d'|of)\\b)`;
/** Not "two days before the vote", "trois jours après son élection": counted from an event the text names, not a date. */
const NOT_EVENT =
  "(?!\\s+(?:the|a|an|his|her|its|their|this|that|le|la|les|l'|un|une|des|du|de|d'|son|sa|ses|leur|leurs|ce|cet|cette|que|qu')(?![\\p{L}]))";
/** A day counted from another: "two days earlier", "une semaine plus tard", "a fortnight before". */
const COUNTED = new RegExp(
  `(?:^|[^\\p{L}])${NUMBER}\\s+${UNIT}\\s+(earlier|before|previously|later|afterwards|plus tot|plus tard|auparavant|avant|apres)(?![\\p{L}])${NOT_EVENT}`,
  "u",
);
/** "a fortnight earlier", "the week before", "la semaine précédente". */
const ONE_UNIT = new RegExp(
  `(?:^|[^\\p{L}])(?:a|the|la|le)\\s+(fortnight|week|semaine|quinzaine)\\s+(earlier|before|previously|precedente|d'avant|later|after|suivante|d'apres)(?![\\p{L}])${NOT_OF}${NOT_EVENT}`,
  "u",
);
const ONE_DAY: [RegExp, number][] = [
  [new RegExp(`(?:^|[^\\p{L}])(?:l'avant-veille)(?![\\p{L}])${NOT_OF}`, "u"), -2],
  [
    new RegExp(
      `(?:^|[^\\p{L}])(?:la veille|the day before|the previous day|the eve|a day earlier|the night before)(?![\\p{L}])${NOT_OF}`,
      "u",
    ),
    -1,
  ],
  [
    new RegExp(
      `(?:^|[^\\p{L}])(?:le lendemain|the next day|the following day|the day after|a day later)(?![\\p{L}])${NOT_OF}`,
      "u",
    ),
    1,
  ],
  [
    new RegExp(
      `(?:^|[^\\p{L}])(?:the same day|that same day|that day|le meme jour|ce meme jour|ce jour-la|the same night|la meme nuit)(?![\\p{L}])`,
      "u",
    ),
    0,
  ],
];

/** Weekday names (folded) and their number, Monday = 0, in every lexicon. */
const WEEKDAYS = new Map<string, number>(
  Object.values(LEXICONS).flatMap((l) => l.weekdays.map((w, i): [string, number] => [fold(w), i])),
);
const WEEKDAY = `(${[...WEEKDAYS.keys()].join("|")})`;
/** "the previous Thursday", "the Sunday before", "le jeudi précédent", "le dimanche d'avant". */
const PREVIOUS_WEEKDAY = new RegExp(
  `(?:the\\s+previous\\s+${WEEKDAY}|(?:the|le)\\s+${WEEKDAY}\\s+(?:before|precedent|d'avant))(?![\\p{L}])`,
  "u",
);
/** "the following Monday", "le lundi suivant". */
const NEXT_WEEKDAY = new RegExp(
  `(?:the\\s+(?:following|next)\\s+${WEEKDAY}|(?:the|le)\\s+${WEEKDAY}\\s+(?:after|suivant|d'apres))(?![\\p{L}])`,
  "u",
);

/** Weekday of an epoch day, Monday = 0 (1 January 1970 was a Thursday). */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

const CLAUSE_END = /[,;:.!?()«»"—–]|\p{N}/u;

/** The figure's own clause: back to the last clause mark or number before it, on to the next after it. */
function ownClause(
  text: string,
  figure: Found,
  from: number,
  to: number,
): { before: string; after: string; start: number; end: number } {
  let a = figure.start;
  while (a > from && !CLAUSE_END.test(text[a - 1] as string)) a--;
  // Its own digits come first after it ("6,500": the cut may fall inside).
  let b = figure.end;
  while (b < to && /[\p{N}\s.,\u00a0\u202f]/u.test(text[b] as string) && /\p{N}/u.test(text.slice(b, b + 2))) b++;
  while (b < to && !CLAUSE_END.test(text[b] as string)) b++;
  const norm = (s: string) => fold(s).replace(/[’‘]/gu, "'");
  return { before: norm(text.slice(a, figure.start)), after: norm(text.slice(figure.end, b)), start: a, end: b };
}

/** How many days a clause's words count from the day it is told against (null: they count none). */
function shiftIn(words: string): { days: number } | { weekday: number; dir: -1 | 1 } | null {
  const counted = COUNTED.exec(words);
  if (counted) {
    let n = /^\d+$/u.test(counted[1] as string) ? Number(counted[1]) : (SMALL[counted[1] as string] ?? 1);
    const unit = UNIT_DAYS[counted[2] as string] ?? 1;
    // French counts a week as "huit jours" and a fortnight as "quinze jours".
    if (unit === 1 && /^jours?$/u.test(counted[2] as string) && (n === 8 || n === 15)) n -= 1;
    const later = /later|after|plus tard|apres/u.test(counted[3] as string);
    return { days: (later ? 1 : -1) * n * unit };
  }
  const one = ONE_UNIT.exec(words);
  if (one) {
    const unit = UNIT_DAYS[one[1] as string] ?? 7;
    return { days: (/later|after|suivante|d'apres/u.test(one[2] as string) ? 1 : -1) * unit };
  }
  for (const [re, days] of ONE_DAY) if (re.test(words)) return { days };
  const prev = PREVIOUS_WEEKDAY.exec(words);
  if (prev) return { weekday: WEEKDAYS.get((prev[1] ?? prev[2]) as string) ?? 0, dir: -1 };
  const next = NEXT_WEEKDAY.exec(words);
  if (next) return { weekday: WEEKDAYS.get((next[1] ?? next[2]) as string) ?? 0, dir: 1 };
  return null;
}

/** A day moved by a shift: so many days, or to the weekday before (after) it. */
function moved(base: DaySpan, shift: NonNullable<ReturnType<typeof shiftIn>>): DaySpan {
  if ("days" in shift) return { lower: base.lower + shift.days, upper: base.upper + shift.days };
  const d = shift.dir < 0 ? base.lower : base.upper;
  let gap = shift.dir < 0 ? (weekdayOf(d) - shift.weekday + 7) % 7 : (shift.weekday - weekdayOf(d) + 7) % 7;
  if (gap === 0) gap = 7;
  const day = d + shift.dir * gap;
  return { lower: day, upper: day };
}

/**
 * The day a story is about: the first date of a day (or a few) its lead gives that is not a date of
 * saying, else the day before its publication to that day (news reports what happened the day
 * before or the same day).
 */
export function storyDay(leadFigures: Found[], text: string, publishedDay: number, from = 0): DaySpan {
  for (const f of leadFigures) {
    if (!isDateKind(f.value.kind)) continue;
    const span = daySpan(f.value);
    const before = text.slice(f.sentenceStart ?? from, f.start);
    if (span && span.upper <= publishedDay && !datesAStatement({ before, after: "" }) && !opensASpan(before))
      return span;
  }
  return { lower: publishedDay - 1, upper: publishedDay };
}

/**
 * The day a (non-date) figure is about: a day its own clause counts from another date of its
 * sentence, or from the story's day ("480,000 a fortnight earlier", "12 000 la veille"); else the
 * date nearest it in its sentence; else the story's day (`by: "story"`). `from`, `to`: its sentence.
 */
export function eventDay(
  sentenceFigures: Found[],
  figure: Found,
  text: string,
  from: number,
  to: number,
  story: DaySpan,
): EventDay {
  const clause = ownClause(text, figure, from, to);
  // Else the sentence's opening words, set apart by a comma: "La veille, 12 000 personnes…", "On the same day, …".
  const comma = text.indexOf(",", from);
  const opening =
    comma > from && comma < figure.start && comma - from <= 40
      ? text
          .slice(from, comma)
          .toLowerCase()
          .normalize("NFKD")
          .replace(/\p{M}+/gu, "")
          .replace(/[’‘]/gu, "'")
      : "";
  const nearest = nearestDay(sentenceFigures, figure, text, from);
  // The opening words count only for a sentence that names no day of its own.
  const shift = shiftIn(clause.after) ?? shiftIn(clause.before) ?? (opening && !nearest ? shiftIn(opening) : null);
  if (shift) {
    // What the shift counts from: a date of the sentence outside the figure's own clause ("the previous
    // Thursday" is no Thursday of its own), else the story's day.
    const others = sentenceFigures.filter((f) => f.end <= clause.start || f.start >= clause.end);
    const base = nearestDay(others, figure, text, from);
    // "On the same day" with no date in the sentence says no more than the story's day does.
    const by = base || !("days" in shift) || shift.days !== 0 ? "sentence" : "story";
    return { ...moved(base ?? story, shift), by };
  }
  if (nearest) return { ...nearest, by: "sentence" };
  return { ...story, by: "story" };
}

/** Concepts (lib/matching/domain-words) that say which moment of an event a date is: its start, its end, a signing. */
export const MOMENTS: ReadonlySet<string> = new Set(["start", "end", "signing"]);

/** Where the words a date is of stop: a mark between clauses (not a comma), or another number. */
const HARD_STOP = /[;:.!?()«»"—–]|\p{N}/u;

/**
 * The words that say what a date is the date of: its own clause ("erupted on 27 September", "signé le
 * 9 novembre"); when that names nothing, the clauses before it, back over two commas at most (an
 * enumeration: "coprésidé par la France, la Russie et les États-Unis depuis 1997"), never past another
 * number or a clause's end; else the clause after it ("Le 9 novembre, l'accord a été signé").
 * `afterOnlyOf`: for a duration, the words after it count only as its complement ("of", "de").
 * `concepts` reads a text's concepts (domain-words' conceptsOf).
 */
export function dateOf(
  near: { before: string; after: string },
  concepts: (text: string) => Set<string>,
  { afterOnlyOf = false } = {},
): Set<string> {
  const before = near.before;
  let hard = before.length;
  while (hard > 0 && !HARD_STOP.test(before[hard - 1] as string)) hard--;
  const segments = before.slice(hard).split(",");
  // What lasts follows a duration only as its complement ("trois décennies de contrôle", "44 days of
  // war"); what comes after otherwise ("a duré 44 jours et coûté la vie à…") is another predicate.
  const after = afterOnlyOf && !/^\s*(?:de\s|d['’]|des\s|du\s|of\s)/iu.test(near.after) ? "" : near.after;
  let to = 0;
  while (to < after.length && !HARD_STOP.test(after[to] as string) && after[to] !== ",") to++;
  const own = concepts(`${segments[segments.length - 1] ?? ""} ${after.slice(0, to)}`);
  if (own.size > 0) return own;
  for (let k = segments.length - 2; k >= Math.max(0, segments.length - 3); k--) {
    const found = concepts(segments[k] as string);
    if (found.size > 0) return found;
  }
  if (segments.length === 1 && after[to] === ",") {
    let end = to + 1;
    while (end < after.length && !HARD_STOP.test(after[end] as string) && after[end] !== ",") end++;
    return concepts(after.slice(to + 1, end));
  }
  return new Set();
}
