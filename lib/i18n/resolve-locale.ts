import { DEFAULT_UI_LOCALE, isUiLocale, UI_LOCALES, type UiLocale } from "./locales";

// Which language to speak to someone: the language they chose (saved on their
// account, or in the locale cookie before they sign in), else the first of
// their browser's Accept-Language that we have, else English.

export const LOCALE_COOKIE = "recoupe-locale";

/** The best of our languages for an Accept-Language header ("fr-CH, fr;q=0.9, en;q=0.8"). */
export function negotiateLocale(acceptLanguage: string | null | undefined): UiLocale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    if (isUiLocale(primary)) return primary;
  }
  return null;
}

export function resolveLocale(sources: {
  chosen?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): UiLocale {
  if (isUiLocale(sources.chosen)) return sources.chosen;
  if (isUiLocale(sources.cookie)) return sources.cookie;
  return negotiateLocale(sources.acceptLanguage) ?? DEFAULT_UI_LOCALE;
}

export { UI_LOCALES };
