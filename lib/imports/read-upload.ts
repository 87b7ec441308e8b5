import { z } from "zod";
import { articleMetadataSchema } from "@/lib/articles/schema";
import { AppError } from "@/lib/errors/app-error";
import type { BatchDefaults, UploadedFile } from "./create-batch";
import { MAX_UPLOAD_BYTES } from "./limits";
import { MAX_URL_LIST_BYTES, readUrlList, type UrlLine } from "./url-list";

// An upload of a batch: refused as soon as it is known to be too large (its
// declared length, or the bytes counted as they arrive), before the body is
// read whole; then its files and the batch's defaults.

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function tooLarge(size?: number): AppError {
  return new AppError("TOO_LARGE", "imports.errors.uploadTooLarge", {
    values: { max: megabytes(MAX_UPLOAD_BYTES), ...(size ? { size: megabytes(size) } : {}) },
  });
}

/** The request body, cut off with a refusal at the limit instead of buffered to the end. */
function limitedBody(request: Request, limit: number) {
  const source = request.body;
  if (!source) throw new AppError("INVALID_INPUT", "imports.errors.noFiles");
  let seen = 0;
  const stream = source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return { stream, exceeded: () => seen > limit };
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const fields = articleMetadataSchema.shape;
const defaultsSchema = z.object({
  outlet: z.preprocess(blankToUndefined, fields.outlet.optional()),
  language: z.preprocess(blankToUndefined, fields.language.optional()),
  publishedAt: z.preprocess(blankToUndefined, fields.publishedAt.optional()),
  keepBoilerplate: z.preprocess((v) => v === "on", z.boolean()),
});

export async function readUpload(
  request: Request,
): Promise<{ files: UploadedFile[]; defaults: BatchDefaults; urls: UrlLine[] }> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) throw tooLarge(declared);
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    throw new AppError("INVALID_INPUT", "imports.errors.notMultipart");
  }
  const body = limitedBody(request, MAX_UPLOAD_BYTES);
  let form: FormData;
  try {
    form = await new Response(body.stream, { headers: { "content-type": type } }).formData();
  } catch {
    throw body.exceeded() ? tooLarge() : new AppError("INVALID_INPUT", "imports.errors.badUpload");
  }
  const defaults = defaultsSchema.parse({
    outlet: form.get("outlet") ?? undefined,
    language: form.get("language") ?? undefined,
    publishedAt: form.get("publishedAt") ?? undefined,
    keepBoilerplate: form.get("keepBoilerplate") ?? undefined,
  });
  const files: UploadedFile[] = [];
  for (const value of form.getAll("files")) {
    if (!(value instanceof File) || (value.size === 0 && !value.name)) continue;
    files.push({ name: value.name.split(/[\\/]/).pop() || "file", bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  // Addresses: typed one a line (field `urls`), and/or .txt lists of them (field `urlFiles`).
  const lists: string[] = [];
  const typed = form.get("urls");
  if (typeof typed === "string") lists.push(typed);
  for (const value of form.getAll("urlFiles")) {
    if (!(value instanceof File) || value.size === 0) continue;
    if (value.size > MAX_URL_LIST_BYTES) {
      throw new AppError("TOO_LARGE", "fetch.bulk.listTooLarge", {
        values: { name: value.name, max: megabytes(MAX_URL_LIST_BYTES) },
        fieldErrors: { urlFiles: ["fetch.bulk.listTooLarge"] },
      });
    }
    lists.push(new TextDecoder("utf-8", { fatal: false }).decode(await value.arrayBuffer()));
  }
  return { files, defaults, urls: readUrlList(...lists) };
}
