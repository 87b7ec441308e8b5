// The normalised text is what claims anchor to, so it must be produced the same
// way every time from the same input. It keeps every character a reader sees
// (no-break spaces included: French typography and figures like "6 700" use
// them) and removes only what is invisible or an artefact of the file format.

// Zero-width space, word joiner, BOM, soft hyphen. Not the zero-width joiner
// and non-joiner (U+200D, U+200C): they are part of the text in Persian, the
// Indic scripts and emoji sequences (👨‍👩‍👧 is three people joined).
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
// C0/C1 controls other than tab and line feed (NUL is refused earlier).
const CONTROLS = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function normaliseText(input: string): string {
  const lines = input
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(CONTROLS, "")
    .replace(/\t/g, " ")
    .split("\n")
    // Runs of ordinary spaces collapse; no-break spaces are kept as written.
    .map((line) => line.replace(/ {2,}/g, " ").replace(/^ +| +$/g, ""));

  // At most one blank line between paragraphs.
  const out: string[] = [];
  for (const line of lines) {
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}
