"use client";

import { useTranslations } from "next-intl";
import { deleteItemAction } from "../(app)/_actions/bin";
import { useFormAction } from "./use-form-action";

/** Sends an item to the bin (from where it can be restored). */
export function DeleteButton({
  type,
  id,
  label,
  confirmClaims,
  redirectTo,
  small = false,
}: {
  type: "article" | "fact" | "claim" | "note";
  id: string;
  label: string;
  confirmClaims?: number;
  redirectTo?: string;
  /** Inline, as a link-like button (in a note's byline). */
  small?: boolean;
}) {
  const t = useTranslations("common.delete");
  const { state, pending, onSubmit, action } = useFormAction(deleteItemAction);
  return (
    <form action={action} onSubmit={onSubmit} className={small ? "inline" : undefined}>
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="id" value={id} />
      {confirmClaims !== undefined && <input type="hidden" name="confirmClaims" value={confirmClaims} />}
      {redirectTo && <input type="hidden" name="redirectTo" value={redirectTo} />}
      <button type="submit" className={small ? "link danger small" : "danger"} disabled={pending}>
        {pending ? t("deleting") : label}
      </button>
      {state.status !== "idle" && state.status !== "ok" && state.message && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
