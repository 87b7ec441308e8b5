"use client";

import Link from "next/link";
import type { ReaderClaim } from "@/lib/articles/get-article";
import { describeValue } from "@/lib/figures";
import { History } from "../../../_components/history";
import { NotesThread } from "../../../_components/notes-thread";
import { DeleteButton } from "../../../_components/delete-button";

type Props = {
  claims: ReaderClaim[];
  activeId: string | null;
  onActivate: (id: string) => void;
  onEdit: (claim: ReaderClaim) => void;
  permissions: { tag: boolean; annotate: boolean; delete: boolean };
};

export function ClaimList({ claims, activeId, onActivate, onEdit, permissions }: Props) {
  return (
    <section className="panel" aria-label="Claims in this article">
      <h2>
        Claims <span className="faint small">{claims.length}</span>
      </h2>
      {claims.length === 0 && <p className="faint small">No claims yet. Select a passage in the text to tag one.</p>}
      {claims.map((c) => {
        const active = c.id === activeId;
        return (
          <div key={c.id} id={`claim-${c.id}`} className={`claim-item${active ? " active" : ""}`}>
            <button type="button" className="link" onClick={() => onActivate(c.id)} aria-expanded={active}>
              <span className="figure">{c.figure}</span>
            </button>{" "}
            <span className="small">{describeValue(c.value, "en")}</span>
            <div className="small">
              {c.fact ? (
                <Link href={`/facts/${c.fact.id}`}>{c.fact.label}</Link>
              ) : (
                <span className="faint">No fact yet</span>
              )}
              {c.notes.length > 0 && (
                <span className="faint">
                  {" "}
                  · {c.notes.length} note{c.notes.length > 1 ? "s" : ""}
                </span>
              )}
            </div>
            {active && (
              <>
                {c.attributedTo && <p className="small muted">Attributed to {c.attributedTo}</p>}
                {c.asOf && <p className="small muted">As of {c.asOf}</p>}
                <p className="small faint">Tagged by {c.author}</p>
                <div className="actions">
                  {permissions.tag && (
                    <button type="button" onClick={() => onEdit(c)}>
                      Edit
                    </button>
                  )}
                  {permissions.delete && <DeleteButton type="claim" id={c.id} label="Delete claim" />}
                </div>
                <NotesThread
                  notes={c.notes}
                  target={{ claimId: c.id }}
                  canAnnotate={permissions.annotate}
                  canDelete={permissions.delete}
                />
                <History type="claim" id={c.id} />
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
