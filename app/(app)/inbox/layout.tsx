import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";

// The catalog parts this route's forms read in the browser (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="app/(app)/inbox">{children}</ClientMessages>;
}
