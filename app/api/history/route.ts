import { NextResponse } from "next/server";
import { z } from "zod";
import { apiHandler, searchParamsOf } from "@/lib/api/handle";
import { listRevisions } from "@/lib/history/list-revisions";
import { uuidOf } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  type: z.enum(["article", "fact", "claim", "note"], "errors.bin.type"),
  id: uuidOf("id"),
});

export const GET = apiHandler("read", async (request) => {
  const { type, id } = querySchema.parse(searchParamsOf(request));
  return NextResponse.json({ revisions: await listRevisions(type, id) });
});
