// What a head count counts: the noun after the number ("286 morts", "2,000 Russian troops",
// "une centaine de civils"), and a small lexicon of classes with a subset relation.
import type { Env } from "./env";
import { toWordSet } from "./phrases";
import { tokenize, WORD, type Token } from "./tokenize";
import { STOPWORDS } from "./stopwords";

/** Canonical classes, each with its French and English surface forms (singular, folded). */
const CLASSES: Record<string, { fr: string[]; en: string[] }> = {
  people: {
    fr: ["personne", "gens", "mort", "victime", "tue", "habitant", "individu", "homme", "femme", "deces", "ame"],
    en: [
      "people",
      "person",
      "dead",
      "death",
      "life",
      "killed",
      "victim",
      "resident",
      "inhabitant",
      "casualty",
      "fatality",
      "man",
      "woman",
      "soul",
      "dead people",
    ],
  },
  soldiers: {
    fr: ["soldat", "militaire", "combattant", "troupe", "conscrit", "reserviste", "mercenaire"],
    en: [
      "soldier",
      "troop",
      "serviceman",
      "service member",
      "fighter",
      "militant",
      "conscript",
      "reservist",
      "mercenary",
      "combatant",
    ],
  },
  civilians: { fr: ["civil"], en: ["civilian"] },
  peacekeepers: {
    fr: [
      "casque bleu",
      "soldat de la paix",
      "soldat de maintien de la paix",
      "force de maintien de la paix",
      "militaire de maintien de la paix",
    ],
    en: ["peacekeeper", "peacekeeping troop", "peacekeeping force", "peacekeeping soldier"],
  },
  prisoners: {
    fr: ["prisonnier", "prisonnier de guerre", "detenu", "otage", "captif"],
    en: ["prisoner", "prisoner of war", "pow", "detainee", "hostage", "captive"],
  },
  refugees: { fr: ["refugie"], en: ["refugee"] },
  displaced: {
    fr: ["deplace", "personne deplacee", "deplace interne", "evacue"],
    en: [
      "displaced",
      "displaced people",
      "displaced person",
      "internally displaced people",
      "internally displaced person",
      "idp",
      "evacuee",
    ],
  },
  wounded: { fr: ["blesse"], en: ["wounded", "injured", "wounded people", "injured people", "wounded soldier"] },
  children: { fr: ["enfant", "mineur"], en: ["child", "minor"] },
  ceasefires: {
    fr: ["treve", "cessez le feu", "accord de cessez le feu", "accord de treve"],
    en: ["ceasefire", "cease fire", "truce", "ceasefire agreement", "cease fire agreement", "truce agreement"],
  },
  agreements: {
    fr: ["accord", "traite", "accord de paix"],
    en: ["agreement", "treaty", "deal", "peace agreement", "peace deal"],
  },
};

/** Every canonical class, for pickers in the UI. */
export const COUNTED_CLASSES: readonly string[] = Object.freeze(Object.keys(CLASSES));

const PARENT: Record<string, string> = {
  soldiers: "people",
  civilians: "people",
  peacekeepers: "soldiers",
  prisoners: "people",
  refugees: "displaced",
  displaced: "people",
  wounded: "people",
  children: "people",
};

type Node = { next: Map<string, Node>; key: string | undefined; lang: "fr" | "en" };
const LEXICON: Node = { next: new Map(), key: undefined, lang: "en" };
for (const [key, forms] of Object.entries(CLASSES)) {
  for (const lang of ["fr", "en"] as const) {
    for (const phrase of forms[lang]) {
      let node = LEXICON;
      for (const t of tokenize(phrase)) {
        if (t.norm === "-") continue;
        let child = node.next.get(t.norm);
        if (!child) node.next.set(t.norm, (child = { next: new Map(), key: undefined, lang }));
        node = child;
      }
      node.key = key;
      node.lang = lang;
    }
  }
}

const INVARIANT = toWordSet("paix pays gens mois fois deces corps people dead killed wounded injured displaced news");

/** Candidate singular masculine forms of a plural or feminine word, most literal first. */
function listSingularForms(w: string): string[] {
  if (INVARIANT.has(w) || w.length <= 3) return [w];
  const forms = [w];
  if (w === "lives") forms.push("life");
  if (w === "children") forms.push("child");
  if (w.endsWith("men")) forms.push(`${w.slice(0, -3)}man`);
  if (w.endsWith("ies")) forms.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("aux")) forms.push(`${w.slice(0, -3)}al`);
  const bare = w.endsWith("s") || w.endsWith("x") ? w.slice(0, -1) : w;
  forms.push(bare);
  if (bare.endsWith("ee") && bare.length > 4) forms.push(bare.slice(0, -1));
  return forms;
}

