import { AppError } from "@/lib/errors/app-error";
import { createArticle } from "./create-article";
import { prepareArticle } from "./prepare-article";
import { readImportedContent } from "./read-content";
import type { ImportArticleInput } from "./schema";

/** From the import form to a stored article (with its suggested claims). */
export async function importArticle(input: ImportArticleInput, actorId: string): Promise<{ id: string }> {
  const content = await readImportedContent(input);
  const prepared = prepareArticle(content.content, {
    format: content.format,
    title: input.title,
    keepBoilerplate: input.keepBoilerplate,
  });
  const title = input.title ?? prepared.metadata.title;
  if (!title) {
    const message = "Give the article's title (none was found in the file).";
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { title: [message] } });
  }
  return createArticle(
    {
      outlet: input.outlet,
      title,
      url: input.url ?? prepared.metadata.url,
      publishedAt: input.publishedAt,
      language: input.language,
      format: content.format,
      prepared,
    },
    actorId,
  );
}
