"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";

/**
 * On a phone, the navigation and the account box fold behind a menu button.
 * Without JavaScript (no data-js on <html>, see app/layout.tsx) nothing folds:
 * the links simply wrap. Escape closes the menu, from the button or from inside it
 * (and then gives focus back to the button).
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const t = useTranslations("common.menu");
  const [open, setOpen] = useState(false);
  const id = useId();

  return (
    <>
      <button
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        // Just opened with Enter or Space, the focus is still here.
        onKeyDown={(e) => {
          if (e.key === "Escape" && open) setOpen(false);
        }}
      >
        <span aria-hidden="true" className="menu-icon" />
        {t("open")}
      </button>
      <div
        id={id}
        className="menu-panel"
        data-open={open}
        // A link followed from the menu closes it.
        onClick={(e) => {
          if ((e.target as HTMLElement).closest("a")) setOpen(false);
        }}
        onKeyDown={(e) => {
          if (e.key !== "Escape" || !open) return;
          setOpen(false);
          document.querySelector<HTMLButtonElement>(`[aria-controls="${CSS.escape(id)}"]`)?.focus();
        }}
      >
        {children}
      </div>
    </>
  );
}
