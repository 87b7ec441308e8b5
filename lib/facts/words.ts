// Content words of a text, for comparing what two passages talk about across
// spelling variants: lower case, accents and apostrophes folded, short and
// common words dropped, plural endings trimmed. The common words are the
// neutral function words of every language Recoupe reads (lib/figures/locales),
// and a few more that every passage about a figure shares.
import { LEXICONS } from "@/lib/figures/locales";

const fold = (w: string): string =>
  w
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");

const STOPWORDS = new Set(
  [
    ...Object.values(LEXICONS).map((l) => l.functionWords),
    "les des une dans pour par sur avec sans aux est sont ont été était qui que quoi dont mais plus moins " +
      "leur leurs ses son sa ces cette cet entre depuis selon avait avoir fait font tout tous toute " +
      "comme aussi encore ainsi alors deux trois the and for with from that this were was are has have had " +
      "been into over than their they them its his her which who whom what when where while after before about",
  ]
    .join(" ")
    .split(/\s+/)
    .filter(Boolean)
    .map(fold),
);

export function contentWords(text: string): Set<string> {
  const words = fold(text)
    .replace(/[’'`]/g, " ")
    .split(/[^a-z0-9ß]+/);
  const out = new Set<string>();
  for (const w of words) {
    if (w.length < 4 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(w.replace(/(es|s|x)$/, ""));
  }
  return out;
}
