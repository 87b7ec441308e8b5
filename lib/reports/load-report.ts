import { claimValueFromColumns } from "@/lib/claims/to-value";
import { sql } from "@/lib/db/client";
import { isDiscrepancy } from "@/lib/discrepancies/classify";
import { factListWhere } from "@/lib/facts/list-facts-page";
import type { ListFilters } from "@/lib/facts/list-filters";
import { reportsTranslator } from "./report-messages";
import { buildReportFact, reportVerdict, valueWords, type FactInput, type ReportContext } from "./build-report";
import type { ReportFact, ReportNote } from "./report";

// The facts of a report, read in keyset batches (by label, then id): each batch
// is a page of facts, then their live claims and notes in one query each, with
// the batch's ids as a single array parameter. Memory holds one batch at a time,
// whatever the size of the workspace.

/** The list filters an export follows besides its status (lib/facts/list-filters.ts). */
export type ReportFilters = Omit<ListFilters, "status">;
export type ReportScope = {
  factIds?: string[];
  only: "discrepancies" | "all";
  status: "open" | "resolved" | "all";
  filters?: ReportFilters;
};

export const REPORT_BATCH = 200;
/** The first batch is smaller, so that the download starts at once. */
export const FIRST_BATCH = 25;
/** Report facts are built and handed on this many at a time (stream-report.ts writes them as one piece). */
const BUILT_AT_ONCE = 8;

type FactRow = {
  id: string;
  label: string;
  kind: string;
  status: string;
  resolution_note: string | null;
  tally: string | null;
  event_end: string | null;
};
type ClaimRow = {
  id: string;
  fact_id: string;
  article_id: string;
  outlet: string;
  title: string;
  url: string | null;
  published_at: string;
  quote_exact: string;
  figure: string;
  kind: string;
  lower: number | null;
  lower_inclusive: boolean;
  upper: number | null;
  upper_inclusive: boolean;
  approximate: boolean;
  granularity: number | null;
  qualifier: string | null;
  unit: string | null;
  counted: string | null;
  counted_key: string | null;
  attributed_to: string | null;
  as_of: string | null;
};
type NoteRow = {
  fact_id: string | null;
  claim_id: string | null;
  author: string | null;
  created_at: Date;
  body: string;
};

async function factPage(scope: ReportScope, after: { label: string; id: string } | null, limit: number) {
  const db = sql();
  // Only discrepancies: the facts whose stored verdict says so (kept current
  // with every write, as the discrepancy list reads them), so that the claims
  // of facts that agree are not read at all. Each is still classified below.
  // The list's own condition: an export holds what the filtered list shows.
  const onlyDiscrepancies = !scope.factIds && scope.only === "discrepancies";
  const where = factListWhere(db, onlyDiscrepancies ? "discrepancies" : "facts", {
    ...scope.filters,
    status: scope.status,
  });
  return db<FactRow[]>`
    SELECT f.id, f.label, f.kind, f.status, f.resolution_note, f.tally, to_char(f.event_end, 'YYYY-MM-DD') AS event_end
    FROM facts f
    WHERE ${where}
      ${scope.factIds ? db`AND f.id = ANY(${scope.factIds}::uuid[])` : db``}
      ${after ? db`AND (f.label, f.id) > (${after.label}, ${after.id}::uuid)` : db``}
    ORDER BY f.label, f.id
    LIMIT ${limit}`;
}

async function claimsOf(ids: string[]) {
  return sql()<ClaimRow[]>`
    SELECT c.id, c.fact_id, c.article_id, o.name AS outlet, a.title, a.url,
      to_char(a.published_at, 'YYYY-MM-DD') AS published_at, c.quote_exact, c.figure, c.kind,
      c.lower, c.lower_inclusive, c.upper, c.upper_inclusive, c.approximate, c.granularity,
      c.qualifier, c.unit, c.counted, c.counted_key, c.attributed_to, to_char(c.as_of, 'YYYY-MM-DD') AS as_of
    FROM claims c
    JOIN articles a ON a.id = c.article_id AND a.deleted_at IS NULL
    JOIN outlets o ON o.id = a.outlet_id
    WHERE c.fact_id = ANY(${ids}::uuid[]) AND c.deleted_at IS NULL
    ORDER BY a.published_at, c.quote_start, c.id`;
}

