import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, segmentNamespaces, type ClientSegment } from "@/lib/i18n/client-messages";

/**
 * The catalog parts the browser needs on a route's pages (its forms'), with
 * the global ones: rendered by the route's layout.tsx (lib/i18n/client-messages.ts).
 */
export async function ClientMessages({ segment, children }: { segment: ClientSegment | null; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages as never, segmentNamespaces(segment))}>
      {children}
    </NextIntlClientProvider>
  );
}
