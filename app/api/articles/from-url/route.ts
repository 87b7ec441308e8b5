import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/handle";
import { importArticleFromUrl } from "@/lib/fetch/import-url";

export const dynamic = "force-dynamic";

/** Imports the article at a web address (JSON {url, outlet?, title?, publishedAt?, language?}), or adds a version to it. */
export const POST = apiHandler("import", async (request, user) => {
  const body = (await request.json().catch(() => ({}))) as unknown;
  const outcome = await importArticleFromUrl(body as never, user.id);
  return NextResponse.json(outcome, { status: outcome.created ? 201 : 200 });
});
