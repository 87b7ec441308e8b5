// What a head count counts: the noun after the number ("286 morts", "2,000 Russian troops",
// "une centaine de blessés"), its class from the lexicons, and which class is part of which.
import type { Locale } from "@/lib/i18n/locales";
import { isIn, peekWord, type Env } from "./env";
import { getLex, type Lex } from "./locales";
import { COUNTED_PARENTS } from "./locales/counted-classes";
import { matchTrie, type Trie } from "./phrases";
import { foldWord } from "./text";
import { NUM, tokenize, WORD, type Token } from "./tokenize";

/** Every canonical class, for pickers in the UI. */
export const COUNTED_CLASSES: readonly string[] = Object.freeze(Object.keys(COUNTED_PARENTS));

/** Candidate singular forms of a plural or feminine word, most literal first. */
function listSingularForms(lex: Lex, w: string): string[] {
  if (lex.invariantNouns.has(w) || w.length <= 3) return [w];
  const forms = [w];
  const irregular = lex.irregularPlurals.get(w);
  if (irregular) forms.push(irregular);
  // Two rounds, so that "blessées" meets "blessé" through "blessée".
  for (let round = 0; round < 2; round++) {
    for (const f of [...forms]) {
      for (const [plural, singular] of lex.singularEndings) {
        if (f.endsWith(plural) && f.length - plural.length >= 3) {
          const s = f.slice(0, f.length - plural.length) + singular;
          if (!forms.includes(s)) forms.push(s);
        }
      }
    }
  }
  return forms;
}

/** Longest lexicon entry starting at token `i`, through plurals and feminines. */
function matchForms<T>(lex: Lex, trie: Trie<T>, tokens: Token[], i: number): { end: number; value: T } | null {
  let node = trie;
  let best: { end: number; value: T } | null = null;
  let j = i;
  while (j < tokens.length && j < i + 9) {
    const t = tokens[j] as Token;
    if (t.norm === "-" && j > i) {
      j++;
      continue;
    }
    let child = node.next.get(t.norm);
    if (!child && t.kind === WORD) {
      for (const form of listSingularForms(lex, t.norm)) {
        child = node.next.get(form);
        if (child) break;
      }
    }
    if (!child) break;
    node = child;
    j++;
    if (node.value !== undefined) best = { end: j, value: node.value };
  }
  return best;
}

/** The class of a counted noun and the language of the form found, or null when unknown. */
export function classifyCountedForm(noun: string, lex: Lex = getLex(null)): { key: string; locale: Locale } | null {
  const tokens = tokenize(noun).filter((t) => t.norm !== "-");
  if (tokens.length === 0) return null;
  const key = matchForms(lex, lex.counted, tokens, 0);
  const locale = matchForms(lex, lex.countedLocale, tokens, 0);
  return key && locale && key.end === tokens.length ? { key: key.value, locale: locale.value } : null;
}

export function classifyCounted(noun: string): string | null {
  return classifyCountedForm(noun)?.key ?? null;
}

/** `narrow` ⊂ `broad`: every soldier is a person, every peacekeeper a soldier. Reflexive. */
export function isCountedSubset(narrow: string, broad: string): boolean {
  let k: string | null | undefined = narrow;
  for (let hops = 0; k && hops < 8; hops++) {
    if (k === broad) return true;
    k = COUNTED_PARENTS[k];
  }
  return false;
}

/** A word that can be (part of) a counted noun: not a function word, nor the start of a date ("12 last week"). */
function isContent(lex: Lex, t: Token | undefined): t is Token {
  return (
    !!t &&
    t.kind === WORD &&
    t.norm.length > 1 &&
    !lex.stopwords.has(t.norm) &&
    !lex.relationBefore.has(t.norm) &&
    !lex.relativeDays.next.has(t.norm) &&
    !lex.weekdays.has(t.norm) &&
    !lex.months.has(t.norm)
  );
}

export type Counted = { text: string; key: string | null };

/**
 * The counted noun as written: "Arméniens", "Armenians" and German "Soldaten" keep their
 * capital (comparisons fold case); only a headline's capitals are lowered ("MORTS").
 */
