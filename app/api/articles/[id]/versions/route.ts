import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/handle";
import { giveArticleNewText } from "@/lib/versions/give-new-text";

export const dynamic = "force-dynamic";

/** Gives the article a new text (JSON {text, format?}): a new version, claims re-anchored. */
export const POST = apiHandler("import", async (request, user, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
  const outcome = await giveArticleNewText({ ...body, articleId: id }, user.id);
  return NextResponse.json(outcome, { status: 201 });
});
