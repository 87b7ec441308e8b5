import busboy from "busboy";
import { AppError, message } from "@/lib/errors/app-error";
import { formatBytes } from "@/lib/format";
import { MAX_FILE_BYTES, MAX_UPLOAD_BYTES } from "./limits";
import { decodeUtf8 } from "./utf8";
import { assertFileSize } from "./read-content";

// The import form as it arrives over HTTP (multipart/form-data), read as a
// stream with every limit applied while reading: a body declared larger than
// the limit is refused before a byte is read, and one that turns out larger
// (no Content-Length, or a false one) is cut off as soon as it passes it. Form
// fields are read as bytes and decoded strictly, so that invalid UTF-8 is
// refused with its offset instead of becoming U+FFFD.

const FIELDS = ["outlet", "title", "url", "publishedAt", "language", "text", "format", "keepBoilerplate"] as const;

export type ImportFormFields = Partial<Record<(typeof FIELDS)[number], string>> & { file?: File };

function tooLarge(size: number | null): AppError {
  const values = {
    // Sizes as numbers: the reader's units are the boundary's (lib/i18n/localize.ts withSizes).
    ...(size === null ? { size: `> ${formatBytes(MAX_UPLOAD_BYTES)}` } : { sizeBytes: size }),
    limitBytes: MAX_UPLOAD_BYTES,
  };
  return new AppError("TOO_LARGE", "errors.upload.requestTooLarge", { values });
}

function invalid(field: string, key: string, values: Record<string, string | number>): AppError {
  return new AppError("INVALID_INPUT", key, { values, fieldErrors: { [field]: [message(key, values)] } });
}

/** Refuses a request whose declared size is over the limit, before reading it. */
export function assertDeclaredSize(request: Request): void {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) throw tooLarge(declared);
}

export async function readImportForm(request: Request): Promise<ImportFormFields> {
  assertDeclaredSize(request);
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data") || !request.body) {
    throw new AppError("INVALID_INPUT", "errors.upload.notAForm");
  }
  const fields: ImportFormFields = {};
  let failure: AppError | null = null;
  const fail = (error: AppError) => {
    failure ??= error;
  };

  // Latin-1 maps each byte to one character: the field's exact bytes, decoded strictly below.
  const parser = busboy({
    headers: { "content-type": type },
    defCharset: "latin1",
    defParamCharset: "utf8",
    limits: { files: 1, fields: 20, fieldSize: MAX_FILE_BYTES, fileSize: MAX_FILE_BYTES },
  });
  parser.on("field", (name, value, info) => {
    if (!(FIELDS as readonly string[]).includes(name)) return;
    if (info.valueTruncated) {
      fail(invalid(name, "errors.upload.fieldTooLarge", { limitBytes: MAX_FILE_BYTES }));
      return;
    }
    const decoded = decodeUtf8(Buffer.from(value, "latin1"));
    if ("invalidAt" in decoded) {
      fail(invalid(name, "errors.upload.fieldNotUtf8", { offset: decoded.invalidAt }));
      return;
    }
    fields[name as (typeof FIELDS)[number]] = decoded.text;
  });
  parser.on("file", (name, stream, info) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("error", () => undefined); // a form cut short: the parser reports it
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_FILE_BYTES) chunks.push(chunk);
    });
    stream.on("limit", () => {
      try {
        assertFileSize(info.filename ?? "file", MAX_FILE_BYTES + 1);
      } catch (error) {
        fail(error as AppError);
      }
    });
    stream.on("end", () => {
      if (name !== "file" || !info.filename || size === 0 || stream.truncated) return;
      fields.file = new File([Buffer.concat(chunks)], info.filename, { type: info.mimeType });
    });
  });

  const finished = new Promise<void>((resolve, reject) => {
    parser.once("close", resolve);
    parser.once("error", reject);
  });
  finished.catch(() => undefined); // looked at below, once everything is written

  // Bytes are counted as they arrive; past the limit the upload is cancelled.
  const reader = request.body.getReader();
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_UPLOAD_BYTES) {
      await reader.cancel().catch(() => undefined);
      parser.destroy();
      throw tooLarge(null);
    }
    if (!parser.write(value)) await new Promise((resolve) => parser.once("drain", resolve));
  }
  parser.end();
  try {
    await finished;
  } catch {
    throw failure ?? new AppError("INVALID_INPUT", "errors.upload.notAForm");
  }
  if (failure) throw failure;
  return fields;
}
