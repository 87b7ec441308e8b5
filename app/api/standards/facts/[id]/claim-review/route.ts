import { z } from "zod";
import { apiHandler, searchParamsOf } from "@/lib/api/handle";
import { notFound } from "@/lib/errors/app-error";
import { loadClaimReview } from "@/lib/standards/load-claim-reviews";
import { JSON_LD, langSchema, reviewOptions } from "@/lib/standards/route-options";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.uuid("Not a fact id") });
const query = z.object({ lang: langSchema });

/** One fact's schema.org ClaimReview (JSON-LD), as a download. */
export const GET = apiHandler("export", async (request, _user, context: { params: Promise<{ id: string }> }) => {
  const { id } = params.parse(await context.params);
  const { lang } = query.parse(searchParamsOf(request));
  const review = await loadClaimReview(id, reviewOptions(request, lang));
  if (!review) throw notFound("fact");
  return new Response(`${JSON.stringify(review, null, 2)}\n`, {
    headers: {
      "content-type": JSON_LD,
      "content-disposition": `attachment; filename="claim-review-${id}.jsonld"`,
      "cache-control": "no-store",
    },
  });
});
