import { formatDay, formatLanguage, formatNumber, formatPercent } from "@/lib/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

// A history line says what changed in an editor's words: "Upper bound:
// 9 October 2020 → 10 October 2020", never "upper: 18544 → 18545". Each column
// an editor may care about has a label and a way to show its value; the rest is
// bookkeeping, hidden. lib/history/history-labels.db.test.ts checks that every
// column of the tables with a history is in one list or the other.

export type EntityType = "article" | "fact" | "claim" | "note";

type Show =
  | "text"
  | "day"
  | "bound"
  | "bool"
  | "offset"
  | "lines"
  | "language"
  | "ref"
  | { values: "kinds" | "status" | "formats" | "anchor" | "tally" };

export const COLUMNS: { [E in EntityType]: Record<string, Show> } = {
  article: {
    title: "text",
    url: "text",
    published_at: "day",
    language: "language",
    source_format: { values: "formats" },
    left_out: "lines",
    outlet_id: "ref",
    canonical_url: "text",
  },
  fact: {
    label: "text",
    kind: { values: "kinds" },
    counted_key: "text",
    status: { values: "status" },
    resolution_note: "text",
    tally: { values: "tally" },
    event_end: "day",
  },
  claim: {
    article_id: "ref",
    fact_id: "ref",
    quote_start: "offset",
    quote_end: "offset",
    quote_exact: "text",
    quote_prefix: "text",
    quote_suffix: "text",
    figure: "text",
    figure_start: "offset",
    figure_end: "offset",
    kind: { values: "kinds" },
    lower: "bound",
    lower_inclusive: "bool",
    upper: "bound",
    upper_inclusive: "bool",
    approximate: "bool",
    granularity: "bound",
    qualifier: "text",
    unit: "text",
    counted: "text",
    counted_key: "text",
    attributed_to: "text",
    as_of: "day",
    anchor_status: { values: "anchor" },
    figure_before: "text",
  },
  note: { body: "text", claim_id: "ref", fact_id: "ref" },
};

/** Columns that say nothing to an editor in a history line (the action says "sent to the bin"). */
export const HIDDEN_COLUMNS = new Set([
  "id",
  "created_at",
  "updated_at",
  "version",
  "search_vector",
  "raw_text",
  "text",
  "text_hash",
  "deletion_id",
  "deleted_at",
  "seed_key",
  "created_by_id",
  "author_id",
  // How well a re-anchored passage matched, and against which text version:
  // the anchor status says what an editor needs.
  "anchor_score",
  "anchor_version",
  // A fact's stored classification and counts: recomputed from its claims, never edited
  // (the history trigger leaves them out too).
  "verdict",
  "claim_count",
  "outlet_count",
  "claims_activity",
]);

export type Change = { field: string; label: string; before: string; after: string };

export type ChangeContext = {
  locale: UiLocale;
  /** The claim's kind of value, to show its bounds (days since 1970 for a date). */
  claimKind?: string | null;
  /** Names of the rows that id columns point to (outlet, article, fact, claim). */
  names?: ReadonlyMap<string, string>;
};

const DAY_MS = 86_400_000;
const epochDayToIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A column's name as words, for a column added after this list was written. */
const asWords = (column: string) => column.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());

export function describeChanges(
  entity: EntityType,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  context: ChangeContext,
): Change[] {
  const t = translator(context.locale, "history");
  const columns = COLUMNS[entity];
  const kind = (after.kind ?? before.kind ?? context.claimKind ?? "count") as string;

  const show = (column: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("values.none");
    const how = columns[column] ?? "text";
    if (typeof how === "object") {
      const key = `values.${how.values}.${String(value)}`;
      return t.has(key as never) ? t(key as never) : String(value);
    }
    switch (how) {
      case "day":
        return formatDay(String(value), context.locale);
      case "bool":
        return value ? t("values.yes") : t("values.no");
      case "offset":
        return t("values.character", { position: Number(value) });
      case "lines":
        return t("values.lines", { count: Array.isArray(value) ? value.length : 0 });
      case "language":
        return formatLanguage(String(value), context.locale);
      case "ref":
        return context.names?.get(String(value)) ?? t("values.removed");
      case "bound":
        return showBound(Number(value), column === "granularity");
      default:
        return typeof value === "string" ? value : JSON.stringify(value);
    }
  };

  const showBound = (value: number, step: boolean): string => {
    if (!Number.isFinite(value)) return String(value);
    if (kind === "date" || kind === "date_range") {
      return step ? t("values.days", { count: value }) : formatDay(epochDayToIso(value), context.locale);
    }
    if (kind === "duration") return t("values.days", { count: value });
    if (kind === "percentage") return formatPercent(value, context.locale);
    return formatNumber(value, context.locale);
  };

  /**
   * A list of lines (the lines left out at import) reads as what changed in it:
   * the lines that went on one side, the lines that came on the other, so that
   * a line put back into the text is named, not counted.
   */
  const showLines = (mine: unknown, theirs: unknown): string => {
    if (!Array.isArray(mine) || !Array.isArray(theirs)) return show("left_out", mine);
    const other = new Set(theirs.map(String));
    const own = mine.map(String).filter((line) => !other.has(line));
    return own.length > 0 ? own.map((line) => `« ${line} »`).join(" · ") : t("values.none");
  };

  return Object.keys({ ...before, ...after })
    .filter((column) => !HIDDEN_COLUMNS.has(column))
    .map((column) => {
      const key = `fields.${entity}.${column}`;
      const lines = columns[column] === "lines";
      return {
        field: column,
        label: t.has(key as never) ? t(key as never) : asWords(column),
        before: lines ? showLines(before[column], after[column]) : show(column, before[column]),
        after: lines ? showLines(after[column], before[column]) : show(column, after[column]),
      };
    });
}
