"use client";

import { useRef } from "react";
import { DeleteButton } from "../../../_components/delete-button";

/** Deleting an article asks first, saying how many claims go with it. */
export function DeleteArticle({ articleId, claims }: { articleId: string; claims: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="danger" onClick={() => dialog.current?.showModal()}>
        Delete article
      </button>
      <dialog ref={dialog} aria-labelledby="delete-article-title">
        <h2 id="delete-article-title">Delete this article?</h2>
        <p>
          {claims === 0
            ? "It has no claims."
            : `Its ${claims} claim${claims === 1 ? "" : "s"} and their notes go to the bin with it.`}{" "}
          You can restore everything from the bin.
        </p>
        <div className="actions">
          <DeleteButton
            type="article"
            id={articleId}
            label={claims > 0 ? `Delete article and ${claims} claim${claims === 1 ? "" : "s"}` : "Delete article"}
            confirmClaims={claims}
            redirectTo="/articles"
          />
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
