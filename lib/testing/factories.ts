import { createArticle } from "../articles/create-article";
import { prepareArticle } from "../articles/prepare-article";
import { createClaim } from "../claims/create-claim";
import { createClaimSchema } from "../claims/schema";

// Data for database tests, made through the same functions the app uses.

export type TestArticle = { id: string; text: string };

/** An article imported from plain text (stored text as the import leaves it). */
export async function createTestArticle(
  actorId: string,
  fields: { text: string; outlet?: string; title?: string; publishedAt?: string },
): Promise<TestArticle> {
  const prepared = prepareArticle(fields.text, { format: "text" });
  const { id } = await createArticle(
    {
      outlet: fields.outlet ?? "Test Wire",
      title: fields.title ?? "Test article",
      publishedAt: fields.publishedAt ?? "2022-10-31",
      language: "fr",
      format: "text",
      prepared,
    },
    actorId,
  );
  return { id, text: prepared.text };
}

/** Tags a passage of the article as a claim, with the tag form's fields. Texts without astral characters only. */
export function tagPassage(actorId: string, article: TestArticle, quote: string, fields: Record<string, string>) {
  const start = article.text.indexOf(quote);
  if (start === -1) throw new Error(`«${quote}» is not in the test article`);
  return createClaim(
    createClaimSchema.parse({
      articleId: article.id,
      quoteStart: String(start),
      quoteEnd: String(start + quote.length),
      quoteExact: quote,
      ...fields,
    }),
    actorId,
  );
}
