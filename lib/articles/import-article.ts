import { AppError } from "@/lib/errors/app-error";
import { createArticle, type AfterInsert } from "./create-article";
import { prepareArticle } from "./prepare-article";
import { readImportedContent } from "./read-content";
import { articleMetadataSchema, type ImportArticleInput } from "./schema";

/** From the import form to a stored article (with its suggested claims). */
export async function importArticle(
  input: ImportArticleInput,
  actorId: string,
  afterInsert?: AfterInsert,
): Promise<{ id: string }> {
  const content = await readImportedContent(input);
  const prepared = prepareArticle(content.content, {
    format: content.format,
    title: input.title,
    keepBoilerplate: input.keepBoilerplate,
  });
  // What a page says about itself is untrusted input too: each value goes
  // through the same rule as the form's field, or is ignored.
  const fields = articleMetadataSchema.shape;
  const fromPage = {
    title: fields.title.safeParse(prepared.metadata.title?.slice(0, 500)).data,
    url: fields.url.safeParse(prepared.metadata.url).data,
  };
  const title = input.title ?? fromPage.title;
  if (!title) {
    const message = "errors.article.titleMissing";
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { title: [message] } });
  }
  return createArticle(
    {
      outlet: input.outlet,
      title,
      url: input.url ?? fromPage.url,
      publishedAt: input.publishedAt,
      language: input.language,
      format: content.format,
      prepared,
    },
    actorId,
    afterInsert,
  );
}
