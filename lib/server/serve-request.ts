import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddressHeaderValue } from "@/lib/auth/client-address";
import { checkDatabase, type DatabaseHealth } from "@/lib/db/health";
import { formatBytes } from "@/lib/format";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/resolve-locale";
import { translator } from "@/lib/i18n/translator";
import { renderOutagePage } from "./outage-page";
import SECURITY_HEADERS from "./security-headers.json";

// What our server does to every request before Next.js sees it (scripts/server.ts):
// 1. the connection's address goes in a header the client cannot forge;
// 2. HSTS when the public address is https (known only at run time);
// 3. while the database cannot be reached, pages answer 503 "database
//    unavailable, retrying" in the person's language (API routes say so in JSON
//    themselves, and server actions in the form);
// 4. a server action whose declared body is over Next's limit is refused with
//    413 and a message, before anything is read.

/** Next's own limit for server action bodies (next.config.js keeps the default). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

const HSTS = "max-age=63072000; includeSubDomains";
const OK_FOR_MS = 1_000;

let lastOk = 0;

/** The headers next.config.js gives every response, for the ones answered here. */
const OWN_HEADERS = Object.fromEntries(
  [...SECURITY_HEADERS.everywhere, ...SECURITY_HEADERS.notAPage].map(({ key, value }) => [key.toLowerCase(), value]),
);

/** The database's health, a fresh check unless it answered within the last second. */
async function health(): Promise<DatabaseHealth> {
  if (Date.now() - lastOk < OK_FOR_MS) return "ok";
  const result = await checkDatabase();
  if (result === "ok") lastOk = Date.now();
  return result;
}

/** After a server error the database is checked again on the next page. */
export function forgetHealth(): void {
  lastOk = 0;
}

function localeOf(req: IncomingMessage) {
  const cookie = (req.headers.cookie ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  const accept = req.headers["accept-language"];
  return resolveLocale({ cookie, acceptLanguage: Array.isArray(accept) ? accept[0] : accept });
}

const isPage = (req: IncomingMessage, path: string) =>
  (req.method === "GET" || req.method === "HEAD") &&
  !req.headers["next-action"] &&
  !path.startsWith("/api/") &&
  !path.startsWith("/_next/") &&
  !/\.[a-z0-9]+$/i.test(path);

/** Returns true when the request was answered here. */
export async function serveRequest(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressHeaderValue(req.socket.remoteAddress ?? "unknown");
  if (env().RECOUPE_BASE_URL?.startsWith("https://")) res.setHeader("strict-transport-security", HSTS);

  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const declared = Number(req.headers["content-length"] ?? 0);
  if (req.method === "POST" && req.headers["next-action"] && declared > ACTION_BODY_LIMIT) {
    const locale = localeOf(req);
    const t = translator(locale, "outage");
    res.writeHead(413, { ...OWN_HEADERS, "content-type": "text/plain; charset=utf-8", connection: "close" });
    res.end(t("tooLarge", { size: formatBytes(declared, locale), limit: formatBytes(ACTION_BODY_LIMIT, locale) }));
    return true;
  }

  if (isPage(req, path) && (await health()) === "unavailable") {
    const page = renderOutagePage(localeOf(req));
    res.writeHead(503, { ...OWN_HEADERS, ...page.headers });
    res.end(req.method === "HEAD" ? undefined : page.html);
    return true;
  }
  res.once("finish", () => {
    if (res.statusCode >= 500) forgetHealth();
  });
  return false;
}
