"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition, useEffect, useState } from "react";

// What a page shows when rendering failed. Errors reach the browser without
// their message (by design: no internals on the page), so we ask the server
// whether its database is reachable: if not, say so, keep checking, and reload
// the page by itself as soon as the database is back.

type Health = "checking" | "database-down" | "ok";

export function ErrorState({ reset }: { reset: () => void }) {
  const t = useTranslations("common.errorState");
  const router = useRouter();
  const [health, setHealth] = useState<Health>("checking");
  const [attempts, setAttempts] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      let ok = false;
      try {
        const response = await fetch("/api/health", { cache: "no-store" });
        ok = response.ok;
      } catch {
        ok = false;
      }
      if (cancelled) return;
      if (ok) {
        setHealth((previous) => {
          if (previous === "database-down") {
            startTransition(() => {
              router.refresh();
              reset();
            });
          }
          return "ok";
        });
        return;
      }
      setHealth("database-down");
      setAttempts((n) => n + 1);
      timer = setTimeout(check, 3000);
    };
    void check();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [reset, router]);

  if (health === "database-down") {
    return (
      <div className="notice warn" role="status" aria-live="polite">
        <h1>{t("databaseDownTitle")}</h1>
        <p>
          {t("databaseDownBody")} {attempts > 1 && t("attempts", { count: attempts })}
        </p>
      </div>
    );
  }
  return (
    <div className="notice error" role="alert">
      <h1>{health === "checking" ? t("checkingTitle") : t("failedTitle")}</h1>
      <p>{t("body")}</p>
      <button
        type="button"
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
      >
        {t("retry")}
      </button>
    </div>
  );
}
