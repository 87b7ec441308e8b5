import { z } from "zod";
import { apiHandler, searchParamsOf } from "@/lib/api/handle";
import { env } from "@/lib/env";
import { currentLocale } from "@/lib/i18n/current-locale";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { buildReportHeader } from "@/lib/reports/build-report";
import { REPORT_FORMATS, reportFile, reportWriter } from "@/lib/reports/formats";
import { reportBatches } from "@/lib/reports/load-report";
import { streamReport } from "@/lib/reports/stream-report";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  format: z.enum(REPORT_FORMATS, "reports.errors.format"),
  facts: z
    .union([
      z.uuid("reports.errors.factId"),
      z.array(z.uuid("reports.errors.factId")).max(5_000, "reports.errors.tooManyFacts"),
    ])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  scope: z.enum(["discrepancies", "all"], "reports.errors.scope").default("discrepancies"),
  status: z.enum(["open", "resolved", "all"], "reports.errors.status").default("all"),
  /** The report's language; by default the requester's. */
  lang: z.enum(UI_LOCALES, "reports.errors.lang").optional(),
});

/** The discrepancy report, for all facts or a chosen set, as a download written while it is read. */
export const GET = apiHandler("export", async (request) => {
  const q = querySchema.parse(searchParamsOf(request));
  const locale = q.lang ?? (await currentLocale());
  const baseUrl = env().RECOUPE_BASE_URL ?? new URL(request.url).origin;
  const now = new Date();
  const header = buildReportHeader(
    { ...(q.facts ? { chosen: q.facts.length } : {}), only: q.scope, status: q.status },
    { now, locale },
  );
  const scope = { factIds: q.facts, only: q.scope, status: q.status };
  const body = await streamReport(reportBatches(scope, { baseUrl, locale }), reportWriter(q.format, locale), header);
  const file = reportFile(q.format, header.generatedAt.slice(0, 10));
  return new Response(body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "content-language": locale,
      "cache-control": "no-store",
    },
  });
});
