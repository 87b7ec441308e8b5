import { AppError, message } from "@/lib/errors/app-error";
import { firstUnstorable } from "@/lib/validation/storable";
import { MAX_FILE_BYTES } from "./limits";
import { decodeUtf8 } from "./utf8";

export type ContentFormat = "text" | "markdown" | "html";
export type ImportedContent = { content: string; format: ContentFormat; fileName?: string };

const EXTENSIONS: Record<string, ContentFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

function invalid(field: "text" | "file", key: string, values: Record<string, string | number> = {}): AppError {
  return new AppError("INVALID_INPUT", key, { values, fieldErrors: { [field]: [message(key, values)] } });
}

/** Refuses text that holds NUL characters or unpaired surrogates, saying where. */
export function assertCleanText(text: string, field: "text" | "file"): void {
  const position = firstUnstorable(text);
  if (position === 0) return;
  const character = text.charCodeAt(position - 1) === 0 ? "nul" : "surrogate";
  throw invalid(field, "errors.upload.unstorable", { position, character });
}

/** Bytes of an uploaded file to text, refusing binary and non-UTF-8 files (with the offset of the first bad byte). */
export function decodeFile(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw invalid("file", "errors.upload.binary", { name, offset: bytes.indexOf(0) });
  const decoded = decodeUtf8(bytes);
  if ("invalidAt" in decoded) {
    throw invalid("file", "errors.upload.notUtf8", {
      name,
      offset: decoded.invalidAt,
      byte: `0x${decoded.byte.toString(16).toUpperCase().padStart(2, "0")}`,
    });
  }
  return decoded.text;
}

/** Refuses a file over the size limit, saying its size and the limit. */
export function assertFileSize(name: string, size: number): void {
  if (size <= MAX_FILE_BYTES) return;
  const values = { name, sizeBytes: size, limitBytes: MAX_FILE_BYTES };
  throw new AppError("TOO_LARGE", "errors.upload.fileTooLarge", {
    values,
    fieldErrors: { file: [message("errors.upload.fileTooLarge", values)] },
  });
}

export async function readImportedContent(input: {
  text?: string;
  file?: File;
  format: ContentFormat;
}): Promise<ImportedContent> {
  if (input.text && input.file) throw invalid("file", "errors.upload.both");
  if (input.file) {
    const { file } = input;
    const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
    const format = EXTENSIONS[extension];
    if (!format) throw invalid("file", "errors.upload.fileType", { name: file.name });
    assertFileSize(file.name, file.size);
    const content = decodeFile(new Uint8Array(await file.arrayBuffer()), file.name);
    assertCleanText(content, "file");
    return { content, format, fileName: file.name };
  }
  if (input.text) {
    assertCleanText(input.text, "text");
    return { content: input.text, format: input.format };
  }
  throw invalid("text", "errors.upload.nothing");
}
