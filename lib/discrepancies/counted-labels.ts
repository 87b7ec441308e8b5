import { countedLabel } from "@/lib/figures";
import type { UiLocale } from "@/lib/i18n/locales";

// Names of the classes of counted things in explanations, from the lexicons of
// lib/figures (data per language: nothing of one topic is written here).

/** What a claim counts, in the reader's language: its class when known, else the noun as written. */
export function labelCounted(value: { countedKey: string | null; counted: string | null }, locale: UiLocale): string {
  if (value.countedKey) return countedLabel(value.countedKey, locale) ?? value.counted ?? value.countedKey;
  return value.counted ?? "";
}
