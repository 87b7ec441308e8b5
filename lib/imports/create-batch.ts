import { randomUUID } from "node:crypto";
import { writeAs } from "@/lib/db/write";
import { AppError } from "@/lib/errors/app-error";
import { addJob } from "@/lib/jobs/add-job";
import { fileTypeOf, MAX_BATCH_FILES, MAX_FILE_BYTES } from "./limits";
import { readZip } from "./read-zip";
import type { UrlLine } from "./url-list";

export type UploadedFile = { name: string; bytes: Uint8Array };
export type BatchDefaults = {
  outlet?: string;
  language?: string;
  publishedAt?: string;
  keepBoilerplate: boolean;
};

type FileRow = {
  id: string;
  name: string;
  size: number;
  content: Uint8Array<ArrayBuffer> | null;
  sourceUrl?: string | null;
  failure: string | null;
  message: string | null;
  values?: Record<string, string | number>;
};

export const IMPORT_FILE_TASK = "import_file";

/** The files of an upload, a .zip's entries in its place, each either to import or already refused. */
async function expand(files: UploadedFile[]): Promise<FileRow[]> {
  const rows: FileRow[] = [];
  const refuse = (name: string, size: number, failure: string, message: string) =>
    rows.push({ id: randomUUID(), name, size, content: null, failure, message });
  for (const file of files) {
    const type = fileTypeOf(file.name);
    if (type === "zip") {
      for (const entry of await readZip(file.bytes, file.name)) {
        const name = `${file.name}/${entry.name}`;
        if ("failure" in entry) refuse(name, entry.size, entry.failure, entry.message);
        else
          rows.push({
            id: randomUUID(),
            name,
            size: entry.size,
            content: copy(entry.bytes),
            failure: null,
            message: null,
          });
      }
    } else if (type === null) {
      refuse(file.name, file.bytes.byteLength, "unsupported", "imports.reasons.unsupported");
    } else if (file.bytes.byteLength > MAX_FILE_BYTES) {
      refuse(file.name, file.bytes.byteLength, "too_large", "imports.reasons.tooLarge");
    } else if (file.bytes.byteLength === 0) {
      refuse(file.name, 0, "empty", "imports.reasons.empty");
    } else {
      rows.push({
        id: randomUUID(),
        name: file.name,
        size: file.bytes.byteLength,
        content: copy(file.bytes),
        failure: null,
        message: null,
      });
    }
  }
  return rows;
}

/** Addresses to fetch, each its own entry (refused at once when it cannot be one). */
function addresses(urls: UrlLine[]): FileRow[] {
  return urls.map((line) => ({
    id: randomUUID(),
    name: line.url,
    size: 0,
    content: null,
    sourceUrl: line.refusal ? null : line.url,
    failure: line.refusal ? (line.refusal.message === "fetch.bulk.repeated" ? "duplicate" : "fetch") : null,
    message: line.refusal?.message ?? null,
    values: line.refusal?.values,
  }));
}

const copy = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

/**
 * Stores a batch, its files (bytes and all) and addresses, and one import job
 * per entry, in one transaction: a batch is either wholly queued or not there at all.
 */
export async function createBatch(
  files: UploadedFile[],
  defaults: BatchDefaults,
  actorId: string,
  urls: UrlLine[] = [],
) {
  if (files.length === 0 && urls.length === 0) {
    throw new AppError("INVALID_INPUT", "imports.errors.noFiles", {
      fieldErrors: { files: ["imports.errors.noFiles"] },
    });
  }
  const rows = [...(await expand(files)), ...addresses(urls)];
  if (rows.length > MAX_BATCH_FILES) {
    throw new AppError("TOO_LARGE", "imports.errors.tooManyFiles", {
      values: { count: rows.length, max: MAX_BATCH_FILES },
    });
  }
  return writeAs(actorId, async (tx) => {
    const batch = await tx.importBatch.create({
      data: {
        createdById: actorId,
        defaultOutlet: defaults.outlet ?? null,
        defaultLanguage: defaults.language ?? null,
        defaultPublishedAt: defaults.publishedAt ? new Date(`${defaults.publishedAt}T00:00:00Z`) : null,
        keepBoilerplate: defaults.keepBoilerplate,
        finishedAt: rows.every((r) => r.failure) ? new Date() : null,
      },
      select: { id: true },
    });
    for (const [position, row] of rows.entries()) {
      await tx.importFile.create({
        data: {
          id: row.id,
          batchId: batch.id,
          position,
          name: row.name.slice(0, 1_000),
          size: row.size,
          content: row.content,
          sourceUrl: row.sourceUrl ?? null,
          status: row.failure ? "failed" : "pending",
          failure: row.failure,
          message: row.message,
          messageValues: row.values,
          finishedAt: row.failure ? new Date() : null,
        },
      });
      if (!row.failure) {
        await addJob(tx, { task: IMPORT_FILE_TASK, payload: { fileId: row.id }, key: `${IMPORT_FILE_TASK}:${row.id}` });
      }
    }
    return { id: batch.id, files: rows.length };
  });
}
