"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";

// What a page shows when rendering failed. Errors reach the browser without
// their message (by design: no internals on the page), so we ask the server
// whether its database is reachable: if not, say so, keep checking, and reload
// the page by itself as soon as the database is back.

type Health = "checking" | "database-down" | "ok";

export function ErrorState({ reset }: { reset: () => void }) {
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
        <h1>Database unavailable, retrying…</h1>
        <p>
          Recoupe cannot reach its database right now. Nothing you saved before this is lost. This page will reload by
          itself when the database is back{attempts > 1 ? ` (tried ${attempts} times)` : ""}.
        </p>
      </div>
    );
  }
  return (
    <div className="notice error" role="alert">
      <h1>{health === "checking" ? "Something went wrong" : "This page could not be shown"}</h1>
      <p>The error has been logged. Try again; if it keeps happening, tell your administrator what you were doing.</p>
      <button
        type="button"
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
      >
        Try again
      </button>
    </div>
  );
}
