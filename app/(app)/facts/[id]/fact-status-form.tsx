"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { FactView } from "@/lib/facts/get-fact";
import { Field, FormMessage } from "../../../_components/field";
import { useFormAction } from "../../../_components/use-form-action";
import { updateFactAction } from "../../_actions/facts";

type Current = { label: string; status: string; resolutionNote: string | null; version: number };

/** Label, status and resolution note, saved against the version loaded. */
export function FactStatusForm({ fact, canResolve }: { fact: FactView; canResolve: boolean }) {
  const router = useRouter();
  const [version, setVersion] = useState(fact.version);
  const { state, pending, onSubmit, action } = useFormAction(updateFactAction);
  const errors = state.fieldErrors ?? {};
  const theirs = state.status === "conflict" ? (state.current as Current | undefined) : undefined;

  useEffect(() => {
    if (state.status === "ok" && state.data && typeof state.data === "object" && "version" in state.data) {
      setVersion((state.data as { version: number }).version);
      router.refresh();
    }
  }, [state, router]);

  if (!canResolve) {
    return (
      <p>
        {fact.status === "resolved" ? `Resolved: ${fact.resolutionNote ?? ""}` : "Open."}
      </p>
    );
  }
  return (
    <form action={action} onSubmit={onSubmit} noValidate>
      <input type="hidden" name="factId" value={fact.id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage status={state.status} message={state.status === "ok" ? "Saved." : state.message} />
      {theirs && (
        <div className="conflict-box small" role="alert">
          <p>
            <strong>Their version:</strong> «{theirs.label}», {theirs.status}
            {theirs.resolutionNote ? `: ${theirs.resolutionNote}` : ""}
          </p>
          <button type="button" onClick={() => setVersion(theirs.version)}>
            Keep my changes (save over theirs)
          </button>
        </div>
      )}
      <Field name="label" label="Fact" errors={errors}>
        <input id="label" name="label" type="text" defaultValue={fact.label} required aria-invalid={Boolean(errors.label)} />
      </Field>
      <Field name="status" label="Status" errors={errors}>
        <select id="status" name="status" defaultValue={fact.status}>
          <option value="open">Open</option>
          <option value="resolved">Resolved</option>
        </select>
      </Field>
      <Field name="resolutionNote" label="Resolution note" hint="required to resolve" errors={errors}>
        <textarea id="resolutionNote" name="resolutionNote" rows={3} defaultValue={fact.resolutionNote ?? ""} aria-invalid={Boolean(errors.resolutionNote)} />
      </Field>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}
