// The same folding as SQL's recoupe_fold() (lower(unaccent(…))), in
// JavaScript, so that a name matched in a text and a spelling stored in the
// database compare alike: case and accents do not count ("Baïramov" and
// "bairamov" are one), letters do ("Bayramov" is another spelling, which is
// what aliases are for). unaccent also spells out ligatures and a few letters
// that decompose to nothing (œ → oe, ß → ss, ø → o, ł → l).

const SPELLED: Record<string, string> = {
  œ: "oe",
  æ: "ae",
  ß: "ss",
  ø: "o",
  ł: "l",
  đ: "d",
  ħ: "h",
  ı: "i",
  þ: "th",
  ð: "d",
};

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæßøłđħıþð]/g, (c) => SPELLED[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "");
}

/** Folded words of a text: letters and digits, everything else separates ("Haut-Karabakh" is two words). */
export function foldedTokens(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
