import type { ClaimValue } from "@/lib/claims/value";
import { classifyCounted, isCountedSubset } from "@/lib/figures";

// What two counts count, and how the two things relate. A fact groups claims an
// editor believes are about one thing, but outlets often count something
// narrower ("plus de 200 soldats" among "286 morts") or something else
// altogether ("2 ex-voisins", "3 dirigeants").

export type CountedScope =
  /** The same thing, or nothing says otherwise (no counted noun on one side). */
  | { type: "same" }
  /** One counts part of what the other counts: soldiers among the dead. */
  | { type: "part"; narrow: "a" | "b" }
  /** Different things, with no known relation between them. */
  | { type: "unrelated" };

type Counted = Pick<ClaimValue, "counted" | "countedKey">;

const keyOf = (v: Counted): string | null => v.countedKey || (v.counted ? classifyCounted(v.counted) : null);

/** A counted noun reduced to compare spellings: case, accents, a plural -s/-x. */
function foldNoun(noun: string): string {
  return noun
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .map((w) => (w.length > 3 ? w.replace(/[sx]$/, "") : w))
    .join(" ");
}

export function compareCounted(a: Counted, b: Counted): CountedScope {
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka && kb) {
    if (ka === kb) return { type: "same" };
    if (isCountedSubset(ka, kb)) return { type: "part", narrow: "a" };
    if (isCountedSubset(kb, ka)) return { type: "part", narrow: "b" };
    return { type: "unrelated" };
  }
  // Without a class on both sides, only the words can tell: when both name what
  // they count and the names differ, nothing says they count the same thing.
  const na = a.counted ? foldNoun(a.counted) : "";
  const nb = b.counted ? foldNoun(b.counted) : "";
  if (na === "" || nb === "" || na === nb) return { type: "same" };
  return { type: "unrelated" };
}
