import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support";

// ?next=… variants a hostile link may carry: after signing in, and when a
// signed-in person opens such a link, the browser must stay on the site.

const VARIANTS = [
  "//evil.example",
  "/..//evil.example",
  "/.//evil.example",
  "/%2e%2e//evil.example",
  "/%2F..%2F%2Fevil.example",
  "/\\evil.example",
  "/\t/evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  "//user@evil.example",
  "/a/../..//evil.example",
  "\uff0f\uff0fevil.example",
];

test("after signing in, every ?next= variant stays on the site", async ({ page, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  for (const [i, next] of VARIANTS.entries()) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel("Email").fill(ACCOUNTS.viewer.email);
    await page.getByLabel("Password").fill(ACCOUNTS.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    expect(new URL(page.url()).origin, `variant ${i}: ${JSON.stringify(next)}`).toBe(origin);
  }
});

test("a signed-in person opening a sign-in link with any of them stays on the site", async ({ page, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS.viewer.email);
  await page.getByLabel("Password").fill(ACCOUNTS.viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/articles/);
  for (const [i, next] of VARIANTS.entries()) {
    const response = await page.request.get(`/sign-in?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
    expect(response.status(), `variant ${i}`).toBe(307);
    const location = response.headers()["location"] ?? "";
    expect(new URL(location, origin).origin, `variant ${i}: ${JSON.stringify(next)} -> ${location}`).toBe(origin);
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    expect(new URL(page.url()).origin, `variant ${i}`).toBe(origin);
  }
});
