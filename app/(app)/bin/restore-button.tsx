"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "../../_components/use-form-action";
import { restoreAction } from "../_actions/bin";

export function RestoreButton({ deletionId, label }: { deletionId: string; label: string }) {
  const t = useTranslations("bin");
  const { state, pending, onSubmit, action } = useFormAction(restoreAction);
  return (
    <form action={action} onSubmit={onSubmit}>
      <input type="hidden" name="deletionId" value={deletionId} />
      <button type="submit" disabled={pending} aria-label={t("restoreLabel", { label })}>
        {pending ? t("restoring") : t("restore")}
      </button>
      {state.status === "error" || state.status === "conflict" ? <p className="field-error">{state.message}</p> : null}
    </form>
  );
}
