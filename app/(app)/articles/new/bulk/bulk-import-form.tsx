"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { LANGUAGES } from "@/lib/articles/schema";
import { useFormats } from "../../../../_components/use-formats";

type Props = {
  outlets: string[];
  today: string;
  limits: { file: number; upload: number };
};

/** Lines that may be addresses (the server reads and checks them again). */
const countAddresses = (text: string) =>
  text.split(/\r?\n/).filter((l) => l.trim() !== "" && !l.trim().startsWith("#")).length;

/** Many files (or .zip archives) in one upload; the server queues them and answers at once. */
export function BulkImportForm({ outlets, today, limits }: Props) {
  const t = useTranslations("imports");
  const format = useFormats();
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [urls, setUrls] = useState("");
  const [urlFiles, setUrlFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const total = [...files, ...urlFiles].reduce((sum, f) => sum + f.size, 0);
  const addresses = countAddresses(urls);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (files.length === 0 && addresses === 0 && urlFiles.length === 0) return setError(t("errors.noFiles"));
    // The server's own limit, checked before sending megabytes for nothing.
    if (total > limits.upload)
      return setError(t("errors.uploadTooLarge", { max: Math.round(limits.upload / 1024 / 1024) }));
    setSending(true);
    try {
      const response = await fetch("/api/imports", { method: "POST", body: new FormData(event.currentTarget) });
      const body = (await response.json().catch(() => ({}))) as {
        id?: string;
        error?: string;
        fieldErrors?: Record<string, string[]>;
      };
      if (!response.ok || !body.id) {
        const field = body.fieldErrors ? Object.values(body.fieldErrors).flat()[0] : undefined;
        setError([body.error, field].filter(Boolean).join(" ") || t("errors.badUpload"));
        return;
      }
      router.push(`/articles/imports/${body.id}`);
    } catch {
      setError(t("errors.badUpload"));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="card bulk-import" onSubmit={submit} noValidate aria-label={t("title")}>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="files">
          {t("files")}{" "}
          <span className="hint">
            {t("filesHint", { fileMax: format.bytes(limits.file), uploadMax: format.bytes(limits.upload) })}
          </span>
        </label>
        <input
          id="files"
          name="files"
          type="file"
          multiple
          accept=".txt,.text,.md,.markdown,.html,.htm,.zip,text/plain,text/markdown,text/html,application/zip"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
        <p className="small muted" aria-live="polite">
          {t("chosen", { count: files.length, size: format.bytes(total) })}
        </p>
      </div>
      <div className="field">
        <label htmlFor="bulk-urls">
          {t("urls")} <span className="hint">{t("urlsHint")}</span>
        </label>
        <textarea
          id="bulk-urls"
          name="urls"
          rows={5}
          spellCheck={false}
          placeholder="https://"
          value={urls}
          onChange={(e) => setUrls(e.target.value)}
        />
        <p className="small muted" aria-live="polite">
          {t("chosenUrls", { count: addresses })}
        </p>
      </div>
      <div className="field">
        <label htmlFor="bulk-url-files">{t("urlFiles")}</label>
        <input
          id="bulk-url-files"
          name="urlFiles"
          type="file"
          multiple
          accept=".txt,text/plain"
          onChange={(e) => setUrlFiles([...(e.target.files ?? [])])}
        />
      </div>
      <fieldset className="bulk-defaults">
        <legend>{t("defaults")}</legend>
        <div className="row">
          <div className="field">
            <label htmlFor="bulk-outlet">{t("outlet")}</label>
            <input id="bulk-outlet" name="outlet" type="text" list="bulk-outlets" maxLength={200} />
            <datalist id="bulk-outlets">
              {outlets.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
          </div>
          <div className="field">
            <label htmlFor="bulk-language">{t("language")}</label>
            <select id="bulk-language" name="language" defaultValue="">
              <option value="">{t("languageAuto")}</option>
              {Object.keys(LANGUAGES).map((code) => (
                <option key={code} value={code}>
                  {format.languageChoice(code)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="bulk-date">{t("publishedAt")}</label>
            <input id="bulk-date" name="publishedAt" type="date" max={today} />
          </div>
        </div>
        <label className="checkbox field">
          <input type="checkbox" name="keepBoilerplate" /> {t("keepBoilerplate")}
        </label>
      </fieldset>
      <button type="submit" className="primary" disabled={sending}>
        {sending ? t("sending", { count: files.length + addresses }) : t("submit")}
      </button>
    </form>
  );
}
