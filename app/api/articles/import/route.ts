import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/handle";
import { importArticle } from "@/lib/articles/import-article";
import { readImportForm } from "@/lib/articles/read-import-form";
import { importArticleSchema } from "@/lib/articles/schema";
import { enqueueAfterImport } from "@/lib/jobs/after-import";

export const dynamic = "force-dynamic";

/**
 * Imports one article from the import form (multipart/form-data). An upload
 * over the limit is refused with 413 before it is read whole; invalid UTF-8
 * with the offset of its first bad byte.
 */
export const POST = apiHandler("import", async (request, user) => {
  const input = importArticleSchema.parse(await readImportForm(request));
  const { id } = await importArticle(input, user.id, (tx, article) => enqueueAfterImport(tx, article.id));
  return NextResponse.json({ id, location: `/articles/${id}?imported=1` }, { status: 201 });
});
