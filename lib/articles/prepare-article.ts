import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { htmlToText, markdownToText, readHtmlMetadata, type HtmlMetadata } from "./html-to-text";
import { MAX_TEXT_BYTES } from "./limits";
import { normaliseText } from "./normalise-text";
import type { ContentFormat } from "./read-content";
import { stripBoilerplate } from "./strip-boilerplate";

export type PreparedArticle = {
  rawText: string;
  text: string;
  textHash: string;
  removed: string[];
  metadata: HtmlMetadata;
};

/** From content as imported to the normalised story text that claims anchor to. */
export function prepareArticle(
  content: string,
  options: { format: ContentFormat | "seed"; title?: string; keepBoilerplate?: boolean },
): PreparedArticle {
  const metadata = options.format === "html" ? readHtmlMetadata(content) : {};
  const readable =
    options.format === "html" ? htmlToText(content) : options.format === "markdown" ? markdownToText(content) : content;
  const normalised = normaliseText(readable);
  assertWithinLimit(normalised); // before any further work on an oversized text
  const title = options.title ?? metadata.title;
  const { text, removed } = options.keepBoilerplate
    ? { text: normalised, removed: [] }
    : stripBoilerplate(normalised, { title });

  if (text.trim().length === 0) {
    throw new AppError("INVALID_INPUT", "errors.noReadableText", { fieldErrors: { text: ["errors.noReadableText"] } });
  }
  return {
    rawText: content,
    text,
    textHash: createHash("sha256").update(text).digest("hex"),
    removed,
    metadata,
  };
}

function assertWithinLimit(text: string): void {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes <= MAX_TEXT_BYTES) return;
  throw new AppError("TOO_LARGE", "errors.articleTooLarge", {
    values: { sizeBytes: bytes, bytes, limitBytes: MAX_TEXT_BYTES },
    fieldErrors: { text: ["errors.textLimited"] },
  });
}
