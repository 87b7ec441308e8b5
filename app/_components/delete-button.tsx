"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { deleteItemAction } from "../(app)/_actions/bin";
import { useFormAction } from "./use-form-action";

/** Sends an item to the bin (from where it can be restored). */
export function DeleteButton({
  type,
  id,
  label,
  confirmClaims,
  redirectTo,
}: {
  type: "article" | "fact" | "claim" | "note";
  id: string;
  label: string;
  confirmClaims?: number;
  redirectTo?: string;
}) {
  const router = useRouter();
  const { state, pending, onSubmit, action } = useFormAction(deleteItemAction);
  useEffect(() => {
    if (state.status === "ok" && redirectTo) router.push(redirectTo);
  }, [state, redirectTo, router]);
  return (
    <form action={action} onSubmit={onSubmit}>
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="id" value={id} />
      {confirmClaims !== undefined && <input type="hidden" name="confirmClaims" value={confirmClaims} />}
      <button type="submit" className="danger" disabled={pending}>
        {pending ? "Deleting…" : label}
      </button>
      {state.status !== "idle" && state.status !== "ok" && state.message && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
