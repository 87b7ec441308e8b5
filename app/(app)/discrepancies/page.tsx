import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { describeValue } from "@/lib/figures";
import { explainFact, RELATION_LABELS } from "@/lib/discrepancies/explain";
import { isDiscrepancy } from "@/lib/discrepancies/classify";
import { factFilterSchema } from "@/lib/facts/schema";
import { listFacts } from "@/lib/facts/list-facts";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Discrepancies" };

const FILTERS = [
  { value: "open", label: "Open" },
  { value: "resolved", label: "Resolved" },
  { value: "all", label: "All" },
] as const;

export default async function DiscrepanciesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { status } = factFilterSchema.parse(await searchParams);
  await requirePageUser();
  const facts = (await listFacts({ status })).filter((f) => isDiscrepancy(f.verdict));
  return (
    <>
      <div className="page-head">
        <h1>Discrepancies</h1>
        <nav className="row filters" aria-label="Filter by status">
          {FILTERS.map((f) => (
            <Link
              key={f.value}
              href={`/discrepancies?status=${f.value}`}
              aria-current={status === f.value ? "page" : undefined}
              className="button"
            >
              {f.label}
            </Link>
          ))}
        </nav>
      </div>
      <form method="get" action="/api/reports" className="card">
        <p className="muted small">
          Facts whose claims disagree, most recently active first. Tick facts to export only those, or export them all.
        </p>
        {facts.length === 0 && <p className="notice">No {status === "all" ? "" : status} discrepancies.</p>}
        {facts.map((f) => (
          <article key={f.id} className="discrepancy">
            <label className="checkbox">
              <input type="checkbox" name="facts" value={f.id} aria-label={`Select ${f.label}`} />
              <Link href={`/facts/${f.id}`}>{f.label}</Link>
              <span className={`verdict ${f.verdict.relation}`}>{RELATION_LABELS.en[f.verdict.relation]}</span>
              <span className={`status ${f.status}`}>{f.status}</span>
            </label>
            <p className="small">
              {f.claims.map((c) => (
                <span key={c.id} className="claim-chip">
                  {c.outlet}: <strong>{c.figure}</strong>{" "}
                  <span className="faint">· {describeValue(c.value, "en")}</span>
                </span>
              ))}
            </p>
            <p className="small muted">{explainFact(f.verdict, "en")}</p>
            <p className="small faint">Last activity {formatDateTime(new Date(f.lastActivity))}</p>
          </article>
        ))}
        <input type="hidden" name="scope" value="discrepancies" />
        <input type="hidden" name="status" value={status} />
        <div className="actions">
          <span>Export as</span>
          <button type="submit" name="format" value="md">
            Markdown
          </button>
          <button type="submit" name="format" value="csv">
            CSV
          </button>
          <button type="submit" name="format" value="json">
            JSON
          </button>
        </div>
      </form>
    </>
  );
}
