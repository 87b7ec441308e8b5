import type { NumberRole } from "./lexicon";

/** Number words listed in order: spell("deux trois quatre", 2, "unit") gives deux = 2, trois = 3, quatre = 4. */
export function spell(words: string, start: number, role: NumberRole, step = 1): [string, number, NumberRole][] {
  return words.split(" ").map((w, k) => [w, start + k * step, role]);
}
