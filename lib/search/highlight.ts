// Hits in a snippet are marked by the database (ts_headline) with two
// private-use characters, removed from the text beforehand, so that the text
// itself is never read as markup: the page renders the parts as text, and
// only the marks it adds are elements.

export const HIT_START = "\uE000";
export const HIT_END = "\uE001";

export type HighlightPart = { text: string; hit: boolean };

export function splitHighlight(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let hit = false;
  let current = "";
  const flush = () => {
    if (current) {
      const last = parts[parts.length - 1];
      if (last && last.hit === hit) last.text += current;
      else parts.push({ text: current, hit });
    }
    current = "";
  };
  for (const char of marked) {
    if (char === HIT_START || char === HIT_END) {
      flush();
      hit = char === HIT_START;
    } else {
      current += char;
    }
  }
  flush();
  return parts;
}

/** Drops the word cut at either end of a window taken from the middle of a text. */
export function trimToWords(parts: HighlightPart[], cutStart: boolean, cutEnd: boolean): HighlightPart[] {
  const out = parts.map((p) => ({ ...p }));
  const first = out[0];
  if (cutStart && first && !first.hit) first.text = first.text.replace(/^\S*\s*/u, "");
  const last = out[out.length - 1];
  if (cutEnd && last && !last.hit) last.text = last.text.replace(/\s*\S*$/u, "");
  return out.filter((p) => p.text.length > 0);
}
