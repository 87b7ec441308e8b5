import { fromEpochDay } from "@/lib/figures";
import type { Report } from "./report";

/** The report as JSON, dates as ISO strings rather than day numbers. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(
    {
      ...report,
      facts: report.facts.map((f) => ({
        ...f,
        claims: f.claims.map((c) => {
          const dated = c.value.kind === "date" || c.value.kind === "date_range";
          const iso = (n: number | null) => (n === null ? null : dated ? fromEpochDay(n) : n);
          return { ...c, value: { ...c.value, lower: iso(c.value.lower), upper: iso(c.value.upper) } };
        }),
      })),
    },
    null,
    2,
  )}\n`;
}
