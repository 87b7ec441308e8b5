import { NextResponse } from "next/server";
import { z } from "zod";
import { apiHandler, searchParamsOf } from "@/lib/api/handle";
import { KINDS } from "@/lib/claims/value";
import { findFactChoices } from "@/lib/search/find-fact-choices";
import { SEARCH_MAX_LENGTH } from "@/lib/search/schema";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  q: z.string().trim().max(SEARCH_MAX_LENGTH),
  kind: z.enum(KINDS).optional(),
});

/** Facts whose label holds the words typed, for the fact picker (at most 20). */
export const GET = apiHandler("read", async (request) => {
  const { q, kind } = querySchema.parse(searchParamsOf(request));
  const facts = await findFactChoices(q, { kind });
  return NextResponse.json({ facts }, { headers: { "cache-control": "no-store" } });
});
