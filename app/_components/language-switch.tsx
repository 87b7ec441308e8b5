"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { setLanguage } from "./set-language";

/**
 * One button per language, the current one marked. A form posting to a server
 * action: it works before hydration too, and comes back to the same page.
 */
export function LanguageSwitch() {
  const t = useTranslations("common.language");
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <form action={setLanguage} className="language-switch" aria-label={t("label")}>
      <input type="hidden" name="back" value={search ? `${pathname}?${search}` : pathname} />
      {UI_LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          className="link"
          aria-current={locale === current ? "true" : undefined}
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
