import { expect, test, type APIResponse } from "@playwright/test";
import { signIn } from "../support";

// Security headers on every kind of response, checked on real requests:
// pages, API JSON, downloads, static files, redirects, errors, 404s.

function expectCommonHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("same-origin");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["content-security-policy"], what).toMatch(/frame-ancestors 'none'/);
}

test("every kind of response carries the security headers", async ({ page }) => {
  await signIn(page, "editor");
  const api = page.request;
  const kinds: [string, () => Promise<APIResponse>, RegExp][] = [
    ["a page", () => api.get("/articles"), /script-src 'self' 'nonce-/],
    ["the sign-in page", () => api.get("/sign-in"), /script-src 'self' 'nonce-/],
    ["API JSON", () => api.get("/api/health"), /^default-src 'none'/],
    ["an API refusal", () => api.get("/api/workspace"), /^default-src 'none'/],
    ["a CSV download", () => api.get("/api/reports?format=csv"), /^default-src 'none'/],
    ["a JSON download", () => api.get("/api/reports?format=json"), /^default-src 'none'/],
    ["an unknown API route", () => api.get("/api/no-such-route"), /^default-src 'none'/],
    ["a page that does not exist", () => api.get("/no-such-page"), /frame-ancestors 'none'/],
    ["the icon", () => api.get("/icon.svg"), /^default-src 'none'/],
    ["a redirect", () => api.get("/sign-in?next=/facts", { maxRedirects: 0 }), /frame-ancestors 'none'/],
    [
      "an upload refused",
      () => api.post("/api/articles/import", { multipart: { outlet: "x" } }),
      /^default-src 'none'/,
    ],
  ];
  const html = await (await api.get("/articles")).text();
  const script = html.match(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script).toBeDefined();
  kinds.push(["a static script", () => api.get(script as string), /^default-src 'none'/]);

  for (const [what, request, csp] of kinds) {
    const response = await request();
    expectCommonHeaders(response, what);
    expect(response.headers()["content-security-policy"], what).toMatch(csp);
  }
});

test("no HSTS over plain http (the public address here is http://)", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
});
