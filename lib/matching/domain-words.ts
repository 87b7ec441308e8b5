import { fold } from "@/lib/aliases/fold";
import enFr from "./domain-words/en-fr.json";

// The bilingual domain words (data files in ./domain-words, one per pair of
// languages) read into one index: folded word -> the concepts it names. A
// sentence's concepts are then language-free, so an English "killed" meets a
// French "morts". Plural and feminine endings are trimmed on both sides.

type PairFile = {
  languages: string[];
  concepts: Record<string, Record<string, string[]>>;
  /** Set phrases naming a concept only as a whole ("perdu la vie": "vie" alone names no death). */
  phrases?: { concepts: Record<string, Record<string, string[]>> };
  /** Concepts that say what happened to what a count counts (killed, injured, displaced…). */
  outcomes?: { concepts: string[] };
  /** Concepts of revising a toll ("has risen to"): the count's own words may be its clause's subject. */
  revisions?: { concepts: string[] };
  /** Concepts of saying: a date right after one dates a statement, not the event. */
  statements?: { concepts: string[] };
  /**
   * Concepts that say what a percentage is a share of (turnout, the yes, the no);
   * answers: those read only around a percentage, never as what a sentence is about.
   */
  shares?: { concepts: string[]; answers?: string[] };
  /** Concepts of numbers that are no claim: increments, ages, page furniture. */
  nonClaims?: { increments: string[]; ages: string[]; furniture: string[]; parts?: string[]; measures?: string[] };
  /** Kinds of happening a story is about, in families of kinds one story tells together (a storm and its floods). */
  events?: { families: string[][] };
};

const PAIRS: PairFile[] = [enFr];

/** "victims" -> "victim", "blessées" -> "blesse": enough to meet the data's plain forms. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4) w = w.replace(/(es|s|x)$/, "");
  if (w.length > 4) w = w.replace(/e$/, "");
  return w;
}

const INDEX = new Map<string, Set<string>>();
const WORDS_OF = new Map<string, Map<string, string[]>>();

for (const pair of PAIRS) {
  for (const [concept, byLanguage] of Object.entries(pair.concepts)) {
    for (const [language, words] of Object.entries(byLanguage)) {
      const perLanguage = WORDS_OF.get(concept) ?? new Map<string, string[]>();
      perLanguage.set(language, [...(perLanguage.get(language) ?? []), ...words]);
      WORDS_OF.set(concept, perLanguage);
      for (const word of words) {
        const key = stem(fold(word));
        const set = INDEX.get(key) ?? new Set<string>();
        set.add(concept);
        INDEX.set(key, set);
      }
    }
  }
}

/** Phrases by their last word's stem: the stems of the words before it, in order, and the concept. */
const PHRASES = new Map<string, { before: string[]; concept: string }[]>();
for (const pair of PAIRS) {
  for (const [concept, byLanguage] of Object.entries(pair.phrases?.concepts ?? {})) {
    for (const phrase of Object.values(byLanguage).flat()) {
      const stems = phrase.split(" ").map((w) => stem(fold(w)));
      const last = stems.pop();
      if (!last || stems.length === 0) throw new Error(`domain words: the phrase "${phrase}" needs two words or more`);
      PHRASES.set(last, [...(PHRASES.get(last) ?? []), { before: stems, concept }]);
    }
  }
}

/**
 * The concepts word `i` of a text's folded words names: its own, and those of
 * any phrase of the data that ends with it ("perdu la vie" at "vie").
 */
export function conceptsAt(ws: readonly string[], i: number): ReadonlySet<string> {
  const word = ws[i];
  if (word === undefined) return NONE;
  const key = stem(word);
  const own = INDEX.get(key) ?? NONE;
  const rules = PHRASES.get(key);
  if (!rules) return own;
  let out: Set<string> | null = null;
  for (const { before, concept } of rules) {
    if (i < before.length || !before.every((b, k) => stem(ws[i - before.length + k] as string) === b)) continue;
    out ??= new Set(own);
    out.add(concept);
  }
  return out ?? own;
}

/**
 * How many words, ending at word `i`, name `concept`: 1 when the word itself does, else the
 * shortest phrase of the data ending there ("admitted to hospital" at "hospital": 3), 0 when none.
 */
export function spanAt(ws: readonly string[], i: number, concept: string): number {
  const word = ws[i];
  if (word === undefined) return 0;
  const key = stem(word);
  if (INDEX.get(key)?.has(concept)) return 1;
  let best = 0;
  for (const { before, concept: c } of PHRASES.get(key) ?? []) {
    if (c !== concept || i < before.length) continue;
    if (!before.every((b, k) => stem(ws[i - before.length + k] as string) === b)) continue;
    if (best === 0 || before.length + 1 < best) best = before.length + 1;
  }
  return best;
}

