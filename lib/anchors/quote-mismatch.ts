import { diffChars } from "diff";

// When a quote sent by the browser is not what the article holds at its
// offsets, the two usually differ by something invisible: a line break sent as
// CR LF, a no-break space typed as a space, a text changed meanwhile. Shown as
// they are, both read the same; shown with their invisible characters made
// visible (as word processors show them: · a space, ° a no-break space) and
// their differences marked, they do not.

const VISIBLE: Record<string, string> = {
  "\n": "⏎",
  "\r": "←",
  "\t": "⇥",
  "\u00a0": "°",
  "\u202f": "°",
  "\u2009": "°",
  "\u200b": "∅",
  "\ufeff": "∅",
};

/** The text with each invisible or special space replaced by a visible sign. */
export function showInvisibles(text: string): string {
  return text.replace(/[\n\r\t\u00a0\u202f\u2009\u200b\ufeff]/g, (ch) => VISIBLE[ch] ?? ch);
}

/** A short preview of a quote for a message, invisible characters visible. */
export function previewQuote(text: string, max = 60): string {
  const shown = showInvisibles(text);
  const chars = [...shown];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : shown;
}

export type MismatchPiece = { text: string; side: "both" | "sent" | "found" };

/** Character by character: what both hold, what only the sent quote holds, what only the article holds. */
export function diffMismatch(sent: string, found: string): MismatchPiece[] {
  return diffChars(found, sent).map((part) => {
    const side = part.added ? "sent" : part.removed ? "found" : "both";
    // A plain space that differs is shown too: otherwise its mark would look empty.
    const text = showInvisibles(side === "both" ? part.value : part.value.replace(/ /g, "·"));
    return { text, side };
  });
}
