// The counted thing in the note's language: as written when the article used that language,
// otherwise the class's label ("personnes" in an English note becomes "people").
import type { UiLocale } from "@/lib/i18n/locales";
import { classifyCountedForm } from "./counted";
import { LEXICONS } from "./locales";
import type { FigureValue } from "./types";

/** How the interface names a counted class ("soldiers", "soldats"); null for a class it does not know. */
export function countedLabel(key: string, locale: UiLocale, plural = true): string | null {
  const forms = LEXICONS[locale].countedLabels?.[key];
  return forms ? forms[plural ? 1 : 0] : null;
}

export function labelCounted(value: FigureValue, locale: UiLocale): string | null {
  if (!value.counted) return null;
  const form = classifyCountedForm(value.counted);
  if (form && form.locale !== locale) return countedLabel(form.key, locale) ?? value.counted;
  if (!form && value.countedKey) return countedLabel(value.countedKey, locale) ?? value.counted;
  return value.counted;
}
