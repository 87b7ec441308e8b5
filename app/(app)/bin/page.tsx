import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listDeletions } from "@/lib/bin/list-deletions";
import { formatDateTime } from "@/lib/format";
import { RestoreButton } from "./restore-button";

export const metadata: Metadata = { title: "Bin" };

export default async function BinPage() {
  const [user, entries] = await Promise.all([requirePageUser(), listDeletions()]);
  return (
    <>
      <div className="page-head">
        <h1>Bin</h1>
        <span className="muted small">
          Nothing deleted is destroyed: restore brings an item back with what went with it.
        </span>
      </div>
      {entries.length === 0 ? (
        <p className="notice">The bin is empty.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>Item</th>
              <th>With it</th>
              <th>Deleted</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const withIt = [
                e.entityType !== "claim" && e.claims > 0 ? `${e.claims} claim${e.claims === 1 ? "" : "s"}` : "",
                e.entityType !== "note" && e.notes > 0 ? `${e.notes} note${e.notes === 1 ? "" : "s"}` : "",
              ].filter(Boolean);
              return (
                <tr key={e.id}>
                  <td>
                    <span className="faint small">{e.entityType}</span> {e.label}
                  </td>
                  <td className="small">{withIt.join(", ") || "—"}</td>
                  <td className="small">
                    {e.deletedBy}, {formatDateTime(new Date(e.deletedAt))}
                  </td>
                  <td>{can(user.role, "restore") && <RestoreButton deletionId={e.id} label={e.label} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
