"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { NoteView } from "@/lib/notes/note-view";
import { MAX_NOTE_LENGTH } from "@/lib/notes/schema";
import { addNoteAction } from "../(app)/_actions/notes";
import { FormMessage } from "./field";
import { NoteItem } from "./note-item";
import { useFormAction } from "./use-form-action";

/** The notes on one claim or fact, oldest first, with a form to add one. */
export function NotesThread({
  notes,
  target,
  canAnnotate,
  canDelete = false,
  label,
  compact = false,
}: {
  notes: NoteView[];
  target: { claimId: string } | { factId: string };
  canAnnotate: boolean;
  canDelete?: boolean;
  label?: string;
  /** Keep the form folded away until asked for (several threads on one page). */
  compact?: boolean;
}) {
  const t = useTranslations("common.notes");
  const { state, pending, onSubmit, action } = useFormAction(addNoteAction);
  const form = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors ?? {};
  const targetId = "claimId" in target ? target.claimId : target.factId;

  // Clear the box once the note is saved (and only then: a failed save keeps it).
  useEffect(() => {
    if (state.status === "ok") form.current?.reset();
  }, [state]);

  const noteForm = canAnnotate ? (
    <form ref={form} action={action} onSubmit={onSubmit} noValidate>
      <input type="hidden" name={"claimId" in target ? "claimId" : "factId"} value={targetId} />
      <FormMessage
        status={state.status === "ok" ? "idle" : state.status}
        message={state.status === "ok" ? undefined : state.message}
      />
      <label htmlFor={`note-${targetId}`} className="small">
        {t("add")}
      </label>
      <textarea
        id={`note-${targetId}`}
        name="body"
        rows={3}
        maxLength={MAX_NOTE_LENGTH * 2}
        aria-invalid={Boolean(errors.body)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) e.currentTarget.form?.requestSubmit();
        }}
      />
      {errors.body && <p className="field-error">{errors.body[0]}</p>}
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("submit")}
        </button>
        <span className="faint small">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </span>
      </div>
    </form>
  ) : null;

  return (
    <section className="notes" aria-label={label ?? t("label")}>
      {notes.length === 0 && <p className="faint small">{t("none")}</p>}
      {notes.map((n) => (
        <NoteItem key={n.id} note={n} canEdit={canAnnotate} canDelete={canDelete} />
      ))}
      {noteForm && compact ? (
        <details className="add-note" open={state.status === "error" || undefined}>
          <summary>{t("add")}</summary>
          {noteForm}
        </details>
      ) : (
        noteForm
      )}
    </section>
  );
}
