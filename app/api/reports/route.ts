import { z } from "zod";
import { apiHandler, searchParamsOf } from "@/lib/api/handle";
import { env } from "@/lib/env";
import { listFilterSchema } from "@/lib/facts/list-filters";
import { currentLocale } from "@/lib/i18n/current-locale";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { buildReportHeader } from "@/lib/reports/build-report";
import { REPORT_FORMATS, reportFile, reportWriter } from "@/lib/reports/formats";
import { reportBatches } from "@/lib/reports/load-report";
import { streamReport } from "@/lib/reports/stream-report";

export const dynamic = "force-dynamic";

/** The list's filters, as the discrepancy page's export form sends them (a value outside its list is refused). */
const filterFields = listFilterSchema("facts").pick({ verdict: true, kind: true, outlet: true, notes: true, q: true });

const querySchema = filterFields.extend({
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
  const filters = { verdict: q.verdict, kind: q.kind, outlet: q.outlet, notes: q.notes, q: q.q };
  const header = buildReportHeader(
    { ...(q.facts ? { chosen: q.facts.length } : {}), only: q.scope, status: q.status, filters },
    { now, locale },
  );
  const scope = { factIds: q.facts, only: q.scope, status: q.status, filters };
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
