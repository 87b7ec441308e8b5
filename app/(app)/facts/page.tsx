import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { KIND_LABELS } from "@/lib/claims/value";
import { RELATION_LABELS } from "@/lib/discrepancies/explain";
import { listFacts } from "@/lib/facts/list-facts";
import { NewFactForm } from "./new-fact-form";

export const metadata: Metadata = { title: "Facts" };

export default async function FactsPage() {
  const [user, facts] = await Promise.all([requirePageUser(), listFacts()]);
  return (
    <>
      <div className="page-head">
        <h1>Facts</h1>
        <span className="muted small">{facts.length} facts, most recently active first</span>
      </div>
      {can(user.role, "tag") && <NewFactForm />}
      <table className="list">
        <thead>
          <tr>
            <th>Fact</th>
            <th>Kind</th>
            <th>Claims</th>
            <th>Classification</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((f) => (
            <tr key={f.id}>
              <td>
                <Link href={`/facts/${f.id}`}>{f.label}</Link>
              </td>
              <td className="small">{KIND_LABELS[f.kind]}</td>
              <td className="small">
                {f.claims.map((c) => (
                  <span key={c.id} className="claim-chip">
                    {c.outlet}: <strong>{c.figure}</strong>
                  </span>
                ))}
              </td>
              <td>
                <span className={`verdict ${f.verdict.relation}`}>{RELATION_LABELS.en[f.verdict.relation]}</span>
              </td>
              <td>
                <span className={`status ${f.status}`}>{f.status}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
