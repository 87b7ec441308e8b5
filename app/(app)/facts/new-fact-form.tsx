"use client";

import { useTranslations } from "next-intl";
import { KINDS } from "@/lib/claims/value";
import { FormMessage } from "../../_components/field";
import { useFormAction } from "../../_components/use-form-action";
import { createFactAction } from "../_actions/facts";

export function NewFactForm() {
  const { state, pending, onSubmit, action } = useFormAction(createFactAction);
  const errors = state.fieldErrors ?? {};
  const t = useTranslations("factPage.newFact");
  const tk = useTranslations("tagging.kind");
  return (
    <form action={action} onSubmit={onSubmit} className="card new-fact" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="row">
        <div className="field grow">
          <label htmlFor="new-fact-label">{t("label")}</label>
          <input
            id="new-fact-label"
            name="label"
            type="text"
            placeholder={t("placeholder")}
            aria-invalid={Boolean(errors.label)}
          />
          {errors.label && <p className="field-error">{errors.label[0]}</p>}
        </div>
        <div className="field">
          <label htmlFor="new-fact-kind">{t("kind")}</label>
          <select id="new-fact-kind" name="kind" defaultValue="count">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <button type="submit" disabled={pending}>
            {t("submit")}
          </button>
        </div>
      </div>
    </form>
  );
}
