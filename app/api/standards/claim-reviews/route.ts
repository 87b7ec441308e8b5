import { z } from "zod";
import { apiHandler, searchParamsOf } from "@/lib/api/handle";
import { streamClaimReviews } from "@/lib/standards/load-claim-reviews";
import { JSON_LD, langSchema, reviewOptions } from "@/lib/standards/route-options";

export const dynamic = "force-dynamic";

const query = z.object({
  lang: langSchema,
  status: z.enum(["resolved", "all"], "status must be resolved or all").default("resolved"),
});

/** Every fact's ClaimReview as one JSON-LD array, streamed (resolved facts only unless status=all). */
export const GET = apiHandler("export", async (request) => {
  const q = query.parse(searchParamsOf(request));
  const pieces = streamClaimReviews({ ...reviewOptions(request, q.lang), resolvedOnly: q.status === "resolved" });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": JSON_LD,
      "content-disposition": `attachment; filename="claim-reviews-${stamp}.jsonld"`,
      "cache-control": "no-store",
    },
  });
});
