// The one Locale type of the whole app. Recoupe reads articles in every
// language it has a lexicon for (lib/figures/locales/<code>), and speaks to its
// users in the languages it has message catalogs for: the second is a subset of
// the first.

export const LOCALES = ["fr", "en", "de"] as const;
export type Locale = (typeof LOCALES)[number];

/** Languages of the interface, exports and explanations. */
export const UI_LOCALES = ["en", "fr"] as const satisfies readonly Locale[];
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_UI_LOCALE: UiLocale = "en";

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

export const isUiLocale = (value: unknown): value is UiLocale =>
  typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
