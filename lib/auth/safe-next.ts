// Where to go after signing in: only a path of this site. Anything the browser
// could read as another origin ("//evil", "/\evil", "/\tevil", "https://…") is
// replaced by the articles page.

const FALLBACK = "/articles";
const PROBE = "http://recoupe.invalid";

export function safeNext(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return FALLBACK;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return FALLBACK;
  try {
    const url = new URL(value, PROBE);
    if (url.origin !== PROBE) return FALLBACK;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return FALLBACK;
  }
}
