"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { LANGUAGES } from "@/lib/articles/schema";
import { MAX_FILE_BYTES, MAX_TEXT_BYTES } from "@/lib/articles/limits";
import type { Formats } from "@/lib/format";
import { useFormats } from "../../../_components/use-formats";
import { Field, FormMessage } from "../../../_components/field";
import { useFormAction } from "../../../_components/use-form-action";
import { useImportRequest } from "../import-request";

export function ImportForm({ outlets, today }: { outlets: string[]; today: string }) {
  const t = useTranslations("articles.new");
  const format = useFormats();
  const { state, pending, onSubmit, action } = useFormAction(useImportRequest(), (data) =>
    checkSize(data, t, format.bytes),
  );
  const errors = state.fieldErrors ?? {};

  return (
    <form action={action} onSubmit={onSubmit} className="card" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="row">
        <Field name="outlet" label={t("outlet")} errors={errors}>
          <input
            id="outlet"
            name="outlet"
            type="text"
            list="outlets"
            required
            autoFocus
            aria-invalid={Boolean(errors.outlet)}
          />
          <datalist id="outlets">
            {outlets.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </Field>
        <Field name="publishedAt" label={t("publishedAt")} errors={errors}>
          <input
            id="publishedAt"
            name="publishedAt"
            type="date"
            max={today}
            required
            aria-invalid={Boolean(errors.publishedAt)}
          />
        </Field>
        <Field name="language" label={t("language")} errors={errors}>
          <select id="language" name="language" defaultValue="fr" aria-invalid={Boolean(errors.language)}>
            {Object.keys(LANGUAGES).map((code) => (
              <option key={code} value={code}>
                {format.languageChoice(code)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field name="title" label={t("titleField")} hint={t("titleHint")} errors={errors}>
        <input id="title" name="title" type="text" aria-invalid={Boolean(errors.title)} />
      </Field>
      <Field name="url" label={t("url")} hint={t("urlHint")} errors={errors}>
        <input id="url" name="url" type="url" placeholder="https://" aria-invalid={Boolean(errors.url)} />
      </Field>
      <Field name="text" label={t("text")} hint={t("textHint")} errors={errors}>
        <textarea id="text" name="text" rows={12} aria-invalid={Boolean(errors.text)} />
      </Field>
      <div className="row">
        <Field name="format" label={t("format")} errors={errors}>
          <select id="format" name="format" defaultValue="text">
            <option value="text">{t("formats.text")}</option>
            <option value="markdown">{t("formats.markdown")}</option>
            <option value="html">{t("formats.html")}</option>
          </select>
        </Field>
        <Field
          name="file"
          label={t("file")}
          hint={t("fileHint", { size: format.bytes(MAX_FILE_BYTES) })}
          errors={errors}
        >
          <input
            id="file"
            name="file"
            type="file"
            accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            aria-invalid={Boolean(errors.file)}
          />
        </Field>
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="keepBoilerplate" /> {t("keepBoilerplate")}
        </label>
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}

// The server's limits, checked before a large upload is sent.
type T = (key: "tooLarge" | "fileTooLarge" | "textTooLarge", values?: Record<string, string>) => string;

function checkSize(data: FormData, t: T, formatBytes: Formats["bytes"]): FormState<never> | null {
  const file = data.get("file");
  const text = data.get("text");
  const refuse = (field: string, message: string): FormState<never> => ({
    status: "error",
    message: t("tooLarge"),
    fieldErrors: { [field]: [message] },
  });
  if (file instanceof File && file.size > MAX_FILE_BYTES) {
    return refuse(
      "file",
      t("fileTooLarge", { name: file.name, size: formatBytes(file.size), limit: formatBytes(MAX_FILE_BYTES) }),
    );
  }
  if (typeof text === "string" && new Blob([text]).size > MAX_TEXT_BYTES) {
    return refuse(
      "text",
      t("textTooLarge", { size: formatBytes(new Blob([text]).size), limit: formatBytes(MAX_TEXT_BYTES) }),
    );
  }
  return null;
}
