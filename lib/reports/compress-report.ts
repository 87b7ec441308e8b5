import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { constants, createGzip } from "node:zlib";

// An export is tens of megabytes of text that gzip shrinks several times over,
// so it is sent compressed when the client takes gzip. Next.js would compress
// it too, at zlib's default level (6): on 124 MB of JSON that cost the server
// about as much CPU as writing the report. Level 1 does it three to four times
// faster for a file about a fifth bigger; the content is the same byte for byte.

export const REPORT_GZIP_LEVEL = constants.Z_BEST_SPEED;

/** Whether an Accept-Encoding header takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(acceptEncoding: string | null): boolean {
  if (!acceptEncoding) return false;
  let gzip: number | undefined;
  let any: number | undefined;
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (name.trim() === "gzip" || name.trim() === "x-gzip") gzip = weight;
    else if (name.trim() === "*") any = weight;
  }
  return (gzip ?? any ?? 0) > 0;
}

/**
 * The report's bytes through gzip, still pulled by the reader: the compressor
 * reads from the report only as fast as its output is taken, and a reader that
 * goes away (or a report that fails) ends both.
 */
export function gzipReport(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const gzip = createGzip({ level: REPORT_GZIP_LEVEL });
  pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), gzip).catch(() => undefined);
  return Readable.toWeb(gzip) as unknown as ReadableStream<Uint8Array>;
}
