// Ranges of amounts: "entre 180 et 220", "de 5 000 à 7 000", "between $2 billion and $3 billion",
// "3-5", "10,000 to 15,000". "Le bilan est passé de 200 à 300" is a change, two figures, not a range.
import { getToken, isIn, isPunct, readWord, type Env } from "./env";
import { makeBetween } from "./interval";
import { readSingle, type Core } from "./quantity";
import { toDurationInterval } from "./quantity-units";
import { NUM } from "./tokenize";

function isChange(env: Env, leadIndex: number): boolean {
  for (let k = leadIndex - 1; k >= Math.max(0, leadIndex - 3); k--) {
    if (isIn(env.tokens[k], env.lex.changeVerbs)) return true;
  }
  return false;
}

/** Token index after the separator at `j` ("et", "à", "to", "-"), or -1. */
function readSeparatorAt(env: Env, j: number, lead: string | null): number {
  const t = getToken(env, j);
  if (!t) return -1;
  if (lead) {
    const separators = env.lex.rangeSeparators.get(lead);
    return separators ? readWord(env, separators, j) : -1;
  }
  const bare = readWord(env, env.lex.bareRangeSeparators, j);
  if (bare > 0) return bare;
  return isPunct(t, "-") ? j + 1 : -1;
}

/** Digits, a number word or a currency sign: what can follow "entre" or "de" in a range. */
function mayStartAmount(env: Env, j: number): boolean {
  const t = getToken(env, j);
  if (!t) return false;
  if (t.kind === NUM) return true;
  return env.lex.numberWords.has(t.norm) || env.lex.currencyPrefix.next.has(t.norm) || env.lex.articles.has(t.norm);
}

/** The opening word of a range at `i` ("entre", "de", "d'", "from"): its key and where the amount starts. */
function readLead(env: Env, i: number): { key: string; end: number } | null {
  const t = getToken(env, i);
  if (!t || t.kind !== 0 || !env.lex.rangeSeparators.has(t.norm)) return null;
  const end = isPunct(getToken(env, i + 1), "'") && areGlued(env, i) ? i + 2 : i + 1;
  return { key: t.norm, end };
}

function areGlued(env: Env, i: number): boolean {
  return env.tokens[i]?.end === env.tokens[i + 1]?.start;
}

/** A range at `i`; `qualified`: right after a qualifier ("près de 40 000 à 50 000"), whose last word may be "de". */
export function readRange(env: Env, i: number, qualified = false): Core | null {
  const first = getToken(env, i);
  if (!first) return null;
  const leadWord = readLead(env, i);
  const lead = leadWord?.key ?? null;
  if (lead && isChange(env, i)) return null;
  const before = env.tokens[i - 1];
  if (!lead && !qualified && before && env.lex.rangeSeparators.has(before.norm)) return null;
  if (!lead && !qualified && isPunct(before, "'") && env.lex.rangeSeparators.has(env.tokens[i - 2]?.norm ?? ""))
    return null;
  const from = leadWord ? leadWord.end : i;
  if (lead && !mayStartAmount(env, from)) return null;
  const a = readSingle(env, from);
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
  // "entre 5 et 10 km": the unit written once applies to both ends.
  if (kind === "quantity") iv = makeBetween(a.kind === "quantity" ? (a.iv.lo ?? 0) : lo * b.unitFactor, b.iv.hi ?? 0);
  if (kind === "duration" && b.timeUnit) {
    const own = a.kind === "duration" ? a.iv.lo : toDurationInterval(lo, lo, b.timeUnit).lo;
    iv = { ...toDurationInterval(hi, hi, b.timeUnit), lo: own };
  }
  if (!((iv.lo ?? 0) < (iv.hi ?? 0))) {
    // "3-2" is a score, not a range.
    return dash && !lead ? { ...b, start: i, end: b.end, skip: true } : null;
  }
  if (kind === "count" && a.yearLike && b.yearLike) return null;
  // "rose by 50 to 250": the change and where it led, two figures; "rose by 3 to 5 percent" is a
  // range of the change, told by ends too close for the second to be the new total.
  if (!lead && a.kind === b.kind && isIn(env.tokens[i - 1], env.lex.changeBy) && isChange(env, i - 1) && hi > 2 * lo)
    return null;
  return { ...b, start: i, kind, iv, value: lo, yearLike: false, single: null, about: false, range: true, step: null };
}
