import en from "./messages/en";
import fr from "./messages/fr";
import type { UiLocale } from "./locales";

// Every message of the interface, exports and explanations, per language.

export type Messages = typeof en;

export const CATALOGS: Record<UiLocale, Messages> = { en, fr };
