import { AppError, type ErrorValues } from "@/lib/errors/app-error";
import { MAX_UPLOAD_BYTES } from "./file-format";
import type { ByteSource } from "./read-lines";

// The uploaded workspace file, from a request whose body is the file itself
// (what the admin page sends: streamed, never held in memory) or a multipart
// form with a field "file" (curl -F; the form is parsed whole, so large files
// should go as the body).

export type UploadLimit = { bytes: number };
const LIMIT: UploadLimit = { bytes: MAX_UPLOAD_BYTES };

const UNITS = [
  ["GB", 1024 ** 3],
  ["MB", 1024 ** 2],
  ["kB", 1024],
] as const;

/** A size as <name>Size and <name>Unit values, for the catalog to write in the reader's language. */
function size(name: string, bytes: number): ErrorValues {
  const [unit, scale] = UNITS.find(([, s]) => bytes >= s) ?? ["byte", 1];
  const amount = unit === "byte" || unit === "kB" ? Math.round(bytes / scale) : Math.round((bytes / scale) * 10) / 10;
  return { [`${name}Size`]: amount, [`${name}Unit`]: unit };
}

function tooLarge(limit: UploadLimit): AppError {
  return new AppError("TOO_LARGE", "backup.refused.tooLarge", { values: size("max", limit.bytes) });
}

function invalid(key: string, values?: ErrorValues): AppError {
  return new AppError("INVALID_INPUT", `backup.refused.${key}`, { values });
}

/** Counts bytes as they pass, and notices a body that stops before its declared length. */
async function* counted(body: ByteSource, declared: number | null, limit: UploadLimit): AsyncGenerator<Uint8Array> {
  let received = 0;
  for await (const chunk of body) {
    received += chunk.byteLength;
    if (received > limit.bytes) throw tooLarge(limit);
    yield chunk;
  }
  if (declared !== null && received < declared) {
    // What Next.js does to a body larger than its proxy buffer: it stops short, silently.
    throw invalid("uploadCutShort", { ...size("received", received), ...size("declared", declared) });
  }
}

export async function readUpload(request: Request, limit: UploadLimit = LIMIT): Promise<ByteSource> {
  const length = request.headers.get("content-length");
  const declared = length && /^\d+$/.test(length) ? Number(length) : null;
  if (declared !== null && declared > limit.bytes) throw tooLarge(limit);
  const type = request.headers.get("content-type") ?? "";

  if (type.startsWith("multipart/form-data")) {
    let file: FormDataEntryValue | null;
    try {
      file = (await request.formData()).get("file");
    } catch {
      throw invalid("notAForm");
    }
    if (!(file instanceof Blob)) throw invalid("noFileField");
    if (file.size > limit.bytes) throw tooLarge(limit);
    return file.stream();
  }

  if (!request.body || declared === 0) {
    throw invalid("noFile");
  }
  return counted(request.body, declared, limit);
}
