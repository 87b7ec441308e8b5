import { cache } from "react";
import { db } from "@/lib/db/client";
import { isUiLocale, type UiLocale } from "@/lib/i18n/locales";

/**
 * The interface language a person saved on their account, or null. Cached for
 * the request: every component that asks for a translation shares one lookup.
 */
export const getUserLocale = cache(async (userId: string): Promise<UiLocale | null> => {
  const row = await db().user.findUnique({ where: { id: userId }, select: { locale: true } });
  return isUiLocale(row?.locale) ? row.locale : null;
});

/** Saves the language a person chose; it then follows them to every browser. */
export async function setUserLocale(userId: string, locale: UiLocale): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}
