import { stringify } from "csv-stringify/sync";
import { fromEpochDay } from "@/lib/figures";
import type { UiLocale } from "@/lib/i18n/locales";
import { reportMessage, reportsTranslator } from "./report-messages";
import type { ReportFact, ReportNote } from "./report";
import type { ReportWriter } from "./report-writer";

// One row per claim, for a spreadsheet: UTF-8 with a byte order mark (so Excel
// reads accents right), CRLF line ends, every field quoted when needed.
// Spreadsheets execute cells that start with = + - @ (or a tab or carriage
// return, even after spaces): such text cells get a leading apostrophe.
//
// Two dialects. "standard": RFC 4180, `,` between fields, `.` in numbers, ISO
// dates. "excel-fr": what Excel set to French opens right with a double click:
// `;` between fields, decimal commas, days as dd/mm/yyyy, VRAI/FAUX.

export type CsvDialect = "standard" | "excel-fr";

const DANGEROUS = /^[\s]*[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return DANGEROUS.test(value) ? `'${value}` : value;
}

export const CSV_COLUMNS = [
  "factId",
  "fact",
  "factStatus",
  "classification",
  "explanation",
  "resolutionNote",
  "outlet",
  "articleTitle",
  "publishedAt",
  "articleUrl",
  "quote",
  "figure",
  "value",
  "kind",
  "lower",
  "lowerInclusive",
  "upper",
  "upperInclusive",
  "approximate",
  "unit",
  "counted",
  "attributedTo",
  "asOf",
  "claimNotes",
  "factNotes",
  "link",
] as const;

type Cell = string | number | boolean | null;
/** A calendar day (the first ten characters of an ISO date or time) as the dialect writes it. */
type Day = (iso: string) => string;

const isoDay: Day = (iso) => iso.slice(0, 10);
const frenchDay: Day = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function rowsOf(fact: ReportFact, joinNotes: (notes: ReportNote[]) => string, day: Day): Cell[][] {
  const claims = fact.claims.length > 0 ? fact.claims : [null];
  const asDay = (iso: string | null | undefined) => (iso ? day(iso) : null);
  return claims.map((c) => {
    const v = c?.value;
    const dated = v !== undefined && (v.kind === "date" || v.kind === "date_range");
    const bound = (n: number | null | undefined) =>
      n === null || n === undefined ? null : dated ? day(fromEpochDay(n)) : n;
    return [
      fact.id,
      fact.label,
      fact.statusLabel,
      fact.classificationLabel,
      fact.explanation,
      fact.resolutionNote,
      c?.outlet ?? null,
      c?.articleTitle ?? null,
      asDay(c?.publishedAt),
      c?.articleUrl ?? null,
      c?.quote ?? null,
      c?.figure ?? null,
      c?.valueText ?? null,
      fact.kindLabel,
      bound(v?.lower),
      v ? v.lowerInclusive : null,
      bound(v?.upper),
      v ? v.upperInclusive : null,
      v ? v.approximate : null,
      v?.unit ?? null,
      v?.counted ?? null,
      c?.attributedTo ?? null,
      asDay(c?.asOf),
      c ? joinNotes(c.notes) : null,
      joinNotes(fact.notes),
      c?.link ?? fact.link,
    ];
  });
}

export function csvWriter(locale: UiLocale, dialect: CsvDialect = "standard"): ReportWriter {
  const t = reportsTranslator(locale);
  const fr = dialect === "excel-fr";
  // Days are written as text here rather than as Dates cast by csv-stringify:
  // the same text, without two Dates a claim (Next.js wraps the Date constructor).
  const day = fr ? frenchDay : isoDay;
  const note = reportMessage(locale, "csv.note");
  const [yes, no] = [t("csv.true"), t("csv.false")];
  const joinNotes = (notes: ReportNote[]) =>
    notes.map((n) => note({ author: n.author, date: day(n.createdAt), body: n.body })).join("\n");
  const options = {
    delimiter: fr ? ";" : ",",
    record_delimiter: "windows" as const,
    cast: {
      boolean: (b: boolean) => (b ? yes : no),
      number: (n: number) => (fr ? String(n).replace(".", ",") : String(n)),
    },
  };
  // Only text can hold a formula: numbers are written by the dialect after this
  // (and a day, digits first, never starts like one).
  const safe = (row: Cell[]) => row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell));
  return {
    head: () => `\ufeff${stringify([CSV_COLUMNS.map((k) => t(`csv.columns.${k}`))], options)}`,
    facts: (facts) =>
      facts.length === 0
        ? ""
        : stringify(
            facts.flatMap((f) => rowsOf(f, joinNotes, day).map(safe)),
            options,
          ),
    tail: () => "",
  };
}
