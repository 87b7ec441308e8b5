// A list of addresses for the bulk import, as typed in the form (one a line)
// or sent as a .txt file: blank lines and lines starting with # are skipped;
// each other line is one address. Whether it can be fetched is for lib/fetch
// to say, address by address, in the batch's report.

/** Longest address accepted (as in the single import by URL). */
export const MAX_URL_LENGTH = 2_000;
/** Most bytes a .txt list of addresses may hold. */
export const MAX_URL_LIST_BYTES = 1024 * 1024;

export type UrlLine =
  | { url: string; refusal: null }
  /** Refused before anything is fetched: a catalog key and its values. */
  | { url: string; refusal: { message: string; values: Record<string, string | number> } };

const refuse = (url: string, message: string, values: Record<string, string | number> = {}): UrlLine => ({
  url,
  refusal: { message, values },
});

export function readUrlList(...texts: string[]): UrlLine[] {
  const seen = new Set<string>();
  const lines: UrlLine[] = [];
  for (const text of texts) {
    for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) {
      const line = raw.trim();
      if (!line || line.startsWith("#")) continue;
      if (line.length > MAX_URL_LENGTH) {
        lines.push(refuse(`${line.slice(0, 200)}…`, "fetch.import.urlTooLong", { maximum: MAX_URL_LENGTH }));
        continue;
      }
      let parsed: URL;
      try {
        parsed = new URL(line);
      } catch {
        lines.push(refuse(line, "fetch.errors.invalidUrl", { url: line }));
        continue;
      }
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
        lines.push(refuse(line, "fetch.errors.scheme", { scheme: parsed.protocol.replace(/:$/, "") }));
        continue;
      }
      const key = parsed.href;
      lines.push(seen.has(key) ? refuse(line, "fetch.bulk.repeated") : { url: line, refusal: null });
      seen.add(key);
    }
  }
  return lines;
}
