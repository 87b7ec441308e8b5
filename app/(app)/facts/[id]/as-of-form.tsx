"use client";

import { useTranslations } from "next-intl";
import { toValueFields } from "@/lib/claims/value";
import type { FactClaim } from "@/lib/facts/get-fact";
import { FormMessage } from "../../../_components/field";
import { useFormAction } from "../../../_components/use-form-action";
import { updateClaimAction } from "../../_actions/claims";

/**
 * A claim's "as of" date, changed from the fact page. It saves the whole claim
 * as it was loaded (the same write as the reader's edit form, with its version
 * check), only the date different.
 */
export function AsOfForm({ claim, factId, shown }: { claim: FactClaim; factId: string; shown: string }) {
  const t = useTranslations("factPage.asOf");
  const { state, pending, onSubmit, action } = useFormAction(updateClaimAction);
  const fields = toValueFields(claim.value);
  return (
    <details className="as-of">
      <summary className="small">{shown}</summary>
      <form action={action} onSubmit={onSubmit} noValidate className="row as-of-form">
        <input type="hidden" name="claimId" value={claim.id} />
        <input type="hidden" name="version" value={claim.version} />
        <input type="hidden" name="factId" value={factId} />
        {Object.entries(fields).map(([name, value]) =>
          value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
        )}
        <input type="hidden" name="attributedTo" value={claim.attributedTo ?? ""} />
        <label className="small" htmlFor={`asOf-${claim.id}`}>
          {t("label")}
        </label>
        <input id={`asOf-${claim.id}`} name="asOf" type="date" defaultValue={claim.asOf ?? ""} />
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        <span className="small muted">{t("hint")}</span>
        <FormMessage status={state.status} message={state.status === "ok" ? t("saved") : state.message} />
      </form>
    </details>
  );
}
