import { db } from "@/lib/db/client";
import type { UiLocale } from "@/lib/i18n/locales";

// The saved language is read with the session's user (lib/auth/current-user.ts).

/** Saves the language a person chose; it then follows them to every browser. */
export async function setUserLocale(userId: string, locale: UiLocale): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}
