import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { AppError } from "@/lib/errors/app-error";

// A printed report is Chromium's own print of Recoupe's print page (its print
// stylesheet, A4): the same page an editor sees at /print/facts, so the PDF
// and the screen never disagree. Chromium is started for each report and
// closed after it; it reaches nothing but this server (every other request
// is aborted), and it asks for the page with the requester's own session, so
// the report shows exactly what they may read, in their language.

/** Where Chromium is: RECOUPE_CHROMIUM_PATH, else the system's. */
export function chromiumPath(source: Record<string, string | undefined> = process.env): string | null {
  const given = source.RECOUPE_CHROMIUM_PATH?.trim();
  if (given) return existsSync(given) ? given : null;
  return (
    ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p)) ?? null
  );
}

/** Reports printed at once by this server; more wait their turn (each holds a browser). */
const AT_ONCE = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function turn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export type PrintRequest = {
  /** This server, as Chromium reaches it (http://127.0.0.1:PORT). */
  origin: string;
  /** The print page's path and query. */
  path: string;
  /** The requester's Cookie header: their session and language. */
  cookie: string | null;
  /** The public address links in the report are built on. */
  baseUrl: string;
  /** Footer text ("page 3 of 7" is added). */
  footer: string;
  timeoutMs?: number;
};

/** The name=value pairs of a Cookie header. */
export function parseCookies(header: string | null): { name: string; value: string }[] {
  if (!header) return [];
  return header.split(";").flatMap((part) => {
    const at = part.indexOf("=");
    const name = (at === -1 ? "" : part.slice(0, at)).trim();
    return name ? [{ name, value: part.slice(at + 1).trim() }] : [];
  });
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

export async function renderPdf(request: PrintRequest): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new AppError("UNAVAILABLE", "print.errors.noChromium");
  return turn(async () => {
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({
        executablePath,
        args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
      });
      const context = await browser.newContext({
        javaScriptEnabled: true,
        extraHTTPHeaders: { "x-recoupe-print-base": request.baseUrl },
      });
      const origin = new URL(request.origin).origin;
      // The requester's cookies, for this server only (a Cookie header set on
      // the requests themselves is not what Chromium sends).
      // Cookies named __Secure-/__Host- (an https:// install) must be Secure; Chromium
      // accepts Secure cookies on 127.0.0.1, a trustworthy origin.
      await context.addCookies(
        parseCookies(request.cookie).map((c) => ({ ...c, url: origin, secure: /^__(Secure|Host)-/.test(c.name) })),
      );
      await context.route("**/*", (route) =>
        new URL(route.request().url()).origin === origin ? route.continue() : route.abort("blockedbyclient"),
      );
      const page = await context.newPage();
      const timeout = request.timeoutMs ?? 30_000;
      const response = await page.goto(`${origin}${request.path}`, { waitUntil: "load", timeout });
      const landed = new URL(page.url());
      if (
        !response ||
        response.status() >= 400 ||
        landed.pathname !== new URL(request.path, origin).pathname ||
        !(await page.locator("[data-print-ready]").count())
      ) {
        throw new AppError("UNAVAILABLE", "print.errors.pageFailed", { values: { status: response?.status() ?? 0 } });
      }
      await page.emulateMedia({ media: "print" });
      return await page.pdf({
        format: "A4",
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: `<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between;color:#555">
          <span>${escape(request.footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
        margin: { top: "14mm", bottom: "16mm", left: "12mm", right: "12mm" },
      });
    } finally {
      await browser?.close().catch(() => undefined);
    }
  });
}
