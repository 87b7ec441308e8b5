import { getTranslations } from "next-intl/server";

// What a user is told comes from the catalogs in their language. Code that
// refuses something (an AppError, a zod schema) gives the message's catalog
// key, "errors.notFound", with its values; the boundary that answers the user
// (the server-action wrapper, the route-handler wrapper) translates it here.
// A message that is not a key is shown as written (text from elsewhere, or
// English not yet in a catalog).

export type MessageValues = Record<string, string | number | Date>;

export type Localize = (message: string, values?: MessageValues) => string;

const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

export function makeLocalize(t: {
  (key: string, values?: MessageValues): string;
  has: (key: string) => boolean;
}): Localize {
  return (message, values) => (KEY.test(message) && t.has(message) ? t(message, values) : message);
}

/** Translates keys into the language of the current request. */
export async function requestLocalize(): Promise<Localize> {
  const t = await getTranslations();
  return makeLocalize(t as unknown as Parameters<typeof makeLocalize>[0]);
}
