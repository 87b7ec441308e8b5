import { formatBytes } from "@/lib/articles/limits";
import { AppError } from "@/lib/errors/app-error";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "./file-format";
import type { ByteSource } from "./read-lines";

// The uploaded workspace file, from a request whose body is the file itself
// (what the admin page sends: streamed, never held in memory) or a multipart
// form with a field "file" (curl -F; the form is parsed whole, so large files
// should go as the body).

export type UploadLimit = { bytes: number; label: string };
const LIMIT: UploadLimit = { bytes: MAX_UPLOAD_BYTES, label: MAX_UPLOAD_LABEL };
const CLI =
  "Restore it with the command line instead (npx tsx lib/workspace/cli.ts import <file>). Nothing was imported.";

function tooLarge(limit: UploadLimit): AppError {
  return new AppError("TOO_LARGE", `The file is larger than ${limit.label}, the most the web upload takes. ${CLI}`);
}

function invalid(message: string): AppError {
  return new AppError("INVALID_INPUT", message);
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
    throw invalid(
      `Only ${formatBytes(received)} of the ${formatBytes(declared)} file reached Recoupe (something between the browser and Recoupe cut the upload short). ${CLI}`,
    );
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
      throw invalid(
        "The upload could not be read as a form. Send the workspace file as the request body, or as a form field named file.",
      );
    }
    if (!(file instanceof Blob)) throw invalid("Choose a workspace file to restore (form field file).");
    if (file.size > limit.bytes) throw tooLarge(limit);
    return file.stream();
  }

  if (!request.body || declared === 0) {
    throw invalid("No file was sent: send the workspace file as the request body, or as a form field named file.");
  }
  return counted(request.body, declared, limit);
}
