"use client";

import { useState } from "react";
import { formatDateTime } from "@/lib/format";

type Revision = {
  id: string;
  action: string;
  actor: string;
  at: string;
  changes: { field: string; before: unknown; after: unknown }[];
};

const show = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

/** Who changed what and when, loaded when the editor opens it. */
export function History({ type, id }: { type: "claim" | "fact" | "article" | "note"; id: string }) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    if (revisions) return;
    try {
      const response = await fetch(`/api/history?type=${type}&id=${id}`, { cache: "no-store" });
      const body = (await response.json()) as { revisions?: Revision[]; error?: string };
      if (!response.ok) throw new Error(body.error ?? "The history could not be loaded.");
      setRevisions(body.revisions ?? []);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <details className="history" onToggle={(e) => (e.currentTarget.open ? void load() : undefined)}>
      <summary>History</summary>
      {error && <p className="field-error">{error}</p>}
      {revisions === null && !error && <p className="faint">Loading…</p>}
      {revisions && (
        <ol>
          {revisions.map((r) => (
            <li key={r.id}>
              <strong>{r.action}</strong> by {r.actor}, {formatDateTime(new Date(r.at))}
              {r.changes.length > 0 && (
                <ul>
                  {r.changes.map((c) => (
                    <li key={c.field}>
                      <code>{c.field}</code>: {show(c.before)} → {show(c.after)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
