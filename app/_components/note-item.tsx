"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { NoteView } from "@/lib/notes/note-view";
import { updateNoteAction } from "../(app)/_actions/notes";
import { DeleteButton } from "./delete-button";
import { FormMessage } from "./field";
import { useFormAction } from "./use-form-action";
import { useFormats } from "./use-formats";

/** One note, which its readers with the right role may correct or delete. */
export function NoteItem({ note, canEdit, canDelete }: { note: NoteView; canEdit: boolean; canDelete: boolean }) {
  const t = useTranslations("common.notes");
  const format = useFormats();
  // The editor is open from the moment Edit is pressed until a save succeeds.
  const [openedAt, setOpenedAt] = useState<number | null>(null);
  const [overwrite, setOverwrite] = useState(0);
  // The version read when editing began; a refresh meanwhile must not move it.
  const [loadedVersion, setLoadedVersion] = useState(note.version);
  const { state, pending, onSubmit, action } = useFormAction(updateNoteAction);
  const savedVersion = state.status === "ok" ? ((state.data as { version: number } | undefined)?.version ?? 0) : 0;
  const saved = state.status === "ok" && openedAt !== null && (state.at ?? 0) > openedAt;
  const editing = openedAt !== null && !saved;
  const theirs =
    state.status === "conflict" ? (state.current as { body: string; version: number } | undefined) : undefined;

  return (
    <article className="note">
      {editing ? (
        <form action={action} onSubmit={onSubmit} noValidate>
          <input type="hidden" name="noteId" value={note.id} />
          <input type="hidden" name="version" value={Math.max(loadedVersion, savedVersion, overwrite)} />
          <FormMessage status={state.status} message={state.message} />
          {theirs && (
            <div className="conflict-box small">
              <strong>{t("theirs")}</strong> {theirs.body}{" "}
              <button type="button" onClick={() => setOverwrite(theirs.version)}>
                {t("keepMine")}
              </button>
            </div>
          )}
          <textarea name="body" defaultValue={note.body} aria-label={t("note")} rows={3} />
          {state.fieldErrors?.body && <p className="field-error">{state.fieldErrors.body[0]}</p>}
          <div className="actions">
            <button type="submit" disabled={pending}>
              {t("save")}
            </button>
            <button type="button" onClick={() => setOpenedAt(null)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : (
        note.body
      )}
      <div className="meta">
        {t("byline", { author: note.author, at: format.dateTime(note.createdAt) })}
        {!editing && canEdit && (
          <>
            {" · "}
            <button
              type="button"
              className="link small"
              onClick={() => {
                setLoadedVersion(note.version);
                setOpenedAt(Date.now());
              }}
            >
              {t("edit")}
            </button>
          </>
        )}
        {!editing && canDelete && <DeleteButton type="note" id={note.id} label={t("delete")} small />}
      </div>
    </article>
  );
}
