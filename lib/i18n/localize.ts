import { getLocale, getTranslations } from "next-intl/server";
import { formatBytes } from "@/lib/format";
import { DEFAULT_UI_LOCALE, isUiLocale, type UiLocale } from "./locales";

// What a user is told comes from the catalogs in their language. Code that
// refuses something (an AppError, a zod schema) gives the message's catalog
// key, "errors.notFound", with its values; the boundary that answers the user
// (the server-action wrapper, the route-handler wrapper) translates it here.
// A message that is not a key is shown as written (text from elsewhere, or
// English not yet in a catalog).

export type MessageValues = Record<string, string | number | Date>;

export type Localize = (message: string, values?: MessageValues) => string;

const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

const BYTES = /^(\w+)Bytes$/;

/**
 * Sizes are written in the reader's units ("5,0 Mo", "5.0 MB"): a value named
 * `<name>Bytes` holding a number of bytes also fills `<name>` (`sizeBytes`
 * fills `{size}`), so that code refusing a file gives numbers, not English text.
 */
export function withSizes(values: MessageValues | undefined, locale: UiLocale): MessageValues | undefined {
  if (!values) return values;
  let out: MessageValues | undefined;
  for (const [key, value] of Object.entries(values)) {
    const name = BYTES.exec(key)?.[1];
    if (name && typeof value === "number") (out ??= { ...values })[name] = formatBytes(value, locale);
  }
  return out ?? values;
}

export function makeLocalize(
  t: {
    (key: string, values?: MessageValues): string;
    has: (key: string) => boolean;
  },
  locale: UiLocale = DEFAULT_UI_LOCALE,
): Localize {
  return (message, values) => (KEY.test(message) && t.has(message) ? t(message, withSizes(values, locale)) : message);
}

/** Translates keys into the language of the current request. */
export async function requestLocalize(): Promise<Localize> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return makeLocalize(
    t as unknown as Parameters<typeof makeLocalize>[0],
    isUiLocale(locale) ? locale : DEFAULT_UI_LOCALE,
  );
}
