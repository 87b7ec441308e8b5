import type { Task } from "graphile-worker";
import { z } from "zod";
import { importArticle } from "@/lib/articles/import-article";
import { decodeFile } from "@/lib/articles/read-content";
import { importArticleSchema } from "@/lib/articles/schema";
import { sql } from "@/lib/db/client";
import type { Tx } from "@/lib/db/write";
import { isAppError, type AppError } from "@/lib/errors/app-error";
import { isFetchRefusal } from "@/lib/fetch/fetch-refusal";
import { importArticleFromUrl } from "@/lib/fetch/import-url";
import { enqueueAfterImport } from "@/lib/jobs/after-import";
import { guessMetadata } from "./guess-metadata";
import { fileTypeOf } from "./limits";

// One file of a batch through the single import's own path (importArticle):
// the same reading, cleaning, limits and duplicate check. The file's record
// is written in the article's own transaction, so a file is imported exactly
// once even if its job runs twice (a server killed mid-import, a lease that
// ran out): the second run finds it done, or its transaction is rolled back.

/** How long a server may hold a file before another may take it over; renewed while it works. */
export const LEASE_SECONDS = 60;

type Claimed = {
  token: string;
  name: string;
  content: Buffer | null;
  sourceUrl: string | null;
  createdById: string | null;
  defaultOutlet: string | null;
  defaultLanguage: string | null;
  defaultPublishedAt: string | null;
  keepBoilerplate: boolean;
  batchId: string;
};

class Superseded extends Error {}

const payloadSchema = z.object({ fileId: z.uuid() });

