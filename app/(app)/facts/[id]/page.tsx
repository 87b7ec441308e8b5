import { diffWords } from "diff";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { cache } from "react";
import { getCurrentUser, requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { KIND_LABELS } from "@/lib/claims/value";
import { explainFact, explainPair, RELATION_LABELS } from "@/lib/discrepancies/explain";
import { factVerdict } from "@/lib/discrepancies/fact-verdict";
import { layoutNumberLine } from "@/lib/discrepancies/number-line";
import { getFact, type FactClaim } from "@/lib/facts/get-fact";
import { describeValue } from "@/lib/figures";
import { formatDay } from "@/lib/format";
import { DeleteButton } from "../../../_components/delete-button";
import { History } from "../../../_components/history";
import { NotesThread } from "../../../_components/notes-thread";
import { NumberLineChart } from "../../../_components/number-line";
import { FactStatusForm } from "./fact-status-form";

type Props = { params: Promise<{ id: string }> };

// One read per request, shared by the metadata and the page.
const loadFact = cache(getFact);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!(await getCurrentUser()) || !z.uuid().safeParse(id).success) return { title: "Fact" };
  const fact = await loadFact(id);
  return { title: fact?.label ?? "Fact not found" };
}

function Quote({ claim }: { claim: FactClaim }) {
  const { before, figure, after } = claim.context;
  return (
    <blockquote className="quote">
      {before}
      <mark>{figure}</mark>
      {after}
    </blockquote>
  );
}

/** Group claims by article: one column per article, in publication order. */
function byArticle(claims: FactClaim[]): FactClaim[][] {
  const groups = new Map<string, FactClaim[]>();
  for (const c of claims) groups.set(c.articleId, [...(groups.get(c.articleId) ?? []), c]);
  return [...groups.values()];
}

export default async function FactPage({ params }: Props) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const [user, fact] = await Promise.all([requirePageUser(), loadFact(id)]);
  if (!fact) notFound();
  const verdict = factVerdict(fact.claims);
  const line = layoutNumberLine(fact.claims.map((c) => ({ id: c.id, label: c.outlet, value: c.value })));
  const base = fact.claims[0];

  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted small">
            <Link href="/facts">Facts</Link> · {KIND_LABELS[fact.kind]} ·{" "}
            <span className={`status ${fact.status}`}>{fact.status}</span>
          </p>
          <h1>{fact.label}</h1>
        </div>
        <div className="actions">
          <span className={`verdict ${verdict.relation}`}>{RELATION_LABELS.en[verdict.relation]}</span>
          {can(user.role, "delete") && (
            <DeleteButton type="fact" id={fact.id} label="Delete fact" redirectTo="/facts" />
          )}
        </div>
      </div>

      <section className="card" aria-label="Classification">
        <p>{explainFact(verdict, "en")}</p>
        <details>
          <summary className="small">En français</summary>
          <p>{explainFact(verdict, "fr")}</p>
        </details>
        {line && (
          <NumberLineChart
            line={line}
            title={`The claims' values on one ${fact.kind.startsWith("date") ? "time" : "number"} line`}
          />
        )}
      </section>

      <h2 className="section-title">Side by side</h2>
      <div className="columns">
        {byArticle(fact.claims).map((group) => {
          const first = group[0] as FactClaim;
          return (
            <section key={first.articleId} className="card column" aria-label={first.outlet}>
              <h3>{first.outlet}</h3>
              <p className="small muted">
                {formatDay(first.publishedAt)} · <Link href={`/articles/${first.articleId}`}>{first.articleTitle}</Link>
              </p>
              {group.map((c) => (
                <div key={c.id} className="fact-claim">
                  <Quote claim={c} />
                  <p className="value-line">
                    <span className="figure">{c.figure}</span> → {describeValue(c.value, "en")}
                  </p>
                  <p className="small muted">
                    {c.attributedTo && <>Attributed to {c.attributedTo}. </>}
                    {c.asOf && <>As of {formatDay(c.asOf)}. </>}
                    <Link href={`/articles/${c.articleId}?claim=${c.id}`}>Show in the article</Link>
                  </p>
                  <NotesThread
                    notes={c.notes}
                    target={{ claimId: c.id }}
                    canAnnotate={can(user.role, "annotate")}
                    canDelete={can(user.role, "delete")}
                    label={`Notes on ${c.outlet}'s claim`}
                    compact
                  />
                </div>
              ))}
            </section>
          );
        })}
      </div>
      {fact.claims.length === 0 && (
        <p className="notice">No claims yet. Tag a passage in an article and choose this fact.</p>
      )}

      {verdict.pairs.length > 0 && (
        <>
          <h2 className="section-title">Claim by claim</h2>
          <table className="list">
            <tbody>
              {verdict.pairs.map((p) => (
                <tr key={`${p.a.id}-${p.b.id}`}>
                  <td>
                    <span className={`verdict ${p.relation}`}>{RELATION_LABELS.en[p.relation]}</span>
                  </td>
                  <td>{explainPair(p, "en")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {base && fact.claims.length > 1 && (
        <>
          <h2 className="section-title">Wording</h2>
          <div className="card diff small">
            {fact.claims.slice(1).map((c) => (
              <p key={c.id}>
                <strong>
                  {base.outlet} → {c.outlet}:
                </strong>{" "}
                {diffWords(base.quoteExact, c.quoteExact).map((part, k) =>
                  part.added ? (
                    <ins key={k}>{part.value}</ins>
                  ) : part.removed ? (
                    <del key={k}>{part.value}</del>
                  ) : (
                    <span key={k}>{part.value}</span>
                  ),
                )}
              </p>
            ))}
          </div>
        </>
      )}

      <div className="columns section-title">
        <section className="card" aria-label="Status">
          <h2>Status</h2>
          <FactStatusForm fact={fact} canResolve={can(user.role, "resolve")} />
          <History type="fact" id={fact.id} />
        </section>
        <section className="card" aria-label="Notes on the fact">
          <h2>Notes on the fact</h2>
          <NotesThread
            notes={fact.notes}
            target={{ factId: fact.id }}
            canAnnotate={can(user.role, "annotate")}
            canDelete={can(user.role, "delete")}
          />
        </section>
      </div>
    </>
  );
}
