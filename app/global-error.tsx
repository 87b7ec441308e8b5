"use client";

import { NextIntlClientProvider } from "next-intl";
import { useSyncExternalStore } from "react";
import enCommon from "@/lib/i18n/messages/en/common.json";
import frCommon from "@/lib/i18n/messages/fr/common.json";
import type { UiLocale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/resolve-locale";
import "./globals.css";
import { ErrorState } from "./_components/error-state";

// Replaces the root layout when that layout itself failed, so no provider is
// above it: it finds the language in the browser (the choice cookie, then the
// browser's languages) once it runs there, with only the messages it needs.

const COMMON = { en: enCommon, fr: frCommon };

function browserLocale(): UiLocale {
  const cookie = document.cookie
    .split("; ")
    .find((c) => c.startsWith(`${LOCALE_COOKIE}=`))
    ?.split("=")[1];
  return resolveLocale({ cookie, acceptLanguage: navigator.languages.join(",") });
}

const noChanges = () => () => undefined;

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // English on the server (which cannot know), the browser's language once hydrated.
  const locale = useSyncExternalStore(noChanges, browserLocale, () => "en" as const);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={{ common: COMMON[locale] }} timeZone="UTC">
          <main className="narrow">
            <ErrorState reset={reset} />
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
