import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, WORKSPACE_EXTENSION } from "@/lib/workspace/file-format";
import { findWorkspaceData } from "@/lib/workspace/import-workspace";
import { RestoreForm } from "./restore-form";

export const metadata: Metadata = { title: "Backup" };

export default async function WorkspacePage() {
  const user = await requirePageUser();
  if (!can(user.role, "backup")) notFound();
  const present = await findWorkspaceData();
  return (
    <>
      <div className="page-head">
        <h1>Backup and restore</h1>
      </div>

      <section className="card narrow" aria-labelledby="backup-title">
        <h2 id="backup-title" className="section-title">
          Download a backup
        </h2>
        <p>
          One file ({WORKSPACE_EXTENSION}) holds the whole workspace as it is at this moment: articles, facts, claims,
          notes, suggestions, the bin, the full history, and the users with their roles. It holds no passwords and no
          sessions, so users restored from it cannot sign in until an administrator sets them a password under Users.
        </p>
        <p>
          <a className="button primary" href="/api/workspace" download>
            Download a backup
          </a>
        </p>
      </section>

      <section className="card narrow" aria-labelledby="restore-title">
        <h2 id="restore-title" className="section-title">
          Restore into this (empty) workspace
        </h2>
        <p className="small muted">
          A restore only goes into a workspace with no articles, facts, claims, notes or history yet, and either loads
          all of the file or nothing. People who already have an account here (same email) keep it and get their work
          back.
        </p>
        <RestoreForm maxBytes={MAX_UPLOAD_BYTES} maxLabel={MAX_UPLOAD_LABEL} present={present} />
      </section>
    </>
  );
}
