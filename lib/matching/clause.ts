import { fold } from "@/lib/aliases/fold";
import { conceptsOf, conceptsOfWord, OUTCOMES, STATEMENTS } from "./domain-words";

// What the words right around a figure say about it, as a fact-checker reads
// a sentence holding several figures: "11 morts et 40 blessés" gives the 11
// to the dead and the 40 to the injured, "the 2022 fighting killed 286, two
// years after the 2020 war killed 6,500" gives each toll its own year, and
// "a annoncé vendredi" dates a statement, not the event. Pure and small: the
// caller cuts the sentence around the figure.

/** The sentence's text before the figure and after it. */
export type Neighbourhood = { before: string; after: string };

type Token = { word: string; number: boolean; stop: boolean };

const TOKEN = /[\p{L}]+|\p{N}+|[.;:!?()«»"—–]/gu;
const STOP = /^[.;:!?()«»"—–]$/u;

function tokens(text: string): Token[] {
  return (fold(text).match(TOKEN) ?? []).map((t) => ({
    word: t,
    number: /^\p{N}+$/u.test(t),
    stop: STOP.test(t),
  }));
}

/** How far (in words) a figure's outcome word may sit before it ("killed at least 11") and after it ("11 people were killed"). */
const OUTCOME_BEFORE = 4;
const OUTCOME_AFTER = 5;

const outcomesOf = (word: string): string[] => [...conceptsOfWord(word)].filter((c) => OUTCOMES.has(c));

/**
 * What happened to what a count counts (an outcome concept: death, injury,
 * missing, displaced…): the counted noun's own when it says ("morts",
 * "injured"), else the nearest outcome word of its clause, on either side,
 * never past another number or a clause's end. Null when nothing says.
 */
export function outcomeOf(counted: string | null, near: Neighbourhood): string | null {
  if (counted) {
    for (const t of tokens(counted)) {
      const found = outcomesOf(t.word);
      if (found.length > 0) return found[0] ?? null;
    }
  }
  const before = tokens(near.before);
  const after = tokens(near.after);
  let best: { concept: string; distance: number } | null = null;
  for (let i = before.length - 1, d = 1; i >= 0 && d <= OUTCOME_BEFORE; i--, d++) {
    const t = before[i] as Token;
    if (t.number || t.stop) break;
    const found = outcomesOf(t.word);
    if (found[0]) {
      best = { concept: found[0], distance: d };
      break;
    }
  }
  // After the figure, its own digits come first ("6,500": "500" follows the cut).
  let j = 0;
  while (j < after.length && after[j]?.number) j++;
  for (let d = 1; j < after.length && d <= OUTCOME_AFTER; j++, d++) {
    const t = after[j] as Token;
    if (t.number || t.stop) break;
    const found = outcomesOf(t.word);
    if (found[0]) {
      if (!best || d < best.distance) best = { concept: found[0], distance: d };
      break;
    }
  }
  return best?.concept ?? null;
}

/** Every outcome a text names (a fact's label: "Morts et disparus…" names two). */
export function outcomesIn(text: string): Set<string> {
  return new Set([...conceptsOf(text)].filter((c) => OUTCOMES.has(c)));
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

/** Whether a date figure dates a statement: a verb of saying just before it ("said on Monday", "a déclaré vendredi"). */
export function datesAStatement(near: Neighbourhood): boolean {
  const before = tokens(near.before);
  for (let i = before.length - 1, d = 0; i >= 0 && d < 3; i--, d++) {
    const t = before[i] as Token;
    if (t.number || t.stop) return false;
    if ([...conceptsOfWord(t.word)].some((c) => STATEMENTS.has(c))) return true;
    if (!LINKS.has(t.word)) return false;
  }
  return false;
}
