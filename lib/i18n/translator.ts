import { createTranslator } from "next-intl";
import { CATALOGS, type Messages } from "./catalogs";
import type { UiLocale } from "./locales";

// Messages outside a request (exports, background jobs, scripts): the same
// catalogs, for a locale given explicitly.

export type Namespace = keyof Messages;

export function translator<N extends Namespace>(locale: UiLocale, namespace: N) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace, timeZone: "UTC" });
}