async function notesOf(factIds: string[], claimIds: string[]) {
  return sql()<NoteRow[]>`
    SELECT n.fact_id, n.claim_id, u.name AS author, n.created_at, n.body
    FROM notes n LEFT JOIN users u ON u.id = n.author_id
    WHERE n.deleted_at IS NULL AND (n.fact_id = ANY(${factIds}::uuid[]) OR n.claim_id = ANY(${claimIds}::uuid[]))
    ORDER BY n.created_at, n.id`;
}

function group<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** One batch of facts with their live claims and notes, as the report builds them. */
async function inputsOf(facts: FactRow[], formerUser: string): Promise<FactInput[]> {
  const ids = facts.map((f) => f.id);
  const claims = await claimsOf(ids);
  const notes = await notesOf(
    ids,
    claims.map((c) => c.id),
  );
  const toNote = (n: NoteRow): ReportNote => ({
    author: n.author ?? formerUser,
    createdAt: n.created_at.toISOString(),
    body: n.body,
  });
  const claimsByFact = group(claims, (c) => c.fact_id);
  const notesByFact = group(notes, (n) => n.fact_id);
  const notesByClaim = group(notes, (n) => n.claim_id);
  return facts.map((f) => ({
    id: f.id,
    label: f.label,
    kind: f.kind,
    status: f.status,
    resolutionNote: f.resolution_note,
    tally: f.tally === "running" || f.tally === "fixed" ? f.tally : null,
    eventEnd: f.event_end,
    notes: (notesByFact.get(f.id) ?? []).map(toNote),
    claims: (claimsByFact.get(f.id) ?? []).map((c) => ({
      id: c.id,
      articleId: c.article_id,
      outlet: c.outlet,
      articleTitle: c.title,
      articleUrl: c.url,
      publishedAt: c.published_at,
      quote: c.quote_exact,
      figure: c.figure,
      value: claimValueFromColumns(c),
      attributedTo: c.attributed_to,
      asOf: c.as_of,
      notes: (notesByClaim.get(c.id) ?? []).map(toNote),
    })),
  }));
}

/**
 * The report's facts, batch after batch, built in the report's language. A
 * chosen set is exported as chosen; otherwise, unless all facts are asked for,
 * only those whose claims disagree. Facts come a few at a time (never more than
 * the batch size); a page in which nothing disagreed gives one empty array. The
 * generator ends after the last page of facts.
 */
export async function* reportBatches(
  scope: ReportScope,
  context: ReportContext,
  batchSize = REPORT_BATCH,
): AsyncGenerator<ReportFact[]> {
  const formerUser = reportsTranslator(context.locale)("formerUser");
  const built = { ...context, describe: context.describe ?? valueWords(context.locale) };
  const keepAll = scope.factIds !== undefined || scope.only === "all";
  const load = async (after: { label: string; id: string } | null) => {
    const size = after ? batchSize : Math.min(batchSize, FIRST_BATCH);
    const page = await factPage(scope, after, size);
    return { page, size, inputs: page.length > 0 ? await inputsOf(page, formerUser) : [] };
  };
  let next = load(null);
  for (;;) {
    const { page, size, inputs } = await next;
    const last = page[page.length - 1];
    const more = page.length === size && last !== undefined;
    // The next batch is read while this one is classified and written.
    if (more) {
      next = load({ label: last.label, id: last.id });
      next.catch(() => undefined); // a reader that stops early never awaits it
    }
    // Built a few at a time, as they are written: a report fact (its claims'
    // values in words, links, explanation) lives only until its piece is sent.
    let batch: ReportFact[] = [];
    let yielded = false;
    for (const input of inputs) {
      const verdict = reportVerdict(input);
      if (keepAll || isDiscrepancy(verdict)) batch.push(buildReportFact(input, built, verdict));
      if (batch.length >= BUILT_AT_ONCE) {
        yield batch;
        batch = [];
        yielded = true;
      }
    }
    if (batch.length > 0 || (page.length > 0 && !yielded)) yield batch;
    if (!more) return;
  }
}

/** Every fact of a report in one array: for tests and small sets only. */
export async function loadReportFacts(
  scope: ReportScope,
  context: ReportContext = { baseUrl: "http://localhost", locale: "en" },
): Promise<ReportFact[]> {
  const out: ReportFact[] = [];
  for await (const batch of reportBatches(scope, context)) out.push(...batch);
  return out;
}