/** What happened to what a count counts: the outcome concepts of every pair file. */
export const OUTCOMES: ReadonlySet<string> = new Set(PAIRS.flatMap((p) => p.outcomes?.concepts ?? []));
/** What a percentage is a share of. */
export const SHARES: ReadonlySet<string> = new Set(PAIRS.flatMap((p) => p.shares?.concepts ?? []));
/** The answers a share may be of (the yes, the no): words too common ("no", "contre") to name a topic. */
const ANSWERS: ReadonlySet<string> = new Set(PAIRS.flatMap((p) => p.shares?.answers ?? []));
/** The concepts of revising a toll ("has risen", "s'est alourdi"): the count's subject may sit far before it. */
export const TOLL_UPDATES: ReadonlySet<string> = new Set(PAIRS.flatMap((p) => p.revisions?.concepts ?? []));
/** The concepts of saying (said, announced, a déclaré…). */
export const STATEMENTS: ReadonlySet<string> = new Set(PAIRS.flatMap((p) => p.statements?.concepts ?? []));

const NONE: ReadonlySet<string> = new Set();

/** Increments ("two more"), ages ("aged 61") and the first words of page furniture ("Updated", "Par"). */
export const INCREMENTS: ReadonlySet<string> = new Set(PAIRS.flatMap((p) => p.nonClaims?.increments ?? []));
export const AGES: ReadonlySet<string> = new Set(PAIRS.flatMap((p) => p.nonClaims?.ages ?? []));
/** Readings on a scale ("magnitude 6.4", "6,4 sur l'échelle de Richter"): a number that counts nothing. */
export const MEASURES: ReadonlySet<string> = new Set(PAIRS.flatMap((p) => p.nonClaims?.measures ?? []));
export const PARTS: ReadonlySet<string> = new Set(PAIRS.flatMap((p) => p.nonClaims?.parts ?? []));
/** Each kind of happening (storm, shipwreck, war, strike…) -> the kinds it meets: itself and those of its families. */
const EVENT_KIN = new Map<string, Set<string>>();
for (const family of PAIRS.flatMap((p) => p.events?.families ?? []))
  for (const c of family) EVENT_KIN.set(c, new Set([...(EVENT_KIN.get(c) ?? []), ...family]));
export const EVENTS: ReadonlySet<string> = new Set(EVENT_KIN.keys());

/** Whether two sets of concepts name happenings of related kinds (a storm and a flood, not a storm and a shipwreck). */
export function eventsMeet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const c of a) {
    const kin = EVENT_KIN.get(c);
    if (kin && [...b].some((d) => kin.has(d))) return true;
  }
  return false;
}
export const FURNITURE: ReadonlySet<string> = new Set(PAIRS.flatMap((p) => p.nonClaims?.furniture ?? []));

/** Whether a folded word names one of these concepts. */
export function names(word: string, concepts: ReadonlySet<string>): boolean {
  for (const c of conceptsOfWord(word)) if (concepts.has(c)) return true;
  return false;
}

/** The concepts one folded word names (empty when none). */
export function conceptsOfWord(word: string): ReadonlySet<string> {
  return INDEX.get(stem(word)) ?? NONE;
}

/** Folded words of a text (letters and digits). */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Concepts of how a sentence is put (saying, parts, increments, ages, furniture, answers): no topic of their own. */
const GRAMMAR: ReadonlySet<string> = new Set([
  ...STATEMENTS,
  ...INCREMENTS,
  ...AGES,
  ...MEASURES,
  ...FURNITURE,
  ...PARTS,
  ...ANSWERS,
]);

/** The concepts a text names, in any language of the data (what it is about: the grammar concepts left out). */
export function conceptsOf(text: string, { grammar = false } = {}): Set<string> {
  const out = new Set<string>();
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    for (const c of conceptsAt(ws, i)) if (grammar || !GRAMMAR.has(c)) out.add(c);
  }
  return out;
}

/** The data's words for some concepts in one language (to search labels written in it). */
export function wordsFor(concepts: Iterable<string>, language: string, perConcept = 3): string[] {
  const out: string[] = [];
  for (const c of concepts) out.push(...(WORDS_OF.get(c)?.get(language) ?? []).slice(0, perConcept));
  return out;
}

export const DOMAIN_LANGUAGES: readonly string[] = [...new Set(PAIRS.flatMap((p) => p.languages))];
