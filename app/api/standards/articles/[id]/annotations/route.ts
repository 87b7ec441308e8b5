import { NextResponse } from "next/server";
import { z } from "zod";
import { apiHandler, searchParamsOf } from "@/lib/api/handle";
import { AppError, notFound } from "@/lib/errors/app-error";
import { importAnnotations } from "@/lib/standards/import-annotations";
import { loadAnnotations } from "@/lib/standards/load-annotations";
import { readJsonUpload } from "@/lib/standards/read-json-upload";
import { ANNO_JSON_LD, publicBaseUrl } from "@/lib/standards/route-options";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };
const params = z.object({ id: z.uuid("Not an article id") });
const query = z.object({ page: z.coerce.number("page must be a number").int().min(0).max(100_000).optional() });

/** The article's claims and notes as a W3C AnnotationCollection, or one of its pages (?page=n). */
export const GET = apiHandler("export", async (request, _user, context: Context) => {
  const { id } = params.parse(await context.params);
  const { page } = query.parse(searchParamsOf(request));
  const doc = await loadAnnotations(id, { baseUrl: publicBaseUrl(request), page });
  if (!doc) throw page === undefined ? notFound("article") : new AppError("NOT_FOUND", "standards.errors.noPage");
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
    headers: {
      "content-type": ANNO_JSON_LD,
      "content-disposition": `attachment; filename="annotations-${id}${page === undefined ? "" : `-page-${page}`}.jsonld"`,
      "cache-control": "no-store",
    },
  });
});

/** Imports W3C or Hypothesis annotations onto the article: the JSON as the body, or the form field "file". */
export const POST = apiHandler("tag", async (request, user, context: Context) => {
  const { id } = params.parse(await context.params);
  const report = await importAnnotations(id, await readJsonUpload(request), user.id);
  return NextResponse.json(report);
});
