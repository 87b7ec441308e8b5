"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

type Outcome = { changed: boolean; version: number; claims: unknown[] };

/** Fetches the article's page again (its archived copy kept): a new version when the outlet changed its text. */
export function RefetchButton({ articleId }: { articleId: string }) {
  const t = useTranslations("versions.refetchForm");
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const refetch = async () => {
    setSending(true);
    setMessage(null);
    try {
      const response = await fetch(`/api/articles/${articleId}/refetch`, { method: "POST" });
      const body = (await response.json().catch(() => null)) as (Outcome & { error?: string }) | null;
      if (!response.ok || !body || typeof body.version !== "number") {
        setMessage({ text: body?.error ?? t("failed"), error: true });
        return;
      }
      setMessage({ text: body.changed ? t("changed", { version: body.version }) : t("unchanged"), error: false });
      router.refresh();
    } catch {
      setMessage({ text: t("failed"), error: true });
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="lc-refetch">
      <button type="button" onClick={() => void refetch()} disabled={sending}>
        {sending ? t("sending") : t("button")}
      </button>
      {message && (
        <p className={message.error ? "notice error" : "notice"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
