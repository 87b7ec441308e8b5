import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/handle";
import { exportWorkspace } from "@/lib/workspace/export-workspace";
import { workspaceFileName } from "@/lib/workspace/file-format";
import { importWorkspace } from "@/lib/workspace/import-workspace";
import { readUpload } from "@/lib/workspace/read-upload";

export const dynamic = "force-dynamic";

/** The whole workspace as one file (no passwords, no sessions), streamed as it is read. */
export const GET = apiHandler("backup", async () => {
  const file = await exportWorkspace();
  return new Response(file, {
    headers: {
      "content-type": "application/gzip",
      "content-disposition": `attachment; filename="${workspaceFileName(new Date())}"`,
      "cache-control": "no-store",
    },
  });
});

/** Restores a workspace file into this (empty) workspace: the file as the body, or as form field "file". */
export const POST = apiHandler("backup", async (request) => {
  const result = await importWorkspace(await readUpload(request));
  return NextResponse.json(result);
});
