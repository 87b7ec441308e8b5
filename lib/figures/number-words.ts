// Numbers written in words, French and English: "quatre-vingt-dix-sept", "six mille cinq cents",
// "vingt et un", "one thousand two hundred and fifty", "a hundred", "half a million".
import { isPunct, isWord, isLang, getToken, type Env } from "./env";
import type { Token } from "./tokenize";

type Role = "unit" | "ten" | "teen" | "tens" | "hundred" | "thousand" | "scale";
type Entry = { value: number; role: Role };

function makeEntries(list: string, role: Role, start: number, step = 1): [string, Entry][] {
  return list.split(" ").map((w, k) => [w, { value: start + k * step, role }]);
}

const FR = new Map<string, Entry>([
  ["un", { value: 1, role: "unit" }],
  ["une", { value: 1, role: "unit" }],
  ...makeEntries("deux trois quatre cinq six sept huit neuf", "unit", 2),
  ["dix", { value: 10, role: "ten" }],
  ...makeEntries("onze douze treize quatorze quinze seize", "teen", 11),
  ...makeEntries("vingt trente quarante cinquante soixante", "tens", 20, 10),
  ["vingts", { value: 20, role: "tens" }],
  ["septante", { value: 70, role: "tens" }],
  ["huitante", { value: 80, role: "tens" }],
  ["octante", { value: 80, role: "tens" }],
  ["nonante", { value: 90, role: "tens" }],
  ["cent", { value: 100, role: "hundred" }],
  ["cents", { value: 100, role: "hundred" }],
  ["mille", { value: 1000, role: "thousand" }],
  ["million", { value: 1e6, role: "scale" }],
  ["millions", { value: 1e6, role: "scale" }],
  ["milliard", { value: 1e9, role: "scale" }],
  ["milliards", { value: 1e9, role: "scale" }],
  // In French a "billion" is a million millions.
  ["billion", { value: 1e12, role: "scale" }],
  ["billions", { value: 1e12, role: "scale" }],
]);

const EN = new Map<string, Entry>([
  ...makeEntries("one two three four five six seven eight nine", "unit", 1),
  ["ten", { value: 10, role: "ten" }],
  ...makeEntries("eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen", "teen", 11),
  ...makeEntries("twenty thirty forty fifty sixty seventy eighty ninety", "tens", 20, 10),
  ["hundred", { value: 100, role: "hundred" }],
  ["thousand", { value: 1000, role: "thousand" }],
  ["million", { value: 1e6, role: "scale" }],
  ["billion", { value: 1e9, role: "scale" }],
  ["trillion", { value: 1e12, role: "scale" }],
]);

export function lookupNumberWord(env: Env, norm: string): Entry | undefined {
  if (env.lang === "fr") return FR.get(norm);
  if (env.lang === "en") return EN.get(norm);
  return FR.get(norm) ?? EN.get(norm);
}

export type WordNumber = {
  value: number;
  end: number;
  words: number;
  /** The only word read, for "un"/"one"/"deux" that need a noun to count as a figure. */
  single: string | null;
};

type State = { total: number; group: number; lastScale: number; last: Entry | null };

function accept(s: State, e: Entry): boolean {
  const r = s.group % 100;
  switch (e.role) {
    case "unit":
      if (r === 0 || (r >= 20 && r % 10 === 0) || (r === 10 && e.value >= 7)) {
        s.group += e.value;
        return s.last?.role !== "unit";
      }
      return false;
    case "ten":
    case "teen":
      if (r === 0 || r === 60 || r === 80) {
        s.group += e.value;
        return true;
      }
      return false;
    case "tens":
      // "quatre-vingt(s)": four twenties.
      if (e.value === 20 && r === 4 && s.last?.value === 4) {
        s.group += 76;
        return true;
      }
      if (r !== 0) return false;
      s.group += e.value;
      return true;
    case "hundred":
      if (s.group >= 100 && s.group % 100 === 0) return false;
      if (s.group >= 100) return false;
      s.group = (s.group || 1) * 100;
      return true;
    case "thousand":
      if (s.lastScale <= 1000) return false;
      s.total += (s.group || 1) * 1000;
      s.group = 0;
      s.lastScale = 1000;
      return true;
    case "scale":
      if (e.value >= s.lastScale) return false;
      s.total += (s.group || 1) * e.value;
      s.group = 0;
      s.lastScale = e.value;
      return true;
  }
}

function isMultiplierHead(t: Token | undefined, env: Env): boolean {
  if (!t) return false;
  const e = lookupNumberWord(env, t.norm);
  return !!e && (e.role === "hundred" || e.role === "thousand" || e.role === "scale");
}

export function readNumberWords(env: Env, i: number): WordNumber | null {
  const s: State = { total: 0, group: 0, lastScale: Infinity, last: null };
  let j = i;
  let words = 0;
  let end = i;
  let single: string | null = null;
  let half = false;
  const first = getToken(env, i);
  // "a hundred", "an estimated" is not a number; "half a million".
  if (
    isWord(first, "half") &&
    isLang(env, "en") &&
    isWord(getToken(env, i + 1), "a", "an") &&
    isMultiplierHead(getToken(env, i + 2), env)
  ) {
    half = true;
    j = i + 2;
    s.group = 1;
    s.last = { value: 1, role: "unit" };
  } else if (isWord(first, "a", "an") && isLang(env, "en") && isMultiplierHead(getToken(env, i + 1), env)) {
    j = i + 1;
    s.group = 1;
    s.last = { value: 1, role: "unit" };
  }
  for (;;) {
    const t = getToken(env, j);
    if (!t) break;
    if (words > 0 || j > i) {
      if (isPunct(t, "-")) {
        const n = getToken(env, j + 1);
        if (n && lookupNumberWord(env, n.norm)) {
          j++;
          continue;
        }
        break;
      }
      if (isWord(t, "et", "and")) {
        const n = getToken(env, j + 1);
        const e = n ? lookupNumberWord(env, n.norm) : undefined;
        const probe = { ...s };
        if (!e || !accept(probe, e) || (t.norm === "et" && e.value !== 1 && e.value !== 11)) break;
        j++;
        continue;
      }
    }
    const e = t.kind === 0 ? lookupNumberWord(env, t.norm) : undefined;
    if (!e) break;
    const before = { ...s };
    if (!accept(s, e)) {
      Object.assign(s, before);
      break;
    }
    s.last = e;
    words++;
    single = words === 1 ? t.norm : null;
    j++;
    end = j;
  }
  if (words === 0) return null;
  const value = (s.total + s.group) * (half ? 0.5 : 1);
  return { value, end, words, single: half || end - i > 1 ? null : single };
}

export const NUMBER_WORD_STARTS: ReadonlySet<string> = new Set([...FR.keys(), ...EN.keys(), "a", "an", "half"]);
