import { AppError } from "@/lib/errors/app-error";
import { hasLoneSurrogate } from "@/lib/anchors/offsets";
import { formatBytes, MAX_FILE_BYTES } from "./limits";

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

function invalid(field: "text" | "file", message: string): AppError {
  return new AppError("INVALID_INPUT", message, { fieldErrors: { [field]: [message] } });
}

/** Refuses text that is not valid Unicode or holds NUL characters. */
export function assertCleanText(text: string, field: "text" | "file"): void {
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    throw invalid(
      field,
      `The text contains a NUL character (at character ${nul}); it looks like binary data, not an article.`,
    );
  }
  if (hasLoneSurrogate(text)) {
    throw invalid(
      field,
      "The text contains an invalid character (an unpaired UTF-16 surrogate). Copy it again from the source.",
    );
  }
}

/** Bytes of an uploaded file to text, refusing binary and non-UTF-8 files. */
export function decodeFile(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) {
    throw invalid("file", `${name} is a binary file, not text. Import a .txt, .md or .html file.`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw invalid("file", `${name} is not UTF-8 text. Save it with UTF-8 encoding and import it again.`);
  }
}

export async function readImportedContent(input: {
  text?: string;
  file?: File;
  format: ContentFormat;
}): Promise<ImportedContent> {
  if (input.text && input.file) {
    throw invalid("file", "Either paste the text or choose a file, not both.");
  }
  if (input.file) {
    const { file } = input;
    const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
    const format = EXTENSIONS[extension];
    if (!format) throw invalid("file", `${file.name}: Recoupe imports .txt, .md and .html files.`);
    if (file.size > MAX_FILE_BYTES) {
      throw new AppError(
        "TOO_LARGE",
        `${file.name} is ${formatBytes(file.size)}; files of up to ${formatBytes(MAX_FILE_BYTES)} can be imported.`,
        {
          fieldErrors: { file: [`Files are limited to ${formatBytes(MAX_FILE_BYTES)}.`] },
        },
      );
    }
    const content = decodeFile(new Uint8Array(await file.arrayBuffer()), file.name);
    assertCleanText(content, "file");
    return { content, format, fileName: file.name };
  }
  if (input.text) {
    assertCleanText(input.text, "text");
    return { content: input.text, format: input.format };
  }
  throw invalid("text", "Paste the article's text or choose a file.");
}
