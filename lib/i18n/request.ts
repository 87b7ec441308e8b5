import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { CATALOGS } from "./catalogs";
import { LOCALE_COOKIE, resolveLocale } from "./resolve-locale";

// next-intl's configuration for one request (wired in next.config.js). No
// locale in the URL: the language follows the person, not the link.

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
  return { locale, messages: CATALOGS[locale], timeZone: "UTC" };
});