/** Longest lexicon entry starting at token `i`. */
function matchLexicon(tokens: Token[], i: number): { end: number; key: string; lang: "fr" | "en" } | null {
  let node = LEXICON;
  let best: { end: number; key: string; lang: "fr" | "en" } | null = null;
  let j = i;
  while (j < tokens.length && j < i + 9) {
    const t = tokens[j] as Token;
    if (t.norm === "-" && j > i) {
      j++;
      continue;
    }
    let child = node.next.get(t.norm);
    if (!child && t.kind === WORD) {
      for (const form of listSingularForms(t.norm)) {
        child = node.next.get(form);
        if (child) break;
      }
    }
    if (!child) break;
    node = child;
    j++;
    if (node.key) best = { end: j, key: node.key, lang: node.lang };
  }
  return best;
}

/** The class of a counted noun and the language of the form found, or null when unknown. */
export function classifyCountedForm(noun: string): { key: string; lang: "fr" | "en" } | null {
  const tokens = tokenize(noun).filter((t) => t.norm !== "-");
  if (tokens.length === 0) return null;
  const m = matchLexicon(tokens, 0);
  return m && m.end === tokens.length ? { key: m.key, lang: m.lang } : null;
}

export function classifyCounted(noun: string): string | null {
  return classifyCountedForm(noun)?.key ?? null;
}

/** `narrow` ⊂ `broad`: every soldier is a person, every peacekeeper a soldier. Reflexive. */
export function isCountedSubset(narrow: string, broad: string): boolean {
  let k: string | undefined = narrow;
  for (let hops = 0; k && hops < 8; hops++) {
    if (k === broad) return true;
    k = PARENT[k];
  }
  return false;
}

const FR_PRENOMINAL = toWordSet(
  "nouveaux nouvelles nouveau nouvelle jeunes jeune autres autre grands grandes petits petites anciens anciennes " +
    "derniers dernieres vieux vieilles principaux principales seuls seules vrais veritables hauts hautes bons bonnes " +
    "pauvres simples",
);

function isContent(t: Token | undefined): t is Token {
  return !!t && t.kind === WORD && t.norm.length > 1 && !STOPWORDS.has(t.norm);
}

export type Counted = { text: string; key: string | null };

function sliceLower(env: Env, a: number, b: number): string {
  return env.text.slice((env.tokens[a] as Token).start, (env.tokens[b - 1] as Token).end).toLowerCase();
}

/** The counted noun after a head count ending at token `j` (looks past parseFigure's limit on purpose). */
export function findCounted(env: Env, j: number): Counted | null {
  const tokens = env.tokens;
  let k = j;
  const t = tokens[k];
  if (t && t.kind === WORD && (t.norm === "de" || t.norm === "of")) k++;
  else if (t && t.norm === "d" && tokens[k + 1]?.norm === "'") k += 2;
  const english = env.lang === "en";
  const reach = env.lang === "fr" ? 2 : 3;
  for (let p = k; p < k + reach; p++) {
    const w = tokens[p];
    if (!isContent(w)) break;
    const m = matchLexicon(tokens, p);
    if (m) return { text: sliceLower(env, p, m.end), key: m.key };
    if (env.lang === "fr" && !FR_PRENOMINAL.has(w.norm)) break;
  }
  if (!isContent(tokens[k])) return null;
  if (!english) {
    const p = FR_PRENOMINAL.has((tokens[k] as Token).norm) && isContent(tokens[k + 1]) ? k + 1 : k;
    return { text: sliceLower(env, p, p + 1), key: null };
  }
  // English puts adjectives first: the head is the last content word ("armored vehicles");
  // a participle after the first word is the verb ("refugees reached").
  let last = k;
  while (last + 1 < k + 3 && isContent(tokens[last + 1]) && !/(?:ed|ing)$/.test((tokens[last + 1] as Token).norm))
    last++;
  while (last > k && /(?:ed|ing)$/.test((tokens[last] as Token).norm)) last--;
  if (/(?:ed|ing)$/.test((tokens[last] as Token).norm) && last === k && !isContent(tokens[k + 1])) return null;
  return { text: sliceLower(env, last, last + 1), key: null };
}

const PLURAL_NOUNS = toWordSet("people men women children dead killed wounded injured displaced police personnel gens");
const YEAR_PREPOSITIONS = toWordSet("en in depuis since des until annee an year jusqu by circa vers");

function looksPlural(noun: string): boolean {
  const last = noun.split(/\s+/)[0] ?? noun;
  return /[sx]$/.test(last) || PLURAL_NOUNS.has(last);
}

/**
 * A bare four-digit number is a year unless a plural noun follows it ("2000 soldats", "1500 morts");
 * after "en", "in", "depuis", "since" it is a year whatever follows.
 */
export function readsAsYear(env: Env, numIndex: number, end: number): boolean {
  const prev = env.tokens[numIndex - 1];
  if (prev && prev.kind === WORD && YEAR_PREPOSITIONS.has(prev.norm)) return true;
  const counted = findCounted(env, end);
  return !(counted && looksPlural(counted.text));
}
