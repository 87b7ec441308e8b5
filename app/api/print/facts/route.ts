import { getTranslations } from "next-intl/server";
import { apiHandler, searchParamsOf } from "@/lib/api/handle";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors/app-error";
import { loadPrintFacts } from "@/lib/print/load-print-facts";
import { printPagePath, printQuerySchema } from "@/lib/print/print-schema";
import { renderPdf } from "@/lib/print/render-pdf";
import { publicBaseUrl } from "@/lib/standards/route-options";

export const dynamic = "force-dynamic";

/**
 * The printed report of facts as a PDF: `?facts=<id>` for one, `?facts=<id>,<id>…`
 * (or the parameter repeated) for a set, up to 50. Chromium prints the print
 * page (/print/facts) as the requester sees it, in their language. 404 when
 * none of the facts exists; 503 when no Chromium is installed.
 */
export const GET = apiHandler("export", async (request) => {
  const query = printQuerySchema.parse({ facts: searchParamsOf(request).facts });
  const { facts } = await loadPrintFacts(query.facts);
  if (facts.length === 0) throw notFound("fact");
  const t = await getTranslations("print");
  const pdf = await renderPdf({
    origin: `http://127.0.0.1:${env().PORT}`,
    path: printPagePath(query),
    cookie: request.headers.get("cookie"),
    baseUrl: publicBaseUrl(request),
    footer: t("footer", { count: facts.length }),
  });
  const name = facts.length === 1 ? `fact-${facts[0]?.fact.id}` : `facts-${facts.length}`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="recoupe-${name}.pdf"`,
      "cache-control": "no-store",
    },
  });
});