function sliceAsWritten(env: Env, a: number, b: number): string {
  const text = env.text.slice((env.tokens[a] as Token).start, (env.tokens[b - 1] as Token).end);
  return text === text.toLocaleUpperCase() ? text.toLocaleLowerCase() : text;
}

const endsWithAny = (w: string, endings: readonly string[]): boolean => endings.some((e) => w.endsWith(e));

/** The counted noun after a head count ending at token `j` (looks past parseFigure's limit on purpose). */
export function findCounted(env: Env, j: number): Counted | null {
  const { lex, tokens } = env;
  // "12 of the 15 members": the part counts what the whole counts ("one of the soldiers" is no count).
  const part = matchTrie(lex.partitiveLinks, tokens, j, env.limit);
  if (part) {
    let p = part.end;
    while (p < env.limit && (tokens[p]?.kind === NUM || lex.numberWords.has(tokens[p]?.norm ?? ""))) p++;
    if (p > part.end) return findCounted(env, p);
  }
  const link = peekWord(env, lex.ofWords, j);
  const k = link > 0 ? link : j;
  // Another number right after it opens another figure, never names what this one counts ("12 000 deux
  // jours plus tard", "500 two days later").
  if (lex.numberWords.has(tokens[k]?.norm ?? "")) return null;
  for (let p = k; p < k + lex.countedReach; p++) {
    const w = tokens[p];
    if (!isContent(lex, w)) break;
    const m = matchForms(lex, lex.counted, tokens, p);
    if (m) return { text: sliceAsWritten(env, p, m.end), key: m.value };
    // Where adjectives follow the noun, only a few come before it ("nouveaux soldats").
    if (!lex.headNounLast && !lex.prenominalAdjectives.has(w.norm)) break;
  }
  if (!isContent(lex, tokens[k])) return null;
  // Where nouns take a capital, the counted noun is the first capitalised word ("4 Kampfjets verlor").
  if (lex.capitalisedNouns) {
    for (let p = k; p < k + lex.countedReach && isContent(lex, tokens[p]); p++) {
      if ((tokens[p] as Token).cap) return { text: sliceAsWritten(env, p, p + 1), key: null };
    }
    return null;
  }
  if (!lex.headNounLast) {
    const p = lex.prenominalAdjectives.has((tokens[k] as Token).norm) && isContent(lex, tokens[k + 1]) ? k + 1 : k;
    return { text: sliceAsWritten(env, p, p + 1), key: null };
  }
  // Adjectives first: the head is the last content word ("armored vehicles");
  // a participle after the first word is the verb ("refugees reached").
  const participle = (t: Token | undefined): boolean => !!t && endsWithAny(t.norm, lex.participleEndings);
  // The first plural noun ends the phrase ("runners took part": runners).
  for (let p = k; p < k + lex.countedReach && isContent(lex, tokens[p]) && !participle(tokens[p]); p++) {
    const w = (tokens[p] as Token).norm;
    if (endsWithAny(w, lex.pluralEndings) || lex.pluralNouns.has(w))
      return { text: sliceAsWritten(env, p, p + 1), key: null };
  }
  let last = k;
  while (last + 1 < k + lex.countedReach && isContent(lex, tokens[last + 1]) && !participle(tokens[last + 1])) last++;
  while (last > k && participle(tokens[last])) last--;
  if (participle(tokens[last]) && last === k && !isContent(lex, tokens[k + 1])) return null;
  return { text: sliceAsWritten(env, last, last + 1), key: null };
}

/**
 * A bare four-digit number is a year unless a plural noun follows it ("2000 soldats", "1500 morts");
 * after "en", "in", "depuis", "since" it is a year whatever follows.
 */
export function readsAsYear(env: Env, numIndex: number, end: number): boolean {
  const { lex } = env;
  if (isIn(env.tokens[numIndex - 1], lex.yearContext)) return true;
  const counted = findCounted(env, end);
  if (!counted) return true;
  const first = foldWord(counted.text.split(/\s+/)[0] ?? counted.text);
  return !(endsWithAny(first, lex.pluralEndings) || lex.pluralNouns.has(first));
}
