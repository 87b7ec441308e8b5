import { unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import { DEFAULT_UI_LOCALE, isUiLocale, type UiLocale } from "./locales";

/** The interface language of the current request; English outside one (scripts, tests). */
export async function currentLocale(): Promise<UiLocale> {
  try {
    const locale = await getLocale();
    return isUiLocale(locale) ? locale : DEFAULT_UI_LOCALE;
  } catch (error) {
    unstable_rethrow(error);
    return DEFAULT_UI_LOCALE;
  }
}
