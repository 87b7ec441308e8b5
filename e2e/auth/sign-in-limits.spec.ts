import { expect, test, type Browser } from "@playwright/test";
import { E2E_PORT } from "../../playwright.config";
import { signIn, unique } from "../support";

// Sign-in limits over real connections: the address that counts is the
// connection's own, whatever the client writes in X-Forwarded-For or in the
// header our server uses; five failures lock out that account from that
// address only, and the right password from another address still works.

const FROM_IPV4 = `http://127.0.0.1:${E2E_PORT}`;
const FROM_IPV6 = `http://[::1]:${E2E_PORT}`;

async function attempt(
  browser: Browser,
  base: string,
  email: string,
  password: string,
  headers: Record<string, string>,
) {
  const context = await browser.newContext({ baseURL: base, extraHTTPHeaders: headers });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const alert = page.locator("form").getByRole("alert");
  await expect(alert.or(page.getByRole("link", { name: "Facts", exact: true })).first()).toBeVisible();
  const result = (await alert.isVisible()) ? ((await alert.textContent()) ?? "") : "signed in";
  await context.close();
  return result;
}

test("five failures lock that account out from that address only, whatever headers the client sends", async ({
  page,
  browser,
}) => {
  const email = `limits-${unique("x").split(" ")[1]}@recoupe.test`;
  const password = "a-long-enough-password";
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Users" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Lena Limits");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  for (let i = 0; i < 5; i++) {
    const spoofed = { "x-forwarded-for": `198.51.100.${i}`, "x-recoupe-client-address": `token 203.0.113.${i}` };
    expect(await attempt(browser, FROM_IPV4, email, `wrong-password-${i}`, spoofed)).toBe("Wrong email or password.");
  }
  const sixth = await attempt(browser, FROM_IPV4, email, password, { "x-forwarded-for": "192.0.2.77" });
  expect(sixth).toContain("Too many failed sign-ins for this account from this address");
  expect(await attempt(browser, FROM_IPV6, email, password, {})).toBe("signed in");
});
