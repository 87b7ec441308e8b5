"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeNext } from "@/lib/auth/safe-next";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "@/lib/i18n/resolve-locale";
import { setUserLocale } from "@/lib/users/user-locale";

// The language switch: a plain form, so that it works before (or without)
// JavaScript. Signed in, the choice is saved on the account (it follows the
// person to every browser); the cookie keeps it on this browser, signed in or
// not, and on the sign-in page.

const languageSchema = z.object({
  locale: z.enum(UI_LOCALES),
  back: z
    .string()
    .optional()
    .transform((value) => safeNext(value)),
});

const ONE_YEAR = 60 * 60 * 24 * 365;

export async function setLanguage(formData: unknown): Promise<void> {
  // Anyone may post anything here: only a form with a language we speak changes something.
  if (!(formData instanceof FormData)) return;
  const parsed = languageSchema.safeParse({ locale: formData.get("locale"), back: formData.get("back") ?? undefined });
  if (!parsed.success) redirect(safeNext(formData.get("back")));
  const { locale } = parsed.data;
  const user = await getCurrentUser();
  if (user) await setUserLocale(user.id, locale);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  redirect(parsed.data.back);
}
