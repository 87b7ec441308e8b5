// User text (a fact's label, a quote, a note, an outlet or article name) as
// Markdown that renders as exactly that text, whatever renderer the report is
// pasted into: no link, image, heading, list, table cell, emphasis, HTML or
// autolinked address may come out of it. The only links in a report are the
// ones Recoupe writes itself, next to this text.
//
// CommonMark lets any ASCII punctuation be escaped with a backslash, so the
// rule is simple: escape each character that can start or close markup, the
// characters that make a line a block (heading, quote, list, rule) where a line
// begins, and the pieces that GFM renderers turn into links on their own
// ("http://", "www.", an e-mail's "@").

/** Characters that open or close inline markup anywhere in a line. */
const INLINE = /[\\`*_[\]<|~]/g;

/** What makes a line a heading, quote, list item, rule or setext underline. */
const LINE_START = /^(\s*)([#>+\-=]|\d+[.)])/;

/** Anything the replacements below would change (most labels, names and quotes hold none of it). */
const MARKUP = /[\\`*_[\]<|~&@]|:\/\/|www\./i;

function escapeInline(text: string): string {
  if (!MARKUP.test(text)) return text;
  return (
    text
      .replace(INLINE, (c) => `\\${c}`)
      // An entity (&amp; &#60;) would be decoded: escape its ampersand.
      .replace(/&(?=[A-Za-z#])/g, "\\&")
      // Autolinks: http://, https://, ftp://, mailto: … and www. and e-mail addresses.
      .replace(/([A-Za-z][A-Za-z0-9+.-]*):(?=\/\/)/g, "$1\\:")
      .replace(/\b(www)\./gi, "$1\\.")
      .replace(/@/g, "\\@")
  );
}

/** A line of its own: also what would make it a heading, quote, list item or rule. */
function escapeLine(line: string): string {
  return escapeInline(line).replace(LINE_START, (_, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
  );
}

/**
 * Text inside a line that Recoupe starts (after "## ", in a table cell, after
 * "- author, date: "): line breaks and runs of spaces become one space, so a
 * label cannot add a heading; what only matters where a line begins is left.
 */
export function inlineText(text: string): string {
  return escapeInline(text.replace(/\s+/g, " ").trim());
}

/** Text kept over several lines (a quote): each line escaped on its own; the caller prefixes them. */
export function textLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => escapeLine(line.trimEnd()));
}
