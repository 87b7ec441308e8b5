"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";

// The import form is sent to a route handler (app/api/articles/import), not a
// server action: only a route can refuse an oversized upload with 413 and a
// message before reading it. This turns its answer into the form's state.

type Answer = { error?: string; fieldErrors?: FormState["fieldErrors"]; location?: string };

export function useImportRequest() {
  const t = useTranslations("errors");
  return async (_previous: FormState, data: FormData): Promise<FormState> => {
    let response: Response;
    try {
      response = await fetch("/api/articles/import", { method: "POST", body: data });
    } catch {
      return { status: "error", message: t("network"), at: Date.now() };
    }
    const answer = (await response.json().catch(() => ({}))) as Answer;
    if (response.ok && answer.location) {
      window.location.assign(answer.location);
      return { status: "ok", at: Date.now() };
    }
    return {
      status: "error",
      message: answer.error ?? t("unexpectedNothingSaved"),
      fieldErrors: answer.fieldErrors,
      at: Date.now(),
    };
  };
}
