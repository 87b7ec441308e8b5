import { z } from "zod";
import { apiHandler, searchParamsOf } from "@/lib/api/handle";
import { env } from "@/lib/env";
import { buildReport } from "@/lib/reports/build-report";
import { loadReportFacts } from "@/lib/reports/load-report";
import { renderCsv } from "@/lib/reports/render-csv";
import { renderJson } from "@/lib/reports/render-json";
import { renderMarkdown } from "@/lib/reports/render-markdown";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  format: z.enum(["md", "csv", "json"], "format must be md, csv or json"),
  facts: z
    .union([z.uuid("Not a fact id"), z.array(z.uuid("Not a fact id")).max(5_000)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  scope: z.enum(["discrepancies", "all"]).default("discrepancies"),
  status: z.enum(["open", "resolved", "all"]).default("all"),
  lang: z.enum(["en", "fr"]).default("en"),
});

const TYPES = {
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
} as const;

/** The discrepancy report, for all facts or a chosen set, as a download. */
export const GET = apiHandler("export", async (request) => {
  const q = querySchema.parse(searchParamsOf(request));
  const facts = await loadReportFacts({ factIds: q.facts, only: q.scope, status: q.status });
  const baseUrl = env().RECOUPE_BASE_URL ?? new URL(request.url).origin;
  const scope = q.facts
    ? `${q.facts.length} chosen fact${q.facts.length === 1 ? "" : "s"}`
    : q.scope === "all"
      ? "all facts"
      : "all discrepancies";
  const report = buildReport(facts, {
    baseUrl,
    scope: `${scope}${q.status !== "all" ? ` (${q.status})` : ""}`,
    now: new Date(),
    locale: q.lang,
  });
  const body = q.format === "md" ? renderMarkdown(report) : q.format === "csv" ? renderCsv(report) : renderJson(report);
  const stamp = report.generatedAt.slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": TYPES[q.format],
      "content-disposition": `attachment; filename="recoupe-discrepancies-${stamp}.${q.format}"`,
      "cache-control": "no-store",
    },
  });
});
