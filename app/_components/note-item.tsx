"use client";

import { useState } from "react";
import type { NoteView } from "@/lib/notes/note-view";
import { formatDateTime } from "@/lib/format";
import { updateNoteAction } from "../(app)/_actions/notes";
import { DeleteButton } from "./delete-button";
import { FormMessage } from "./field";
import { useFormAction } from "./use-form-action";

/** One note, which its readers with the right role may correct or delete. */
export function NoteItem({ note, canEdit, canDelete }: { note: NoteView; canEdit: boolean; canDelete: boolean }) {
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
              <strong>Their text:</strong> {theirs.body}{" "}
              <button type="button" onClick={() => setOverwrite(theirs.version)}>
                Keep mine (save over theirs)
              </button>
            </div>
          )}
          <textarea name="body" defaultValue={note.body} aria-label="Note" rows={3} />
          {state.fieldErrors?.body && <p className="field-error">{state.fieldErrors.body[0]}</p>}
          <div className="actions">
            <button type="submit" disabled={pending}>
              Save
            </button>
            <button type="button" onClick={() => setOpenedAt(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        note.body
      )}
      <div className="meta">
        {note.author} · {formatDateTime(new Date(note.createdAt))}
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
              Edit
            </button>
          </>
        )}
        {!editing && canDelete && <DeleteButton type="note" id={note.id} label="Delete" small />}
      </div>
    </article>
  );
}
