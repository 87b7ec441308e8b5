import { NextResponse } from "next/server";
import { z } from "zod";
import { localizeForRequest } from "@/lib/actions/form-action";
import { apiHandler } from "@/lib/api/handle";
import { notFound } from "@/lib/errors/app-error";
import { getBatch } from "@/lib/imports/get-batch";
import { uuidOf } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ id: uuidOf("id") });

/** How far a bulk import has got, and what became of each file. */
export const GET = apiHandler("read", async (_request, _user, context: { params: Promise<{ id: string }> }) => {
  const { id } = paramsSchema.parse(await context.params);
  const batch = await getBatch(id, await localizeForRequest());
  if (!batch) throw notFound("import");
  return NextResponse.json(batch, { headers: { "cache-control": "no-store" } });
});
