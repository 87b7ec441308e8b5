import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "./_components/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Marks the page as scripted before it is painted, so that what folds away
// behind a button on a phone (the header menu) only folds when the button works.
const MARK_SCRIPTED = "document.documentElement.dataset.js='on'";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, nonce] = await Promise.all([getLocale(), headers().then((h) => h.get("x-nonce") ?? undefined)]);
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: MARK_SCRIPTED }} />
      </head>
      <body>
        <ClientMessages segment={null}>{children}</ClientMessages>
      </body>
    </html>
  );
}
