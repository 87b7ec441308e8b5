import type { UiLocale } from "@/lib/i18n/locales";
import { reportsTranslator } from "./report-messages";
import { csvWriter } from "./render-csv";
import { jsonWriter } from "./render-json";
import { markdownWriter } from "./render-markdown";
import type { ReportWriter } from "./report-writer";

// The formats a report can be downloaded in: the `format` query parameter of
// /api/reports, its file, and the name to offer it under (catalog "reports").

export const REPORT_FORMATS = ["md", "csv", "csv-fr", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const FILES: Record<ReportFormat, { extension: string; contentType: string; suffix: string }> = {
  md: { extension: "md", contentType: "text/markdown; charset=utf-8", suffix: "" },
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8", suffix: "" },
  "csv-fr": { extension: "csv", contentType: "text/csv; charset=utf-8", suffix: "-excel-fr" },
  json: { extension: "json", contentType: "application/json; charset=utf-8", suffix: "" },
};

const LABEL_KEYS = { md: "md", csv: "csv", "csv-fr": "csvFr", json: "json" } as const;

/** Each format with its label in the given language, in the order to offer them. */
export function reportFormatChoices(locale: UiLocale): { format: ReportFormat; label: string }[] {
  const t = reportsTranslator(locale);
  return REPORT_FORMATS.map((format) => ({ format, label: t(`formats.${LABEL_KEYS[format]}`) }));
}

export function reportFile(format: ReportFormat, day: string) {
  const f = FILES[format];
  return { contentType: f.contentType, filename: `recoupe-discrepancies-${day}${f.suffix}.${f.extension}` };
}

export function reportWriter(format: ReportFormat, locale: UiLocale): ReportWriter {
  switch (format) {
    case "md":
      return markdownWriter(locale);
    case "csv":
      return csvWriter(locale, "standard");
    case "csv-fr":
      return csvWriter(locale, "excel-fr");
    case "json":
      return jsonWriter();
  }
}
