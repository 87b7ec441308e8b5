import { env } from "@/lib/env";

// Where to go after signing in (or when a signed-in person opens the sign-in
// page): only a path of this site. The target is resolved against the app's
// origin with the URL parser browsers use, and what is returned is the
// parser's own serialisation, so that what was checked is exactly what is
// sent: "/..//evil" or "/%2e%2e//evil" normalise to "//evil", which a browser
// reads as another host, and are refused after normalisation, not before.

const FALLBACK = "/articles";
/** A second origin: a path resolves to the origin it is resolved against. */
const ELSEWHERE = "https://elsewhere.invalid";

/** The app's own origin, from RECOUPE_BASE_URL (or the local default). */
export function appOrigin(): string {
  const e = env();
  return new URL(e.RECOUPE_BASE_URL ?? `http://localhost:${e.PORT}`).origin;
}

export function safeNext(value: unknown, fallback = FALLBACK, origin = appOrigin()): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  // Browsers drop tabs and line breaks anywhere in a URL and read "\" as "/":
  // such a target means something else to them than it looks, so it is refused.
  if (/[\\\u0000-\u001f\u007f-\u009f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Only a path: resolved against any other origin it must stay there.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  try {
    if (new URL(path, ELSEWHERE).origin !== ELSEWHERE || new URL(path, origin).origin !== origin) return fallback;
  } catch {
    return fallback;
  }
  return path;
}
