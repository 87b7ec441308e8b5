import type { Report, ReportFact, ReportHeader } from "./report";

// Every format is written in three parts, so that a report can be sent while it
// is read: the head, the facts batch after batch, and a tail that may say how
// many facts there were. A writer may keep state between calls (JSON's commas);
// make one per report.

export type ReportWriter = {
  head(header: ReportHeader): string;
  facts(facts: ReportFact[]): string;
  tail(count: number): string;
};

/** A report held in memory, written whole (tests and small callers). */
export function renderReport(writer: ReportWriter, report: Report): string {
  const { facts, ...header } = report;
  return writer.head(header) + writer.facts(facts) + writer.tail(facts.length);
}
