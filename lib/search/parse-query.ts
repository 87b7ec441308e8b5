// What an editor typed in a search box, as the terms the database matches
// (recoupe_search_query in migration 20261202110000). Every term is required;
// a term matches when any of its alternatives does. Alternatives come from an
// "OR" typed between two words; a name's other spellings (aliases) are added
// to a term's alternatives the same way (withAliases), without touching the SQL.

export type SearchTerm = {
  /** Words or phrases, any of which satisfies the term. */
  any: string[];
  /** "-word": articles holding it are left out. */
  not: boolean;
};

export type SearchQuery = {
  terms: SearchTerm[];
  /** The positive words as typed, for matching parts of titles and outlet names. */
  text: string;
  /** Folded word beginnings, to find where in a long text the first hit is (for the snippet). */
  probes: string[];
};

const QUOTES: Record<string, string> = { '"': '"', "«": "»", "“": "”", "„": "“" };
const TOKEN = /\s*(-?)(?:(["«“„])([^"»”“]*)["»”“]?|(\S+))/gu;

/** Lower case, accents removed: the same folding as recoupe_fold(), near enough for probes. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** A word reduced to letters and digits is one letter: "a", "à", "l'", or what is left of ".*(a+)+$". */
function isNoise(word: string): boolean {
  const bare = foldText(word).replace(/[^\p{L}\p{N}]/gu, "");
  return bare.length === 0 || (bare.length === 1 && !/\p{N}/u.test(bare));
}

export function parseSearchQuery(input: string): SearchQuery {
  const terms: SearchTerm[] = [];
  let pendingOr = false;
  for (const match of input.normalize("NFC").matchAll(TOKEN)) {
    const [, minus, open, phrase, word] = match;
    const value = (open ? (phrase ?? "") : (word ?? "")).trim().replace(/\s+/g, " ");
    if (!open && value === "OR") {
      pendingOr = terms.length > 0;
      continue;
    }
    if (!value || (!open && isNoise(value)) || (open && QUOTES[open] === undefined)) continue;
    const previous = terms[terms.length - 1];
    if (pendingOr && previous && !previous.not && !minus) {
      previous.any.push(value);
    } else {
      // "-5" or "-2,5" is a negative figure, not an exclusion.
      const negated = minus === "-" && !/^\d/.test(value);
      terms.push({ any: [negated || !minus ? value : `-${value}`], not: negated });
    }
    pendingOr = false;
  }
  const positive = terms.filter((t) => !t.not);
  return {
    terms,
    text: positive.map((t) => t.any[0]).join(" "),
    probes: [...new Set(positive.flatMap((t) => t.any.flatMap(probesOf)))].slice(0, 12),
  };
}

/** Beginnings of the words of an alternative: enough to find "réfugiés" from "refugies" or "mort" from "morts". */
export function probesOf(alternative: string): string[] {
  return foldText(alternative)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .map((w) => (w.length <= 4 ? w : w.slice(0, Math.max(4, w.length - 2))))
    .filter((w) => /^[a-z0-9]+$/.test(w));
}

const ACCENTS: Record<string, string> = {
  a: "aàáâãäåæAÀÁÂÃÄÅÆ",
  c: "cçCÇ",
  e: "eèéêëEÈÉÊË",
  i: "iìíîïIÌÍÎÏ",
  n: "nñNÑ",
  o: "oòóôõöøœOÒÓÔÕÖØŒ",
  u: "uùúûüUÙÚÛÜ",
  y: "yýÿYÝŸ",
};

/**
 * A PostgreSQL regular expression that finds any of the probes at the start of
 * a word, whatever the accents and case: "refugi" finds "Réfugiés".
 */
export function probePattern(probes: string[]): string | null {
  if (probes.length === 0) return null;
  const classes = probes.map((p) =>
    [...p].map((c) => (ACCENTS[c] ? `[${ACCENTS[c]}]` : /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join(""),
  );
  return `\\m(?:${classes.join("|")})`;
}

/** Whether the search has anything to look for. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.terms.every((t) => t.not) && query.text.length === 0;
}
