import { stringify } from "csv-stringify/sync";
import { fromEpochDay } from "@/lib/figures";
import type { Report, ReportNote } from "./report";

// One row per claim, for a spreadsheet: UTF-8 with a byte order mark (so Excel
// reads accents right), CRLF line ends, every field quoted when needed.
// Spreadsheets execute cells that start with = + - @ (or a tab or carriage
// return, even after spaces): such text cells get a leading apostrophe.

const DANGEROUS = /^[\s]*[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return DANGEROUS.test(value) ? `'${value}` : value;
}

const joinNotes = (notes: ReportNote[]) =>
  notes.map((n) => `${n.author} (${n.createdAt.slice(0, 10)}): ${n.body}`).join("\n");

const COLUMNS = [
  "fact_id",
  "fact",
  "fact_status",
  "classification",
  "explanation",
  "resolution_note",
  "outlet",
  "article_title",
  "published_at",
  "article_url",
  "quote",
  "figure",
  "value",
  "kind",
  "lower",
  "lower_inclusive",
  "upper",
  "upper_inclusive",
  "approximate",
  "unit",
  "counted",
  "attributed_to",
  "as_of",
  "claim_notes",
  "fact_notes",
  "link",
];

export function renderCsv(report: Report): string {
  const rows: (string | number | boolean | null)[][] = [];
  for (const fact of report.facts) {
    const claims = fact.claims.length > 0 ? fact.claims : [null];
    for (const c of claims) {
      const v = c?.value;
      const bound = (n: number | null | undefined) =>
        n === null || n === undefined
          ? null
          : v && (v.kind === "date" || v.kind === "date_range")
            ? fromEpochDay(n)
            : n;
      rows.push([
        fact.id,
        fact.label,
        fact.status,
        fact.classificationLabel,
        fact.explanation,
        fact.resolutionNote,
        c?.outlet ?? null,
        c?.articleTitle ?? null,
        c?.publishedAt ?? null,
        c?.articleUrl ?? null,
        c?.quote ?? null,
        c?.figure ?? null,
        c?.valueText ?? null,
        v?.kind ?? fact.kind,
        bound(v?.lower),
        v ? v.lowerInclusive : null,
        bound(v?.upper),
        v ? v.upperInclusive : null,
        v ? v.approximate : null,
        v?.unit ?? null,
        v?.counted ?? null,
        c?.attributedTo ?? null,
        c?.asOf ?? null,
        c ? joinNotes(c.notes) : null,
        joinNotes(fact.notes),
        c?.link ?? fact.link,
      ]);
    }
  }
  const safe = rows.map((row) => row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell)));
  return `\ufeff${stringify([COLUMNS, ...safe], { record_delimiter: "windows", cast: { boolean: (b) => (b ? "true" : "false") } })}`;
}
