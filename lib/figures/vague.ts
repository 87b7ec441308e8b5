// Quantities named by an order of magnitude ("une centaine", "des milliers", "hundreds",
// "tens of thousands") and fractions read as percentages ("la moitié", "two-thirds").
import { roundValue } from "./amount";
import { isPunct, isWord, isLang, getToken, type Env } from "./env";
import { buildTrie, matchTrie } from "./phrases";

/** Orders of magnitude that a "-aine" word, "dozen" or "hundred" names. */
const SINGULAR_FR: Record<string, number> = {
  huitaine: 8,
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
};
const PLURAL: Record<string, number> = {
  dizaines: 10,
  douzaines: 12,
  vingtaines: 20,
  centaines: 100,
  milliers: 1000,
  millions: 1e6,
  milliards: 1e9,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  billions: 1e9,
};
// After "several", "a few", "many": "several hundred", "a few dozen", "several hundred thousand".
const AFTER_PREFIX_EN: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  dozens: 12,
  hundreds: 100,
  thousands: 1000,
  millions: 1e6,
  billions: 1e9,
};
const OF_SCALE: Record<string, number> = { milliers: 1000, millions: 1e6, milliards: 1e9, thousands: 1000 };

/** Multiplier ranges: "des/plusieurs/several" at least two and fewer than ten; "quelques/a few" fewer than six. */
const PREFIXES = buildTrie<[number, number]>([
  ["des", [2, 10]],
  ["plusieurs", [2, 10]],
  ["de nombreux", [2, 10]],
  ["de nombreuses", [2, 10]],
  ["quelques", [2, 6]],
  ["several", [2, 10]],
  ["many", [2, 10]],
  ["a few", [2, 6]],
]);

export type Vague =
  | { type: "about"; start: number; end: number; center: number }
  | { type: "range"; start: number; end: number; lo: number; hi: number }
  | { type: "prefix"; start: number; end: number; lo: number; hi: number };

function readOfScale(env: Env, j: number): { end: number; factor: number } {
  const t = getToken(env, j);
  const n = getToken(env, j + 1);
  const m = getToken(env, j + 2);
  if (isWord(t, "de", "of") && n && OF_SCALE[n.norm]) return { end: j + 2, factor: OF_SCALE[n.norm] as number };
  if (isWord(t, "d") && n?.norm === "'" && m && OF_SCALE[m.norm])
    return { end: j + 3, factor: OF_SCALE[m.norm] as number };
  if (env.lang !== "fr" && t && (t.norm === "thousand" || t.norm === "million")) {
    return { end: j + 1, factor: t.norm === "thousand" ? 1000 : 1e6 };
  }
  return { end: j, factor: 1 };
}

export function readVague(env: Env, i: number): Vague | null {
  const t = getToken(env, i);
  if (!t || t.kind !== 0) return null;
  const next = getToken(env, i + 1);
  // "une centaine", "un millier de", "une dizaine de milliers"
  if ((t.norm === "une" || t.norm === "un") && next && SINGULAR_FR[next.norm] && isLang(env, "fr")) {
    const s = readOfScale(env, i + 2);
    return { type: "about", start: i, end: s.end, center: (SINGULAR_FR[next.norm] as number) * s.factor };
  }
  if ((t.norm === "a" || t.norm === "an") && isWord(next, "dozen") && isLang(env, "en")) {
    return { type: "about", start: i, end: i + 2, center: 12 };
  }
  const pre = matchTrie(PREFIXES, env.tokens, i, env.limit);
  if (pre) {
    const u = getToken(env, pre.end);
    const unit = u ? ((isLang(env, "en") ? AFTER_PREFIX_EN[u.norm] : undefined) ?? PLURAL[u.norm]) : undefined;
    if (unit) {
      const s = readOfScale(env, pre.end + 1);
      return {
        type: "range",
        start: i,
        end: s.end,
        lo: pre.value[0] * unit * s.factor,
        hi: pre.value[1] * unit * s.factor,
      };
    }
    return { type: "prefix", start: i, end: pre.end, lo: pre.value[0], hi: pre.value[1] };
  }
  // Bare English plurals: "hundreds of", "tens of thousands", "dozens", "scores of".
  if (isLang(env, "en")) {
    if (t.norm === "tens") {
      const s = readOfScale(env, i + 1);
      if (s.factor > 1) return { type: "range", start: i, end: s.end, lo: 20 * s.factor, hi: 100 * s.factor };
      return null;
    }
    const unit = t.norm === "millions" ? 1e6 : PLURAL[t.norm];
    if (unit && ["dozens", "scores", "hundreds", "thousands", "millions", "billions"].includes(t.norm)) {
      if (t.norm === "scores" && !isWord(env.tokens[i + 1], "of")) return null;
      const s = readOfScale(env, i + 1);
      return { type: "range", start: i, end: s.end, lo: 2 * unit * s.factor, hi: 10 * unit * s.factor };
    }
    if (t.norm === "decades" || t.norm === "centuries") return { type: "prefix", start: i, end: i, lo: 2, hi: 10 };
  }
  return null;
}

const FRACTIONS = buildTrie<number>([
  ["la moitie", 50],
  ["un tiers", 100 / 3],
  ["deux tiers", 200 / 3],
  ["un quart", 25],
  ["trois quarts", 75],
  ["half", 50],
  ["one half", 50],
  ["a third", 100 / 3],
  ["one third", 100 / 3],
  ["two thirds", 200 / 3],
  ["a quarter", 25],
  ["one quarter", 25],
  ["three quarters", 75],
  ["three fourths", 75],
]);

/** "la moitié des habitants", "two-thirds of the displaced": a share, read as a percentage. */
export function readFraction(env: Env, i: number): { end: number; value: number } | null {
  const m = matchTrie(FRACTIONS, env.tokens, i, env.limit);
  if (!m) return null;
  const after = env.tokens[m.end];
  // "rose by a third", "a augmenté d'un tiers": a share of change.
  const before = env.tokens[i - 1];
  if (isWord(before, "by") || (isPunct(before, "'") && isWord(env.tokens[i - 2], "d"))) {
    return { end: m.end, value: roundValue(m.value) };
  }
  const ok =
    isWord(after, "de", "des", "du", "of") ||
    (after?.norm === "d" && env.tokens[m.end + 1]?.norm === "'") ||
    (m.value === 50 && isWord(after, "the", "les", "la", "their", "its"));
  return ok ? { end: m.end, value: roundValue(m.value) } : null;
}

export const VAGUE_STARTS: ReadonlySet<string> = new Set([
  "une",
  "un",
  "a",
  "an",
  "tens",
  "dozens",
  "scores",
  "hundreds",
  "thousands",
  "millions",
  "billions",
  "decades",
  "centuries",
  ...PREFIXES.next.keys(),
  ...FRACTIONS.next.keys(),
]);
