"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FactView } from "@/lib/facts/get-fact";
import { Field, FormMessage } from "../../../_components/field";
import { useFormAction } from "../../../_components/use-form-action";
import { updateFactAction } from "../../_actions/facts";

type Current = { label: string; status: string; resolutionNote: string | null; version: number };

/** Label, status and resolution note, saved against the version loaded. */
export function FactStatusForm({ fact, canResolve }: { fact: FactView; canResolve: boolean }) {
  // The version this form saves against: the one read when the form appeared
  // (not a newer one a refresh brings in under what the editor is typing), the
  // one this form just saved, or theirs once the editor chose to overwrite it.
  const t = useTranslations("factPage.statusForm");
  const [loaded] = useState(fact.version);
  const [overwrite, setOverwrite] = useState(0);
  const { state, pending, onSubmit, action } = useFormAction(updateFactAction);
  const saved = state.status === "ok" ? (state.data as { version: number } | undefined)?.version : undefined;
  const version = Math.max(loaded, saved ?? 0, overwrite);
  const errors = state.fieldErrors ?? {};
  const theirs = state.status === "conflict" ? (state.current as Current | undefined) : undefined;

  if (!canResolve) {
    return <p>{fact.status === "resolved" ? t("readResolved", { note: fact.resolutionNote ?? "" }) : t("readOpen")}</p>;
  }
  return (
    <form action={action} onSubmit={onSubmit} noValidate>
      <input type="hidden" name="factId" value={fact.id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage status={state.status} message={state.status === "ok" ? t("saved") : state.message} />
      {theirs && (
        <div className="conflict-box small" role="alert">
          <p>
            <strong>{t("theirVersion")}</strong> «{theirs.label}», {theirs.status}
            {theirs.resolutionNote ? `: ${theirs.resolutionNote}` : ""}
          </p>
          <button type="button" onClick={() => setOverwrite(theirs.version)}>
            {t("keepMine")}
          </button>
        </div>
      )}
      <Field name="label" label={t("fact")} errors={errors}>
        <input
          id="label"
          name="label"
          type="text"
          defaultValue={fact.label}
          required
          aria-invalid={Boolean(errors.label)}
        />
      </Field>
      <Field name="status" label={t("status")} errors={errors}>
        <select id="status" name="status" defaultValue={fact.status}>
          <option value="open">{t("open")}</option>
          <option value="resolved">{t("resolved")}</option>
        </select>
      </Field>
      <Field name="resolutionNote" label={t("resolutionNote")} hint={t("resolutionHint")} errors={errors}>
        <textarea
          id="resolutionNote"
          name="resolutionNote"
          rows={3}
          defaultValue={fact.resolutionNote ?? ""}
          aria-invalid={Boolean(errors.resolutionNote)}
        />
      </Field>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
