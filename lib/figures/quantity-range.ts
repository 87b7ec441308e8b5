// Ranges of amounts: "entre 180 et 220", "de 5 000 à 7 000", "between $2 billion and $3 billion",
// "3-5", "10,000 to 15,000". "Le bilan est passé de 200 à 300" is a change, two figures, not a range.
import { isPunct, isWord, isLang, getToken, type Env } from "./env";
import { makeBetween } from "./interval";
import { toWordSet } from "./phrases";
import { readSingle, type Core } from "./quantity";
import { toDurationInterval } from "./quantity-units";
import { NUMBER_WORD_STARTS } from "./number-words";
import { NUM } from "./tokenize";
import { CURRENCY_PREFIX_STARTS } from "./units";

const CHANGE_VERBS = toWordSet(
  "passe passer passant passee passes passait grimpe augmente baisse chute diminue recule progresse bondi " +
    "evolue rose risen increased decreased fell fallen dropped climbed jumped grew grown went gone surged " +
    "soared declined rising falling up down",
);

function isChange(env: Env, leadIndex: number): boolean {
  for (let k = leadIndex - 1; k >= Math.max(0, leadIndex - 3); k--) {
    const t = env.tokens[k];
    if (t && t.kind === 0 && CHANGE_VERBS.has(t.norm)) return true;
  }
  return false;
}

function readSeparatorAt(env: Env, j: number, lead: string | null): number {
  const t = getToken(env, j);
  if (!t) return -1;
  if (lead === "entre" || lead === "between") return isWord(t, "et", "and") ? j + 1 : -1;
  const isA = isWord(t, "a") && env.text.charAt(t.start).toLowerCase() === "à";
  if (lead === "de" || lead === "from") return isA || isWord(t, "to") ? j + 1 : -1;
  if (isA && isLang(env, "fr")) return j + 1;
  if (isWord(t, "to") && isLang(env, "en")) return j + 1;
  if (isPunct(t, "-")) return j + 1;
  return -1;
}

/** Digits, a number word or a currency sign: what can follow "entre" or "de" in a range. */
function mayStartAmount(env: Env, j: number): boolean {
  const t = getToken(env, j);
  if (!t) return false;
  if (t.kind === NUM) return true;
  if (t.kind === 2) return t.norm === "$" || t.norm === "€" || t.norm === "£";
  return NUMBER_WORD_STARTS.has(t.norm) || CURRENCY_PREFIX_STARTS.has(t.norm);
}

export function readRange(env: Env, i: number): Core | null {
  const first = getToken(env, i);
  if (!first) return null;
  const lead = isWord(first, "entre", "between", "de", "from") ? first.norm : null;
  if (lead && (lead === "de" || lead === "from") && isChange(env, i)) return null;
  if (!lead && isWord(env.tokens[i - 1], "de", "from", "entre", "between")) return null;
  if (lead && !mayStartAmount(env, i + 1)) return null;
  const a = readSingle(env, lead ? i + 1 : i);
  if (!a || a.skip) return null;
  const sep = readSeparatorAt(env, a.end, lead);
  if (sep < 0) return null;
  const dash = isPunct(getToken(env, a.end), "-");
  if (dash && (a.fromWords || getToken(env, sep)?.kind !== NUM)) return null;
  const b = readSingle(env, sep);
  if (!b || b.skip) return null;
  let lo = a.value;
  const hi = b.value;
  // "entre 2 et 3 millions": the scale written once applies to both ends.
  if (a.scale === 1 && b.scale > 1 && lo * b.scale <= hi) lo *= b.scale;
  if (a.kind !== "count" && (a.kind !== b.kind || (a.kind !== "duration" && a.unit !== b.unit))) return null;
  const kind = b.kind;
  let iv = makeBetween(lo, hi);
  if (kind === "duration" && b.timeUnit) {
    const own = a.kind === "duration" ? a.iv.lo : toDurationInterval(lo, lo, b.timeUnit).lo;
    iv = { ...toDurationInterval(hi, hi, b.timeUnit), lo: own };
  }
  if (!((iv.lo ?? 0) < (iv.hi ?? 0))) {
    // "3-2" is a score, not a range.
    return dash && !lead ? { ...b, start: i, end: b.end, skip: true } : null;
  }
  if (kind === "count" && a.yearLike && b.yearLike) return null;
  return { ...b, start: i, kind, iv, value: lo, yearLike: false, single: null, about: false };
}
