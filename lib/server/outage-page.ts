import { createHash } from "node:crypto";
import { translator } from "@/lib/i18n/translator";
import type { UiLocale } from "@/lib/i18n/locales";

// The page every page request gets while the database cannot be reached: 503,
// in the person's language, reloading itself until the database is back. No
// script: a refresh every few seconds does it, and the style is allowed by hash.

export const OUTAGE_RETRY_SECONDS = 5;

const STYLE =
  "body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:0 1rem;background:#f7f7f5;color:#1f2328}" +
  "main{max-width:36rem;margin:15vh auto;padding:1.5rem;border-left:4px solid #9a6700;background:#fff}" +
  "h1{font-size:1.4rem;margin:0 0 .5rem}p{margin:.5rem 0}";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

export function renderOutagePage(locale: UiLocale): { html: string; headers: Record<string, string> } {
  const t = translator(locale, "outage");
  const styleHash = createHash("sha256").update(STYLE).digest("base64");
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${OUTAGE_RETRY_SECONDS}">
<title>${escape(t("title"))}</title>
<style>${STYLE}</style>
</head>
<body>
<main role="status" aria-live="polite">
<h1>${escape(t("heading"))}</h1>
<p>${escape(t("body", { seconds: OUTAGE_RETRY_SECONDS }))}</p>
</main>
</body>
</html>
`;
  return {
    html,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(OUTAGE_RETRY_SECONDS),
      "content-security-policy": `default-src 'none'; style-src 'sha256-${styleHash}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
    },
  };
}
