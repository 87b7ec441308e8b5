import { fold } from "@/lib/aliases/fold";
import {
  AGES,
  conceptsOf,
  conceptsAt,
  FURNITURE,
  INCREMENTS,
  MEASURES,
  names,
  OUTCOMES,
  spanAt,
  PARTS,
  SHARES,
  STATEMENTS,
  TOLL_UPDATES,
} from "./domain-words";

// What the words right around a figure say about it, as a fact-checker reads
// a sentence holding several figures: "11 morts et 40 blessés" gives the 11
// to the dead and the 40 to the injured, "the 2022 fighting killed 286, two
// years after the 2020 war killed 6,500" gives each toll its own year, and
// "a annoncé vendredi" dates a statement, not the event. Pure and small: the
// caller cuts the sentence around the figure.

/** The sentence's text before the figure and after it. */
export type Neighbourhood = { before: string; after: string };

/** `concepts`: what the word names, with any set phrase of the data that ends with it. */
type Token = { word: string; number: boolean; stop: boolean; name: boolean; concepts: ReadonlySet<string> };

const TOKEN = /[\p{L}]+|\p{N}+|[.;:!?()«»"—–]/gu;
const STOP = /^[.;:!?()«»"—–]$/u;

/** Folded tokens; `name` marks a capitalised word past the first (a place is no outcome: "Gard" is not "garde"). */
function tokens(text: string): Token[] {
  const found = [...text.matchAll(TOKEN)];
  const folded = found.map((m) => fold(m[0]));
  return found.map((m, i) => {
    const t = folded[i] as string;
    return {
      word: t,
      number: /^\p{N}+$/u.test(t),
      stop: STOP.test(t),
      name: i > 0 && /^\p{Lu}/u.test(m[0]),
      concepts: conceptsAt(folded, i),
    };
  });
}

/** How far (in words) a figure's outcome word may sit before it ("killed at least 11") and after it ("11 people were killed"). */
const OUTCOME_BEFORE = 4;
const OUTCOME_AFTER = 5;
/** Past that, the words a set phrase opened within it may run on ("ont été transportés à l'hôpital"). */
const PHRASE_TAIL = 3;
/** How far back past a verb revising a toll ("has risen to") its subject may be: its clause, as a rule. */
const OUTCOME_BEFORE_REVISED = 20;

const among = (t: Token, concepts: ReadonlySet<string>): string[] =>
  t.name ? [] : [...t.concepts].filter((c) => concepts.has(c));

/**
 * What happened to what a count counts (an outcome concept: death, injury,
 * missing, displaced…): the counted noun's own when it says ("morts",
 * "injured"), else the nearest outcome word of its clause, on either side,
 * never past another number or a clause's end. Null when nothing says.
 */
export function outcomeOf(
  counted: string | null,
  near: Neighbourhood,
  concepts: ReadonlySet<string> = OUTCOMES,
): string | null {
  const outcomesOf = (t: Token) => among(t, concepts);
  let own: string | null = null;
  if (counted) {
    for (const t of tokens(counted)) {
      const found = outcomesOf(t);
      if (found.length > 0) {
        own = found[0] ?? null;
        break;
      }
    }
  }
  if (own === null) return nearOutcome(counted, near, outcomesOf);
  // The counted noun says who they are, its clause what then happened to them: "112 patients ont été
  // hospitalisés", "20 injured were taken to hospital" count hospital admissions, not the sick or the injured.
  if (STATES.has(own) && nearOutcome(counted, near, outcomesOf) === HOSPITALISATION) return HOSPITALISATION;
  return own;
}

/** Words joining two clauses ("and", "et", "while", "mais"…), folded. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "while", "whereas", "but", "et", "mais", "tandis", "alors"]);

/** Being taken to hospital: an outcome of its own, whatever the cause (an illness, an injury). */
const HOSPITALISATION = "hospitalisation";
/** Outcomes a counted noun may name as who people are ("patients", "blessés") before what happened to them. */
const STATES: ReadonlySet<string> = new Set(["sickness", "injury"]);

/** The nearest outcome word of a count's clause, on either side, past its own counted noun. */
function nearOutcome(counted: string | null, near: Neighbourhood, outcomesOf: (t: Token) => string[]): string | null {
  const before = tokens(near.before);
  const after = tokens(near.after);
  const words = after.map((t) => t.word);
  let best: { concept: string; distance: number } | null = null;
  // A verb revising a toll ("has risen to", "s'est alourdi à") makes the clause's subject the
  // count's own words, however far back in the clause: "the death toll from the floods has risen to 12".
  let reach = OUTCOME_BEFORE;
  // Past a conjunction, the outcome before is another clause's: "three were killed and 27 were
  // injured". The figure's own clause then says first, when it says.
  let crossed = false;
  for (let i = before.length - 1, d = 1; i >= 0 && d <= reach; i--, d++) {
    const t = before[i] as Token;
    if (t.number || t.stop) break;
    if (d <= OUTCOME_BEFORE && [...t.concepts].some((c) => TOLL_UPDATES.has(c))) reach = OUTCOME_BEFORE_REVISED;
    const found = outcomesOf(t);
    if (found[0]) {
      best = { concept: found[0], distance: crossed ? Infinity : d };
      break;
    }
    if (CONJUNCTIONS.has(t.word)) crossed = true;
  }
  // After the figure, its own digits come first ("6,500": "500" follows the cut), then its counted
  // noun, no word between the figure and its outcome ("8 000 personnes ont dû quitter leur domicile").
  let j = 0;
  while (j < after.length && after[j]?.number) j++;
  const own = counted ? tokens(counted).map((t) => t.word) : [];
  for (let k = 0; k < own.length && after[j]?.word === own[k]; k++) j++;
  // A partitive names no outcome of its own: "Dix-huit d'entre eux ont été hospitalisés", "38 of them died".
  const [p1, p2] = [after[j]?.word, after[j + 1]?.word];
  if (p1 === "d" && p2 === "entre" && ["eux", "elles"].includes(after[j + 2]?.word ?? "")) j += 3;
  else if (p1 === "of" && (p2 === "them" || p2 === "whom")) j += 2;
  // A set phrase is as far as its first word: "150 have been admitted to hospital" is 3 words off.
  for (let d = 1; j < after.length && d <= OUTCOME_AFTER + PHRASE_TAIL; j++, d++) {
    const t = after[j] as Token;
    if (t.number || t.stop) break;
    const found = outcomesOf(t);
    if (found[0]) {
      const from = d - Math.max(0, spanAt(words, j, found[0]) - 1);
      if (from <= OUTCOME_AFTER && (!best || from < best.distance)) best = { concept: found[0], distance: from };
      break;
    }
  }
  return best?.concept ?? null;
}

/** Every outcome a text names (a fact's label: "Morts et disparus…" names two). */
export function outcomesIn(text: string, concepts: ReadonlySet<string> = OUTCOMES): Set<string> {
  return new Set([...conceptsOf(text, { grammar: true })].filter((c) => concepts.has(c)));
}

/** What a percentage is a share of (turnout, the yes, the no), from the words around it. */
export function shareOf(near: Neighbourhood): string | null {
  const own = outcomeOf(null, near, SHARES);
  if (own) return own;
  // Else the one share its sentence names before it, if only one, over a colon or another share of
  // the same ("Le oui a été massif : plus de 61 % à Genève, 58 % à Zurich").
  const named = outcomesIn(near.before, SHARES);
  return named.size === 1 ? ([...named][0] ?? null) : null;
}

const isYear = (t: Token) => t.number && t.word.length === 4 && /^(1[89]|20)\d\d$/.test(t.word);

/**
 * The year the sentence ties to the figure: the year named nearest to it, in
 * words, on either side (before wins a tie), up to the publication's year.
 */
export function nearestYear(near: Neighbourhood, maxYear: number): number | null {
  const before = tokens(near.before);
  const after = tokens(near.after);
  let j = 0;
  while (j < after.length && after[j]?.number) j++;
  let best: { year: number; distance: number } | null = null;
  for (let i = before.length - 1, d = 1; i >= 0; i--, d++) {
    const t = before[i] as Token;
    if (isYear(t) && Number(t.word) <= maxYear) {
      best = { year: Number(t.word), distance: d };
      break;
    }
  }
  for (let d = 1; j < after.length; j++, d++) {
    const t = after[j] as Token;
    if (best && d >= best.distance) break;
    if (isYear(t) && Number(t.word) <= maxYear) {
      best = { year: Number(t.word), distance: d };
      break;
    }
  }
  return best?.year ?? null;
}

/** Short words that may stand between a verb of saying and its date ("said on Monday", "a annoncé ce vendredi"). */
const LINKS = new Set([
  "on",
  "this",
  "last",
  "late",
  "early",
  "le",
  "ce",
  "dans",
  "la",
  "nuit",
  "de",
  "du",
  "soir",
  "matin",
]);

/** Words that open a span at a date ("since 10 October", "depuis le 1er janvier"); "dès" folds to the article "des", left out. */
const SINCE = new Set(["since", "depuis", "from"]);

/**
 * Whether a date opens a span rather than dates a state: "since 10 October", "depuis le 1er
 * janvier". A count "since" a day is a running count, not that day's.
 */
export function opensASpan(before: string): boolean {
  const words = tokens(before);
  for (let i = words.length - 1, d = 0; i >= 0 && d < 3; i--, d++) {
    const t = words[i] as Token;
    if (t.number || t.stop) break;
    if (SINCE.has(t.word)) return true;
    if (!LINKS.has(t.word) && t.word !== "the") break;
  }
  // The date in apposition to what opened the span: "depuis la déclaration de l'épidémie, le 2 avril",
  // "since the start of the outbreak, on 2 April".
  const apposition =
    /(?:^|[\s(])(?:since|depuis)\s+(?:the|le|la|les|l['’])\s*[\p{L}'’ -]{1,60},\s*(?:(?:on|the|le)\s+)?$/iu;
  return apposition.test(before);
}

/** Whether a date figure dates a statement: a verb of saying just before it ("said on Monday", "a déclaré vendredi"). */
export function datesAStatement(near: Neighbourhood): boolean {
  const before = tokens(near.before);
  for (let i = before.length - 1, d = 0; i >= 0 && d < 3; i--, d++) {
    const t = before[i] as Token;
    if (t.number || t.stop) return false;
    if ([...t.concepts].some((c) => STATEMENTS.has(c))) return true;
    // Where it was said, between the verb and its date: "announced in Oslo on Sunday", "a déclaré à Lille lundi".
    if (t.name && !LINKS.has(t.word)) {
      let j = i;
      while (j > 0 && (before[j - 1] as Token).name) j--;
      const at = before[j - 1];
      if (at && PLACE_LINKS.has(at.word)) {
        i = j - 1;
        d--;
        continue;
      }
    }
    if (!LINKS.has(t.word)) return false;
  }
  return false;
}

/** Words that open where something was said: "in Oslo", "à Lille", "at the White House" is left out. */
const PLACE_LINKS = new Set(["in", "at", "a", "en", "au"]);

/** The words after the figure, past its own digits. */
function wordsAfter(near: Neighbourhood): Token[] {
  const after = tokens(near.after);
  let j = 0;
  while (j < after.length && after[j]?.number) j++;
  return after.slice(j);
}

/**
 * Whether a count is an increment, not a total: "two more deaths", "another
 * 3", "trois morts supplémentaires", "trois morts de plus". A fact holds
 * totals; what was added since is no claim of its own.
 */
export function isIncrement(near: Neighbourhood, counted: string | null): boolean {
  const before = tokens(near.before);
  const last = before[before.length - 1];
  if (last && !last.number && !last.stop && names(last.word, INCREMENTS) && last.word !== "autres") return true;
  const after = wordsAfter(near);
  const countedWords = new Set(tokens(counted ?? "").map((t) => t.word));
  let k = 0;
  if (after[k] && countedWords.has(after[k]!.word)) k++;
  const next = after[k];
  if (!next || next.stop) return false;
  if (names(next.word, INCREMENTS)) return true;
  return next.word === "de" && after[k + 1]?.word === "plus" && !after[k + 2]?.number;
}

/**
 * Whether a number is someone's age: "aged 61", "âgée de 61 ans", "61 years old", "a 61-year-old",
 * and in apposition "Jean Martin, 61 ans, a témoigné" (`figure`: the figure as written, "61 ans" or "61").
 */
export function isAge(near: Neighbourhood, figure = ""): boolean {
  const before = tokens(near.before);
  const last = before[before.length - 1];
  const second = before[before.length - 2];
  if (last && names(last.word, AGES) && last.word !== "old") return true;
  if (last?.word === "de" && second && names(second.word, AGES)) return true;
  const after = wordsAfter(near);
  if ((after[0]?.word === "year" || after[0]?.word === "years") && after[1]?.word === "old") return true;
  // In apposition, between commas or brackets: "Jean Martin, 64 ans, a témoigné", "(64 ans)".
  if (!/[,(]\s*$/u.test(near.before)) return false;
  const inYears = /\bans?$/u.test(fold(figure));
  const rest = inYears ? near.after : near.after.replace(/^\s*ans?\b/u, "");
  return (inYears || rest !== near.after) && /^\s*[,)]/u.test(rest);
}

/**
 * Whether a number is a reading on a scale, not a count of anything: "magnitude 6.4", "de
 * magnitude 6,4", "a 6.4-magnitude quake", "6,4 sur l'échelle de Richter", "6.4 on the Richter
 * scale". The scale's word sits right before the number (past "de", "of") or within the few
 * words after it, before any other number or clause's end.
 */
export function isMeasure(near: Neighbourhood): boolean {
  const isScale = (t: Token | undefined) => !!t && !t.number && !t.stop && names(t.word, MEASURES);
  const before = tokens(near.before);
  const last = before[before.length - 1];
  if (isScale(last)) return true;
  if ((last?.word === "de" || last?.word === "of") && isScale(before[before.length - 2])) return true;
  const after = wordsAfter(near);
  for (let d = 0; d < 5 && d < after.length; d++) {
    const t = after[d] as Token;
    if (t.number || t.stop) break;
    if (isScale(t)) return true;
  }
  return false;
}

/** "depuis (le 1er) janvier", "depuis le début de l'année"; "since (1) January", "since the start of the year". */
const YEAR_TO_DATE =
  /\b(?:depuis (?:le )?(?:1er |premier )?janvier|depuis le debut de l'annee|since (?:1 )?january|since (?:the )?(?:start|beginning) of (?:the|this) year|so far this year)\b/u;
/** After the figure only ("64 people have died this year"): before it, "This year, 12,000 runners" dates an event. */
const THIS_YEAR = /\b(?:cette annee|this year)\b/u;

/**
 * Whether a count is a tally of the year so far, not of one event: "64 morts depuis janvier",
 * "at least 64 people have died this year". Read in the figure's own clause (no other number nor
 * clause's end between), so "depuis jeudi", the event's own start, says nothing.
 */
export function isYearToDate(near: Neighbourhood): boolean {
  // An opening "Depuis janvier, 64 migrants…" reaches the figure over its comma; nothing else does.
  const number = /\p{N}+(?![\p{L}])/u;
  const folded = (text: string) => fold(text).replace(/’/gu, "'");
  const before =
    folded(near.before)
      .split(new RegExp(`[;:.!?()«»"—–]|${number.source}`, "u"))
      .pop() ?? "";
  const after = folded(near.after.replace(/^[\p{N}\s.,\u00a0\u202f]*/u, "")).split(
    new RegExp(`[,;:.!?()«»"—–]|${number.source}`, "u"),
  )[0];
  return YEAR_TO_DATE.test(before) || YEAR_TO_DATE.test(after ?? "") || THIS_YEAR.test(after ?? "");
}

/** The first folded word of a line (to tell page furniture: "Updated…", "Par…"). */
const firstWord = (line: string): string => tokens(line).find((t) => !t.stop && !t.number)?.word ?? "";

/**
 * The parts of an article that are page furniture, not reporting: short lines
 * that end no sentence (a heading, a byline, a dateline alone on its line,
 * "Lecture : 4 min"), lines opened by a furniture word ("Updated…", "Mis à
 * jour…", "Correction…"), and a dateline opening a paragraph ("PARIS, 12
 * mars (AFP) —"). UTF-16 offsets, as the extractor's.
 */
export function furnitureRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const LINE = /[^\n]+/g;
  for (const m of text.matchAll(LINE)) {
    const line = m[0];
    const start = m.index;
    const trimmed = line.trim();
    if (trimmed.length === 0) continue;
    const short = trimmed.length <= 100;
    const endsSentence = /[.!?…»"”)]$/u.test(trimmed);
    if ((short && !endsSentence) || (trimmed.length <= 200 && names(firstWord(trimmed), FURNITURE))) {
      out.push([start, start + line.length]);
      continue;
    }
    const dateline =
      /^\s*\p{Lu}[\p{L}'.-]*(?:[ /-]\p{Lu}[\p{L}'.-]*)*(?:\s*\([^)\n]{1,40}\))?,(?=[^.—–\n]{0,30}\d)[^.—–\n]{1,30}?(?:\s[—–-]\s|\)\s*[—–-]?)/u.exec(
        line,
      );
    if (dateline) out.push([start, start + dateline[0].length]);
  }
  return out;
}

/**
 * Whether a count is given as a part of another just before it: "dont 8",
 * "including two children", "parmi eux, 3", "38 of whom", "trois d'entre eux".
 */
export function isPart(near: Neighbourhood): boolean {
  const before = tokens(near.before);
  // Four words back: "parmi les victimes figurent deux enfants", "among the dead are two children".
  for (let i = before.length - 1, d = 0; i >= 0 && d < 4; i--, d++) {
    const t = before[i] as Token;
    if (t.number || t.stop) break;
    if (names(t.word, PARTS) && !["them", "whom", "which", "entre"].includes(t.word)) return true;
  }
  const [p2, p1] = [before[before.length - 2]?.word, before[before.length - 1]?.word];
  if (p2 === "of" && (p1 === "which" || p1 === "whom")) return true;
  const after = wordsAfter(near);
  const [a, b] = [after[0]?.word, after[1]?.word];
  if ((a === "of" && (b === "whom" || b === "them" || b === "which")) || (a === "d" && b === "entre")) return true;
  // A partitive: "six of the victims", "deux des blessés", "trois de ces soldats".
  const noun = (t: Token | undefined) => !!t && !t.number && !t.stop;
  return (
    (a === "of" && (b === "the" || b === "these" || b === "those") && noun(after[2])) ||
    (a === "des" && noun(after[1])) ||
    (a === "de" && (b === "ces" || b === "ses" || b === "leurs") && noun(after[2]))
  );
}

/** A conjunction and the determiner of a common noun: "and the total", "et le bilan", "while a further". */
const NEXT_CLAUSE =
  /(?:^|\s)(?:and|et|while|whereas|but|mais|tandis que|alors que)\s+(?:the|a|an|le|la|les|l['’]|un|une|des)\s*(?=\p{Ll})/gu;

/** Where a clause ends: a punctuation mark between clauses, or another number. */
const CLAUSE_BREAK = /[,;:.!?()«»"—–]|\p{N}/u;

/**
 * The figure's own clause, its text before the figure and after it: back to the last comma, colon
 * or number before it (or a conjunction opening another noun phrase), on to the next after it.
 * `opensSentence`: the clause starts where the text before the figure does.
 */
export function ownClause(near: Neighbourhood): {
  before: string;
  after: string;
  opensSentence: boolean;
  /** Where the clause starts in `near.before`, and where it starts and ends in `near.after`. */
  from: number;
  afterFrom: number;
  afterTo: number;
} {
  const before = near.before;
  let from = before.length;
  while (from > 0 && !CLAUSE_BREAK.test(before[from - 1]!)) from--;
  // A conjunction opening a new noun phrase ("and the total", "et le bilan", not "et l'Isère") starts another clause.
  const opening = [...before.slice(from).matchAll(NEXT_CLAUSE)].pop();
  if (opening) from += opening.index + opening[0].length;
  const after = near.after.replace(/^[\p{N}\s.,\u00a0\u202f]*?(?=\p{L})/u, "");
  let to = 0;
  while (to < after.length && !CLAUSE_BREAK.test(after[to]!)) to++;
  const next = after.slice(0, to).search(NEXT_CLAUSE);
  if (next >= 0) to = next;
  const skipped = near.after.length - after.length;
  return {
    before: before.slice(from),
    after: after.slice(0, to),
    opensSentence: from === 0,
    from,
    afterFrom: skipped,
    afterTo: skipped + to,
  };
}

/**
 * The names (capitalised words, as written) of the figure's own clause: back to
 * the last comma, colon or number before it, on to the next after it. "nine of
 * them in the Gard, and five in Spain" gives the nine to the Gard and the five
 * to Spain; the sentence's first word is no name.
 */
export function clauseNames(near: Neighbourhood, sentenceStart = true): string[] {
  const clause = ownClause(near);
  const first = clause.opensSentence && sentenceStart;
  const words = [
    ...[...clause.before.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m, i) => ({ w: m[0], first: first && i === 0 })),
    ...[...clause.after.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => ({ w: m[0], first: false })),
  ];
  const own = words
    .filter((x) => !x.first)
    .map((x) => x.w.replace(/^\p{Ll}['’]/u, ""))
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (own.length > 0 || !sentenceStart) return own;
  // A place the sentence opens with is every clause's that names none: "In Norway, nine people died".
  const fronted = FRONTED_PLACE.exec(near.before);
  return fronted ? [...(fronted[1] as string).matchAll(/\p{Lu}[\p{L}'’-]*/gu)].map((m) => m[0]) : [];
}

/** A sentence's opening place: "In Norway,", "En Bretagne,", "Dans le Morbihan,", "Au Portugal,". */
const FRONTED_PLACE =
  /^\s*(?:In|At|En|Au|Aux|Dans|À)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s*,/u;

/** A longer unit a duration is counted per: "35-hour week", "40 heures par semaine", "24 hours a day". */
const PER_UNIT =
  /^\s*-?\s*(?:(?:a|an|per|par|each|every|chaque)\s+)?(?:week|weeks|semaine|semaines|hebdomadaires?|weekly|month|months|mois|mensuels?|monthly|day|jour)(?![\p{L}])/iu;
/** The same put the other way round: "la semaine de 35 heures", "a working week of 35 hours". */
const UNIT_OF = /(?:week|semaine|journ[ée]e|day|mois|month)\s+(?:de|of|à|a)\s*$/iu;

/**
 * Whether a duration measures a rate, not how long something lasted: working time per week or
 * per day ("the 35-hour week", "40 heures par semaine", "la semaine de 35 heures", "24 hours a
 * day"). The name of a policy or a timetable, no length of an event to check.
 */
export function isRate(near: Neighbourhood): boolean {
  return PER_UNIT.test(near.after) || UNIT_OF.test(near.before);
}

/** A preposition that gives the period an amount is measured over: "sur dix ans", "over five years", "in 24 hours". */
const OVER = /(?:^|\s)(?:sur|over|en|in|within|per|par|across)\s*$/iu;

/**
 * Whether a duration is the period of the amount just before it ("300 mm of rain in 24 hours",
 * "1,2 milliard sur dix ans", "€40 million over five years"): a part of that measure or sum,
 * no claim of its own. `between`: the text from the end of the amount to the duration.
 */
export function isPeriodOfAmount(between: string): boolean {
  return between.length <= 40 && !/[.;:!?]/u.test(between) && OVER.test(between);
}

/**
 * A tally brought up to date by its sentence: "bringing the toll to 9", "raising the number of dead to
 * 40", "ce qui porte à 12 le nombre de victimes", "portant le bilan à 7", "le total s'élève désormais à
 * 30". It counts a whole that grew since the event: the day its sentence names (a body found on
 * Friday) is the day of the update, not another event's day. Read in what
 * comes just before the figure.
 */
const RUNNING_TOTAL = new RegExp(
  [
    // English: bring/raise/take/push (the) toll/total/tally/count/number (of …) to N
    String.raw`\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|take|takes|taking|took|push|pushes|pushing|pushed)\b[^.;:!?]{0,60}\b(?:toll|total|tally|count|number)\b[^.;:!?]{0,50}\bto$`,
    // French: porter à N (le bilan / le nombre) / porter le bilan à N / faire passer le bilan à N
    String.raw`\b(?:porte|portent|portant|portait|portera|passer)\b(?:[^.;:!?]{0,60}\b(?:bilan|total|nombre|decompte)\b[^.;:!?]{0,40})?\s(?:a|au)$`,
    // "the total/toll now stands at", "le bilan s'eleve (desormais) a"
    String.raw`\b(?:toll|total|tally|bilan)\b[^.;:!?]{0,40}\b(?:stands at|now at|s'eleve(?: desormais| maintenant)? a|atteint(?: desormais| maintenant)?)$`,
  ].join("|"),
  "u",
);

export function isRunningTotal(near: Neighbourhood): boolean {
  const before = fold(near.before).replace(/’/gu, "'").replace(/\s+/gu, " ").trimEnd();
  // What is before the figure in its sentence: "… toll to 11 and the total to 14" reaches both figures.
  return RUNNING_TOTAL.test(before);
}
