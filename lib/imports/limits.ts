import { MAX_FILE_BYTES } from "@/lib/articles/limits";

// Limits of a bulk import. Each file has the single import's own limits
// (lib/articles/limits.ts: 5 MB per file, 2 MB of text); these bound a batch.

/** Most bytes one upload may carry (all files and the form together). */
export const MAX_UPLOAD_BYTES = 60 * 1024 * 1024;
/** Most files in one batch, a .zip's entries included. */
export const MAX_BATCH_FILES = 500;
/** Most entries a .zip may list (directories included), read before anything is inflated. */
export const MAX_ZIP_ENTRIES = 1_000;
/** Most bytes the files of a .zip may hold once inflated, all together. */
export const MAX_ZIP_INFLATED_BYTES = 100 * 1024 * 1024;
/** Deepest folder nesting accepted inside a .zip. */
export const MAX_ZIP_DEPTH = 8;
export { MAX_FILE_BYTES };

/** What a file's name says it is: an article format, a .zip, or neither. */
export function fileTypeOf(name: string): "text" | "markdown" | "html" | "zip" | null {
  const extension = name.split(".").pop()?.toLowerCase() ?? "";
  if (extension === "txt" || extension === "text") return "text";
  if (extension === "md" || extension === "markdown") return "markdown";
  if (extension === "html" || extension === "htm") return "html";
  if (extension === "zip") return "zip";
  return null;
}
