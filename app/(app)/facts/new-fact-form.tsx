"use client";

import { KIND_LABELS, KINDS } from "@/lib/claims/value";
import { FormMessage } from "../../_components/field";
import { useFormAction } from "../../_components/use-form-action";
import { createFactAction } from "../_actions/facts";

export function NewFactForm() {
  const { state, pending, onSubmit, action } = useFormAction(createFactAction);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={onSubmit} className="card new-fact" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="row">
        <div className="field grow">
          <label htmlFor="new-fact-label">New fact</label>
          <input
            id="new-fact-label"
            name="label"
            type="text"
            placeholder="People killed in …"
            aria-invalid={Boolean(errors.label)}
          />
          {errors.label && <p className="field-error">{errors.label[0]}</p>}
        </div>
        <div className="field">
          <label htmlFor="new-fact-kind">Kind</label>
          <select id="new-fact-kind" name="kind" defaultValue="count">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <button type="submit" disabled={pending}>
            Create fact
          </button>
        </div>
      </div>
    </form>
  );
}