export const importFileTask: Task = async (payload, helpers) => {
  const { fileId } = payloadSchema.parse(payload);
  const claimed = await claim(fileId);
  if (!claimed) return; // done already, or another server holds it
  const heartbeat = setInterval(
    () => void renew(fileId, claimed.token).catch(() => undefined),
    (LEASE_SECONDS * 1000) / 3,
  );
  try {
    await importClaimed(fileId, claimed);
  } catch (error) {
    if (error instanceof Superseded) return;
    // Not the file's fault (the database went away…): try again later, and
    // report it only when the queue gives up.
    const last = helpers.job.attempts >= helpers.job.max_attempts;
    if (last) await fail(fileId, claimed, "internal", "imports.reasons.internal");
    else await release(fileId, claimed.token);
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
};

async function importClaimed(fileId: string, file: Claimed): Promise<void> {
  if (file.sourceUrl !== null) return importAddress(fileId, file, file.sourceUrl);
  if (file.content === null) return fail(fileId, file, "invalid", "imports.reasons.invalid");
  const content = file.content;
  const type = fileTypeOf(file.name);
  if (type === null || type === "zip") return fail(fileId, file, "unsupported", "imports.reasons.unsupported");
  let text: string;
  try {
    text = decodeFile(new Uint8Array(content), file.name.split("/").pop() ?? file.name);
  } catch (error) {
    return failFrom(fileId, file, error);
  }
  if (text.trim().length === 0) return fail(fileId, file, "empty", "imports.reasons.empty");
  const guessed = guessMetadata(text, type);
  const parsed = importArticleSchema.safeParse({
    outlet: guessed.outlet ?? file.defaultOutlet ?? "",
    publishedAt: guessed.publishedAt ?? file.defaultPublishedAt ?? "",
    language: guessed.language ?? file.defaultLanguage ?? "",
    title: type === "html" ? undefined : guessed.title,
    file: new File([new Uint8Array(content)], file.name.split("/").pop() ?? file.name),
    keepBoilerplate: file.keepBoilerplate ? "on" : undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "");
    const key =
      field === "outlet"
        ? "imports.reasons.noOutlet"
        : field === "publishedAt"
          ? "imports.reasons.noDate"
          : field === "language"
            ? "imports.reasons.noLanguage"
            : (issue?.message ?? "imports.reasons.invalid");
    return fail(fileId, file, "metadata", key);
  }
  if (!file.createdById) return fail(fileId, file, "invalid", "imports.reasons.noUploader");
  try {
    await importArticle(parsed.data, file.createdById, (tx, article) =>
      record(tx, fileId, file, article.id, { size: content.byteLength, afterImport: true }),
    );
  } catch (error) {
    if (error instanceof Superseded) throw error;
    if (!isAppError(error)) throw error;
    await failFrom(fileId, file, error);
  }
}

/**
 * An address of the batch, fetched and imported by the single import by URL
 * (lib/fetch: the SSRF guard, limits, archived copy, one article per canonical
 * address). An address already imported gives its article a new version, or
 * nothing when the page did not change; a refused fetch is reported with its reason.
 */
async function importAddress(fileId: string, file: Claimed, url: string): Promise<void> {
  if (!file.createdById) return fail(fileId, file, "invalid", "imports.reasons.noUploader");
  try {
    await importArticleFromUrl(
      { url, keepBoilerplate: file.keepBoilerplate },
      file.createdById,
      {},
      {
        fallbacks: { outlet: file.defaultOutlet, language: file.defaultLanguage, publishedAt: file.defaultPublishedAt },
        afterStore: (tx, outcome, page) =>
          record(tx, fileId, file, outcome.articleId, {
            size: Buffer.byteLength(page.html),
            afterImport: outcome.changed,
          }),
      },
    );
  } catch (error) {
    if (error instanceof Superseded) throw error;
    if (isFetchRefusal(error)) return fail(fileId, file, "fetch", error.message, error.values);
    if (!isAppError(error)) throw error;
    const fields = Object.keys(error.fieldErrors ?? {});
    const failure = fields.some((f) => ["title", "publishedAt", "language", "outlet"].includes(f))
      ? "metadata"
      : refusalKind(error);
    return fail(fileId, file, failure, error.message, error.values);
  }
}

function refusalKind(error: AppError): string {
  return error.code === "TOO_LARGE" ? "too_large" : error.code === "CONFLICT" ? "duplicate" : "invalid";
}

/** A refusal of the import path as a reason in the report: its kind, and its message as given. */
function failFrom(fileId: string, file: Claimed, error: unknown): Promise<void> {
  if (!isAppError(error)) throw error;
  const fields = Object.keys(error.fieldErrors ?? {});
  const failure =
    error.code === "TOO_LARGE"
      ? "too_large"
      : error.code === "CONFLICT"
        ? "duplicate"
        : fields.includes("file")
          ? "encoding"
          : fields.includes("text")
            ? "empty"
            : fields.includes("title")
              ? "metadata"
              : "invalid";
  return fail(fileId, file, failure, error.message, error.values);
}

async function claim(fileId: string): Promise<Claimed | null> {
  const [row] = await sql()<Claimed[]>`
    UPDATE import_files f
    SET status = 'running', claim_token = gen_random_uuid(), lease_until = now() + make_interval(secs => ${LEASE_SECONDS}),
        attempts = f.attempts + 1, updated_at = now()
    FROM import_batches b
    WHERE f.id = ${fileId} AND b.id = f.batch_id AND (f.content IS NOT NULL OR f.source_url IS NOT NULL)
      AND (f.status = 'pending' OR (f.status = 'running' AND f.lease_until < now()))
    RETURNING f.claim_token AS token, f.name, f.content, f.source_url AS "sourceUrl", b.id AS "batchId", b.created_by_id AS "createdById",
      b.default_outlet AS "defaultOutlet", b.default_language AS "defaultLanguage",
      to_char(b.default_published_at, 'YYYY-MM-DD') AS "defaultPublishedAt", b.keep_boilerplate AS "keepBoilerplate"`;
  return row ?? null;
}

async function renew(fileId: string, token: string): Promise<void> {
  await sql()`UPDATE import_files SET lease_until = now() + make_interval(secs => ${LEASE_SECONDS})
    WHERE id = ${fileId} AND claim_token = ${token} AND status = 'running'`;
}

async function release(fileId: string, token: string): Promise<void> {
  await sql()`UPDATE import_files SET status = 'pending', claim_token = NULL, lease_until = NULL, updated_at = now()
    WHERE id = ${fileId} AND claim_token = ${token} AND status = 'running'`.catch(() => undefined);
}

/** The file became an article: recorded in the article's transaction, with the jobs that follow an import. */
async function record(
  tx: Tx,
  fileId: string,
  file: Claimed,
  articleId: string,
  done: { size: number; afterImport: boolean },
): Promise<void> {
  const updated = await tx.$executeRaw`
    UPDATE import_files SET status = 'imported', article_id = ${articleId}::uuid, content = NULL, failure = NULL,
      size = ${done.size},
      message = NULL, message_values = NULL, claim_token = NULL, lease_until = NULL, finished_at = now(), updated_at = now()
    WHERE id = ${fileId}::uuid AND claim_token = ${file.token}::uuid AND status = 'running'`;
  if (updated === 0) throw new Superseded(); // another run took the file over: this article is rolled back
  if (done.afterImport) await enqueueAfterImport(tx, articleId);
  await finishBatch(tx, file.batchId);
}

async function fail(
  fileId: string,
  file: Claimed,
  failure: string,
  message: string,
  values?: Record<string, unknown>,
): Promise<void> {
  await sql().begin(async (tx) => {
    await tx`
      UPDATE import_files SET status = 'failed', failure = ${failure}, message = ${message},
        message_values = ${values ? tx.json(values as never) : null}, content = NULL, claim_token = NULL,
        lease_until = NULL, finished_at = now(), updated_at = now()
      WHERE id = ${fileId} AND claim_token = ${file.token} AND status = 'running'`;
    await tx`
      UPDATE import_batches SET finished_at = now()
      WHERE id = ${file.batchId} AND finished_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM import_files WHERE batch_id = ${file.batchId} AND status IN ('pending', 'running'))`;
  });
}

async function finishBatch(tx: Tx, batchId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE import_batches SET finished_at = now()
    WHERE id = ${batchId}::uuid AND finished_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM import_files WHERE batch_id = ${batchId}::uuid AND status IN ('pending', 'running'))`;
}
