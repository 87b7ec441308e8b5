// What a response holds, from its Content-Type header and its first bytes.
// Recoupe reads web pages and plain text; a PDF, an image or any other binary
// is refused with its type named, even when the server calls it text/html.

export type MediaType = { type: string; charset: string | null };

/** "text/html; charset=ISO-8859-1" → { type: "text/html", charset: "ISO-8859-1" }. */
export function parseContentType(header: string | null | undefined): MediaType | null {
  if (!header) return null;
  const [essence, ...params] = header.split(";");
  const type = essence?.trim().toLowerCase() ?? "";
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type)) return null;
  let charset: string | null = null;
  for (const param of params) {
    const [name, ...rest] = param.split("=");
    if (name?.trim().toLowerCase() !== "charset") continue;
    const value = rest
      .join("=")
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim();
    if (value) charset = value;
  }
  return { type, charset };
}

export type Readable = "html" | "text";

const READABLE: Record<string, Readable> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
};

/** HTML or text per the header; null when the header names something else. */
export function readableKind(type: string): Readable | null {
  return READABLE[type] ?? null;
}

const SIGNATURES: { bytes: number[]; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: "application/pdf" }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: "image/png" },
  { bytes: [0xff, 0xd8, 0xff], name: "image/jpeg" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "image/gif" }, // GIF8
  { bytes: [0x52, 0x49, 0x46, 0x46], name: "image/webp" }, // RIFF (WebP, WAV, AVI)
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "application/zip" }, // also .docx, .epub
  { bytes: [0x1f, 0x8b], name: "application/gzip" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: "application/x-executable" }, // ELF
  { bytes: [0x4d, 0x5a], name: "application/x-msdownload" }, // MZ
  { bytes: [0x00, 0x00, 0x00], name: "video/mp4" }, // ISO media boxes start with a size
];

/** The binary type the first bytes reveal, or null when they look like text. */
export function sniffBinary(head: Uint8Array): string | null {
  for (const s of SIGNATURES) {
    if (s.bytes.every((b, i) => head[i] === b)) return s.name;
  }
  // Text never holds NUL bytes (UTF-16 pages aside, which start with a BOM).
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.subarray(0, 1024).includes(0)) return "application/octet-stream";
  return null;
}

/** True when bytes served without a useful type start like an HTML page. */
export function looksLikeHtml(head: Uint8Array): boolean {
  const start = new TextDecoder("latin1")
    .decode(head.subarray(0, 512))
    .replace(/^\ufeff|^[\s\u00ef\u00bb\u00bf]+/g, "");
  return /^<(!doctype\s+html|html|head|body|!--|meta|title)\b/i.test(start);
}
