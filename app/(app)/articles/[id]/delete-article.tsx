"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { DeleteButton } from "../../../_components/delete-button";

/** Deleting an article asks first, saying how many claims go with it. */
export function DeleteArticle({ articleId, claims }: { articleId: string; claims: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const t = useTranslations("articles.delete");
  return (
    <>
      <button type="button" className="danger" onClick={() => dialog.current?.showModal()}>
        {t("open")}
      </button>
      <dialog ref={dialog} aria-labelledby="delete-article-title">
        <h2 id="delete-article-title">{t("title")}</h2>
        <p>
          {t("claims", { count: claims })} {t("restore")}
        </p>
        <div className="actions">
          <DeleteButton
            type="article"
            id={articleId}
            label={t("confirm", { count: claims })}
            confirmClaims={claims}
            redirectTo="/articles"
          />
          <button type="button" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
        </div>
      </dialog>
    </>
  );
}
