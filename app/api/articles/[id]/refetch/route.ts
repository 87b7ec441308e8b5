import { NextResponse } from "next/server";
import { z } from "zod";
import { apiHandler } from "@/lib/api/handle";
import { refetchArticle } from "@/lib/fetch/import-url";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.uuid("Not an article id") });

/** Fetches the article's page again: a new version when its text changed. */
export const POST = apiHandler("import", async (_request, user, context: { params: Promise<{ id: string }> }) => {
  const { id } = params.parse(await context.params);
  return NextResponse.json(await refetchArticle(id, user.id));
});
