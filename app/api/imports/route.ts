import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/handle";
import { createBatch } from "@/lib/imports/create-batch";
import { readUpload } from "@/lib/imports/read-upload";

export const dynamic = "force-dynamic";

/**
 * A bulk import: many files (or .zip archives) in one multipart upload, field
 * `files`, and/or addresses to fetch (field `urls`, one a line, and/or .txt
 * lists in `urlFiles`), with the batch's default `outlet`, `language` and `publishedAt`.
 * Answers 201 with the batch's id at once; the files are imported in the
 * background (GET /api/imports/{id} says how far it has got). 413 when the
 * upload is over the limit, before its body is read whole.
 */
export const POST = apiHandler("import", async (request, user) => {
  const { files, defaults, urls } = await readUpload(request);
  const batch = await createBatch(files, defaults, user.id, urls);
  return NextResponse.json(batch, { status: 201 });
});
