import { assertCleanText } from "@/lib/articles/read-content";
import { prepareArticle } from "@/lib/articles/prepare-article";
import { writeAs } from "@/lib/db/write";
import { AppError, notFound } from "@/lib/errors/app-error";
import { insertVersion, type VersionOutcome } from "./insert-version";
import { newTextSchema, type NewTextInput } from "./schema";
import { currentTextVersion } from "./text-version";

/**
 * An editor gives an article a new text (the outlet corrected it, a better
 * copy was found): a new version, claims re-anchored. Refused, with nothing
 * stored, when the text is empty or the same as the current one.
 */
export async function giveArticleNewText(
  raw: NewTextInput | unknown,
  actorId: string,
): Promise<VersionOutcome & { changed: true }> {
  const input = newTextSchema.parse(raw);
  assertCleanText(input.text, "text");
  return writeAs(actorId, async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, deletedAt: null },
      select: { id: true, title: true },
    });
    if (!article) throw notFound("article");
    let prepared;
    try {
      prepared = prepareArticle(input.text, {
        format: input.format,
        title: article.title,
        keepBoilerplate: input.keepBoilerplate,
      });
    } catch (error) {
      // Markup or page furniture only: no text left to anchor to.
      if (error instanceof AppError && error.fieldErrors?.text && error.code === "INVALID_INPUT") {
        throw new AppError("INVALID_INPUT", "versions.errors.emptyText", {
          fieldErrors: { text: ["versions.errors.emptyText"] },
        });
      }
      throw error;
    }
    const outcome = await insertVersion(
      tx,
      { articleId: article.id, prepared, sourceFormat: input.format, origin: "text" },
      actorId,
    );
    if (!outcome.changed) {
      const version = await currentTextVersion(tx, article.id);
      throw new AppError("INVALID_INPUT", "versions.errors.sameText", {
        values: { version },
        fieldErrors: { text: ["versions.errors.sameText"] },
      });
    }
    return outcome;
  });
}
