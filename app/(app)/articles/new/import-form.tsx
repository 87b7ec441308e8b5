"use client";

import type { FormState } from "@/lib/actions/form-state";
import { LANGUAGES } from "@/lib/articles/schema";
import { formatBytes, MAX_FILE_BYTES, MAX_TEXT_BYTES } from "@/lib/articles/limits";
import { Field, FormMessage } from "../../../_components/field";
import { useFormAction } from "../../../_components/use-form-action";
import { useImportRequest } from "../import-request";

export function ImportForm({ outlets, today }: { outlets: string[]; today: string }) {
  const { state, pending, onSubmit, action } = useFormAction(useImportRequest(), checkSize);
  const errors = state.fieldErrors ?? {};

  return (
    <form action={action} onSubmit={onSubmit} className="card" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="row">
        <Field name="outlet" label="Outlet" errors={errors}>
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
        <Field name="publishedAt" label="Published on" errors={errors}>
          <input
            id="publishedAt"
            name="publishedAt"
            type="date"
            max={today}
            required
            aria-invalid={Boolean(errors.publishedAt)}
          />
        </Field>
        <Field name="language" label="Language" errors={errors}>
          <select id="language" name="language" defaultValue="fr" aria-invalid={Boolean(errors.language)}>
            {Object.entries(LANGUAGES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field name="title" label="Title" hint="(taken from an HTML file when left empty)" errors={errors}>
        <input id="title" name="title" type="text" aria-invalid={Boolean(errors.title)} />
      </Field>
      <Field name="url" label="Web address" hint="(optional)" errors={errors}>
        <input id="url" name="url" type="url" placeholder="https://" aria-invalid={Boolean(errors.url)} />
      </Field>
      <Field name="text" label="Article text" hint="paste it here, or choose a file below" errors={errors}>
        <textarea id="text" name="text" rows={12} aria-invalid={Boolean(errors.text)} />
      </Field>
      <div className="row">
        <Field name="format" label="Pasted text is" errors={errors}>
          <select id="format" name="format" defaultValue="text">
            <option value="text">Plain text</option>
            <option value="markdown">Markdown</option>
            <option value="html">HTML</option>
          </select>
        </Field>
        <Field
          name="file"
          label="Or a file"
          hint={`.txt, .md or .html, up to ${formatBytes(MAX_FILE_BYTES)}`}
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
          <input type="checkbox" name="keepBoilerplate" /> Keep page furniture (share buttons, captions, cookie
          notices…) in the text
        </label>
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}

// The server's limits, checked before a large upload is sent.
function checkSize(data: FormData): FormState<never> | null {
  const file = data.get("file");
  const text = data.get("text");
  const refuse = (field: string, message: string): FormState<never> => ({
    status: "error",
    message: "The article is too large to import.",
    fieldErrors: { [field]: [message] },
  });
  if (file instanceof File && file.size > MAX_FILE_BYTES) {
    return refuse(
      "file",
      `${file.name} is ${formatBytes(file.size)}; files of up to ${formatBytes(MAX_FILE_BYTES)} can be imported.`,
    );
  }
  if (typeof text === "string" && new Blob([text]).size > MAX_TEXT_BYTES) {
    return refuse(
      "text",
      `The text is ${formatBytes(new Blob([text]).size)}; an article may hold up to ${formatBytes(MAX_TEXT_BYTES)} of text.`,
    );
  }
  return null;
}
