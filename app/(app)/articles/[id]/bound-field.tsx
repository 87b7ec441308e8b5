"use client";

import { useTranslations } from "next-intl";
import type { toValueFields } from "@/lib/claims/value";
import { Field } from "../../../_components/field";

type ValueFields = ReturnType<typeof toValueFields>;

/** One end of the interval: included or not, and its value (a date for dates). */
export function BoundField({
  end,
  dateKind,
  fields,
  errors,
}: {
  end: "lower" | "upper";
  dateKind: boolean;
  fields: ValueFields | null;
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations("tagging.bound");
  const lower = end === "lower";
  const inclusive = lower ? fields?.lowerInclusive : fields?.upperInclusive;
  return (
    <Field
      name={end}
      label={lower ? t("from") : t("to")}
      hint={dateKind ? t("date") : lower ? t("noLower") : t("noUpper")}
      errors={errors}
    >
      <div className="row">
        <select
          name={`${end}Inclusive`}
          aria-label={lower ? t("lowerIncluded") : t("upperIncluded")}
          defaultValue={inclusive ?? "true"}
        >
          <option value="true">{lower ? "≥" : "≤"}</option>
          <option value="false">{lower ? ">" : "<"}</option>
        </select>
        <input
          id={end}
          name={end}
          aria-label={lower ? t("lowerInput") : t("upperInput")}
          type={dateKind ? "date" : "text"}
          inputMode={dateKind ? undefined : "decimal"}
          defaultValue={fields?.[end] ?? ""}
          aria-invalid={Boolean(errors[end])}
        />
      </div>
    </Field>
  );
}
