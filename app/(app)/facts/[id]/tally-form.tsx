"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Tally } from "@/lib/discrepancies/fact-verdict";
import { Field, FormMessage } from "../../../_components/field";
import { useFormAction } from "../../../_components/use-form-action";
import { setFactTallyAction } from "../../_actions/fact-tally";

type Choice = "auto" | "ended" | "running" | "fixed";

/** How the fact's count behaves over time: the editor's choice, else decided from the label. */
export function TallyForm({ factId, tally, eventEnd }: { factId: string; tally: Tally; eventEnd: string | null }) {
  const t = useTranslations("factPage.tally");
  const initial: Choice = eventEnd ? "ended" : (tally ?? "auto");
  const [choice, setChoice] = useState<Choice>(initial);
  const { state, pending, onSubmit, action } = useFormAction(setFactTallyAction);
  const errors = state.fieldErrors ?? {};
  return (
    <details className="tally" open={state.status === "error" || undefined}>
      <summary className="small">{t("change")}</summary>
      <form action={action} onSubmit={onSubmit} noValidate className="tally-form">
        <input type="hidden" name="factId" value={factId} />
        <FormMessage status={state.status} message={state.status === "ok" ? t("saved") : state.message} />
        <fieldset>
          <legend className="small">{t("legend")}</legend>
          {(["auto", "ended", "running", "fixed"] as const).map((c) => (
            <label key={c} className="checkbox small">
              <input type="radio" name="tally" value={c} checked={choice === c} onChange={() => setChoice(c)} />{" "}
              {t(`choice.${c}`)}
            </label>
          ))}
        </fieldset>
        {choice === "ended" && (
          <Field name="eventEnd" label={t("eventEnd")} errors={errors}>
            <input
              id="eventEnd"
              name="eventEnd"
              type="date"
              defaultValue={eventEnd ?? ""}
              aria-invalid={Boolean(errors.eventEnd)}
            />
          </Field>
        )}
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
      </form>
    </details>
  );
}
