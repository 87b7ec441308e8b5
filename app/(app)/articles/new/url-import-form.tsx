"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";

type Answer = { articleId?: string; created?: boolean; error?: string; fieldErrors?: Record<string, string[]> };

/**
 * Imports the article at a web address: the server fetches the page (time and size limits,
 * no private addresses), keeps the archived copy and extracts the story; an address already
 * imported opens that article, with a new version if its text changed.
 */
export function UrlImportForm() {
  const t = useTranslations("articles.fromUrl");
  const router = useRouter();
  const id = useId();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const url = String(new FormData(event.currentTarget).get("url") ?? "").trim();
    setSending(true);
    setError(null);
    try {
      const response = await fetch("/api/articles/from-url", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ url }),
      });
      const body = (await response.json().catch(() => null)) as Answer | null;
      if (!response.ok || !body?.articleId) {
        setError(body?.fieldErrors?.url?.[0] ?? body?.error ?? t("failed"));
        return;
      }
      router.push(`/articles/${body.articleId}${body.created ? "?imported=url" : ""}`);
    } catch {
      setError(t("failed"));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="card url-import" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-title`}>{t("title")}</h2>
      <p className="small muted">{t("intro")}</p>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t("url")}</label>
        <input
          id={`${id}-url`}
          name="url"
          type="url"
          required
          maxLength={2000}
          placeholder="https://"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="notice error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={sending}>
        {sending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
