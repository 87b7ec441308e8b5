import { cookies, headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CATALOGS } from "./catalogs";
import { LOCALE_COOKIE, resolveLocale } from "./resolve-locale";

// next-intl's configuration for one request (wired in next.config.js). No
// locale in the URL: the language follows the person, not the link. The user
// (with their saved language, read with the session) is cached per request
// (React cache), so the many components that translate share one lookup.

async function savedLocale(): Promise<string | null> {
  try {
    const user = await getCurrentUser();
    return user?.locale ?? null;
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (a page rendered per request) are not failures
    // No database: the page that needs it will say so, in the browser's language.
    return null;
  }
}

export default getRequestConfig(async () => {
  const [cookieStore, headerList, chosen] = await Promise.all([cookies(), headers(), savedLocale()]);
  const locale = resolveLocale({
    chosen,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
  return { locale, messages: CATALOGS[locale], timeZone: "UTC" };
});
