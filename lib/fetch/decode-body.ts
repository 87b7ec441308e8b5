import { TextDecoder } from "@exodus/bytes/encoding.js";
import htmlEncodingSniffer from "html-encoding-sniffer";
import { FetchRefusal } from "./fetch-refusal";
import type { Readable } from "./content-type";

// Bytes to text in the page's own encoding. HTML follows the HTML standard's
// sniffing order (html-encoding-sniffer): a byte order mark, then the
// Content-Type charset, then <meta charset> or <meta http-equiv> in the first
// 1024 bytes. When nothing is declared, UTF-8 is tried first (what almost
// every page is today) and windows-1252 (the standard's fallback for Western
// pages) used when the bytes are not valid UTF-8. Decoding goes through
// @exodus/bytes's TextDecoder, which follows the Encoding standard: Node 20's
// own decodes windows-1252 as ISO-8859-1 (0x80 is "€", not a control
// character), which would garble every "œ", "–" and "€" of a French page.

/** No encoding was declared: the sniffer returns this instead of its default. */
const UNDECLARED = "";

/** A stray NUL becomes U+FFFD, as an HTML parser reads it (PostgreSQL cannot store NUL). */
const withoutNul = (text: string) => text.replace(/\u0000/g, "\ufffd");

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "UTF-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  return null;
}

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function declaredEncoding(bytes: Uint8Array, headerCharset: string | null, kind: Readable): string {
  const transport = headerCharset && isKnownLabel(headerCharset) ? headerCharset : undefined;
  if (kind === "html") {
    return htmlEncodingSniffer(bytes, { transportLayerEncodingLabel: transport, defaultEncoding: UNDECLARED });
  }
  return bomEncoding(bytes) ?? (transport ? new TextDecoder(transport).encoding : UNDECLARED);
}

export function decodeBody(
  bytes: Uint8Array,
  headerCharset: string | null,
  kind: Readable,
): { text: string; charset: string } {
  let charset = declaredEncoding(bytes, headerCharset, kind);
  if (charset === UNDECLARED) {
    try {
      return { text: withoutNul(new TextDecoder("utf-8", { fatal: true }).decode(bytes)), charset: "utf-8" };
    } catch {
      charset = "windows-1252";
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new FetchRefusal("undecodable", { charset });
  }
  // The decoder removes a BOM of its own encoding; a wrong byte becomes U+FFFD,
  // as in a browser, rather than refusing a whole page for one bad character.
  return { text: withoutNul(decoder.decode(bytes)), charset: decoder.encoding };
}
