"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ImportResult } from "@/lib/workspace/import-workspace";
import { Field, FormMessage } from "../../../_components/field";

type State =
  { status: "idle" | "pending" } | { status: "error"; message: string } | { status: "ok"; result: ImportResult };

const LABELS: Record<string, string> = {
  users: "users",
  outlets: "outlets",
  deletions: "deletions (the bin)",
  articles: "articles",
  facts: "facts",
  claims: "claims",
  notes: "notes",
  suggestions: "suggestions",
  revisions: "history entries",
};

/** Sends the file itself as the request body, so the server reads it as it arrives. */
async function upload(file: File): Promise<State> {
  try {
    const response = await fetch("/api/workspace", {
      method: "POST",
      body: file,
      headers: { "content-type": "application/gzip" },
    });
    const body = (await response.json().catch(() => null)) as (ImportResult & { error?: string }) | null;
    if (response.ok && body) return { status: "ok", result: body };
    return {
      status: "error",
      message: body?.error ?? `The restore failed (HTTP ${response.status}). Nothing was imported.`,
    };
  } catch {
    return { status: "error", message: "The file did not reach the server. Check the connection and try again." };
  }
}

export function RestoreForm({
  maxBytes,
  maxLabel,
  present,
}: {
  maxBytes: number;
  maxLabel: string;
  present: string[];
}) {
  const router = useRouter();
  const [state, setState] = useState<State>({ status: "idle" });
  const pending = state.status === "pending";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setState({ status: "error", message: "Choose a workspace file to restore." });
      return;
    }
    if (file.size > maxBytes) {
      setState({
        status: "error",
        message: `This file is larger than ${maxLabel}, the most the web upload takes. Restore it with the command line: npx tsx lib/workspace/cli.ts import <file>.`,
      });
      return;
    }
    setState({ status: "pending" });
    const next = await upload(file);
    setState(next);
    if (next.status === "ok") router.refresh();
  }

  const result = state.status === "ok" ? state.result : null;
  return (
    <form onSubmit={onSubmit} noValidate>
      {state.status === "error" && <FormMessage status="error" message={state.message} />}
      {result && (
        <>
          <FormMessage status="ok" message="The workspace was restored." />
          <table className="list">
            <tbody>
              {Object.entries(result.rows).map(([table, count]) => (
                <tr key={table}>
                  <td>{LABELS[table] ?? table}</td>
                  <td className="num">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.usersMatched > 0 && (
            <p className="small">{result.usersMatched} user(s) already had an account here and got their work back.</p>
          )}
          {result.usersWithoutPassword > 0 && (
            <p className="notice warn">
              {result.usersWithoutPassword} user(s) cannot sign in yet: set a password for each under{" "}
              <Link href="/admin/users">Users</Link>.
            </p>
          )}
        </>
      )}
      {!result && present.length > 0 && (
        <p className="notice warn">
          This workspace already has {present.join(", ")}, so a restore would be refused. Restore into a new Recoupe
          started with RECOUPE_SEED=0, so that it does not load the demo articles.
        </p>
      )}
      <Field name="file" label="Workspace file" hint={`.recoupe.ndjson.gz, up to ${maxLabel}`}>
        <input id="file" name="file" type="file" accept=".gz,application/gzip" disabled={pending} />
      </Field>
      <button type="submit" className="primary" disabled={pending || present.length > 0}>
        {pending ? "Restoring…" : "Restore"}
      </button>
    </form>
  );
}
