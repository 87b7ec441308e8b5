// Content words of a text, for comparing what two passages talk about across
// spelling variants: lower case, accents and apostrophes folded, short and
// common words dropped, plural endings trimmed.

const STOPWORDS = new Set(
  (
    "les des une dans pour par sur avec sans aux est sont ont été était qui que quoi dont mais plus moins " +
    "leur leurs ses son sa ces cette cet entre depuis selon avait avoir fait font tout tous toute " +
    "comme aussi encore ainsi alors deux trois the and for with from that this were was are has have had " +
    "been into over than their they them its his her which who whom what when where while after before about"
  ).split(" "),
);

export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’'`]/g, " ")
    .split(/[^a-z0-9]+/);
  const out = new Set<string>();
  for (const w of words) {
    if (w.length < 4 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(w.replace(/(es|s|x)$/, ""));
  }
  return out;
}
