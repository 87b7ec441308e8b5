import { NextResponse } from "next/server";
import { z } from "zod";
import { apiHandler, searchParamsOf } from "@/lib/api/handle";
import { SUGGESTIONS_PAGE_SIZE } from "@/lib/reader/suggestion-view";
import { notFound } from "@/lib/errors/app-error";
import { listSuggestions } from "@/lib/reader/list-suggestions";
import { uuidOf } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ id: uuidOf("id") });
const querySchema = z.object({
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(SUGGESTIONS_PAGE_SIZE),
});

/** A page of an article's pending suggestions, for the reader's list. */
export const GET = apiHandler("read", async (request, _user, context: { params: Promise<{ id: string }> }) => {
  const { id } = paramsSchema.parse(await context.params);
  const page = await listSuggestions(id, querySchema.parse(searchParamsOf(request)));
  if (!page) throw notFound("article");
  return NextResponse.json(page, { headers: { "cache-control": "no-store" } });
});
