import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { AppError, isAppError } from "@/lib/errors/app-error";

// Decompresses a workspace file as it arrives and cuts it into lines, pulling
// only as fast as the importer consumes them. Lines are split on the newline
// byte (never part of a multi-byte UTF-8 character) and decoded strictly: a
// damaged byte is an error, not a silent U+FFFD in someone's article.

export type ByteSource = AsyncIterable<Uint8Array>;
export type Line = { text: string; number: number };

/** A row is some megabytes at most (2 MB of text, its source, their history); beyond this the file is not ours. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;
/** The header is a few hundred bytes: a longer first line means another kind of file, refused without reading it all. */
const MAX_FIRST_LINE_BYTES = 64 * 1024;

function gzipError(error: unknown, lastLine: number): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  const values = { line: lastLine };
  if (code === "Z_BUF_ERROR") {
    const key = lastLine > 0 ? "backup.refused.stopsMidwayAfter" : "backup.refused.stopsMidway";
    return new AppError("INVALID_INPUT", key, { values });
  }
  if (code === "Z_DATA_ERROR") {
    return lastLine === 0
      ? new AppError("INVALID_INPUT", "backup.refused.notGzip")
      : new AppError("INVALID_INPUT", "backup.refused.gzipDamaged", { values });
  }
  return null;
}

export async function* readLines(source: ByteSource): AsyncGenerator<Line> {
  const gunzip = createGunzip();
  // pipeline, unlike pipe, passes an error of the source (an upload over the
  // limit, a dropped connection) on to the stream we read, and destroys the
  // source when we stop reading early.
  pipeline(Readable.from(source, { objectMode: false }), gunzip, () => undefined);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let number = 0;

  const decode = (parts: Buffer[]): string => {
    try {
      return decoder.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts));
    } catch {
      const key = number === 1 ? "backup.refused.firstLineNotUtf8" : "backup.refused.notUtf8";
      throw new AppError("INVALID_INPUT", key, { values: { line: number } });
    }
  };

  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      let start = 0;
      for (let end = chunk.indexOf(10, start); end !== -1; end = chunk.indexOf(10, start)) {
        pending.push(chunk.subarray(start, end));
        number++;
        const text = decode(pending);
        pending = [];
        pendingBytes = 0;
        start = end + 1;
        yield { text, number };
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
        if (pendingBytes > (number === 0 ? MAX_FIRST_LINE_BYTES : MAX_LINE_BYTES)) {
          throw new AppError("INVALID_INPUT", "backup.refused.lineTooLong", { values: { line: number + 1 } });
        }
      }
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    throw gzipError(error, number) ?? error;
  } finally {
    gunzip.destroy();
  }
  if (pendingBytes > 0) {
    number++;
    yield { text: decode(pending), number };
  }
}
