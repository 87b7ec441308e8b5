// npm run bench:reader — how fast the reader of a 2 MB article opens, and how
// much it sends, in Chromium against the production build (`npm start`'s own
// script, which builds when the sources changed), on a throwaway database.
// Also a 3 KB article for comparison. Prints, per article: figures found
// (pending suggestions), HTML bytes, time to the response's last byte, time
// until the text and the first suggestions are on screen and the page answers
// (a click on the suggestions' "Next" fetches and shows page 2).
// Target: the 2 MB article's reader opens in under 3 s.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { chromium } from "@playwright/test";
import postgres from "postgres";
import { createArticle } from "@/lib/articles/create-article";
import { normaliseText } from "@/lib/articles/normalise-text";
import { prepareArticle } from "@/lib/articles/prepare-article";
import { MAX_TEXT_BYTES } from "@/lib/articles/limits";
import { closeDb, db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

const EMAIL = "bench-reader@recoupe.local";
const PASSWORD = "bench-reader-password";
const log = (line: string) => console.log(line);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** News text from the seed articles, figures varied, up to the import's 2 MB limit. */
function longText(): string {
  const seed = readFileSync("seeds/articles/002_4b9f7038e4953bab.txt", "utf8");
  let text = "";
  for (let i = 0; Buffer.byteLength(text) < MAX_TEXT_BYTES - 8_000; i++) {
    text += `${seed.replace(/\d+/g, (d) => String(Number(d) + (i % 9)))}\n\n`;
  }
  return normaliseText(text);
}

async function main() {
  const admin = process.env.RECOUPE_BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `recoupe_bench_reader_${randomBytes(3).toString("hex")}`;
  const server = postgres(admin, { max: 1, onnotice: () => undefined });
  await server.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  let app: ReturnType<typeof spawn> | undefined;
  try {
    await migrate(databaseUrl);
    process.env.DATABASE_URL = databaseUrl;
    const user = await db().user.create({
      data: { name: "Bench Importer", email: "bench-importer@recoupe.local", role: "editor" },
    });
    const articles: { label: string; id: string }[] = [];
    for (const [label, text] of [
      ["2 MB article", longText()],
      ["3 KB article", readFileSync("seeds/articles/000_19743005c1eed50a.txt", "utf8").slice(0, 3_000)],
    ] as const) {
      const prepared = prepareArticle(text, { format: "text", keepBoilerplate: true });
      const { id } = await createArticle(
        { outlet: "Bench Wire", title: label, publishedAt: "2024-08-19", language: "fr", format: "text", prepared },
        user.id,
      );
      articles.push({ label, id });
    }
    await closeDb();

    const port = await freePort();
    log(`starting the app on port ${port} (builds first when the sources changed)…`);
    app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        RECOUPE_SEED: "false",
        RECOUPE_ADMIN_EMAIL: EMAIL,
        RECOUPE_ADMIN_PASSWORD: PASSWORD,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      app?.stdout?.on("data", (chunk: Buffer) => {
        const text = chunk.toString();
        if (/error|warn|\[jobs\]/i.test(text)) process.stderr.write(text);
        if (/Recoupe at /.test(text)) resolve(); // scripts/start.ts says it once the server listens
      });
      app?.once("exit", (code) => reject(new Error(`the app exited (${code})`)));
    });

    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const base = `http://localhost:${port}`; // the app's own address (RECOUPE_BASE_URL): sign-in checks the origin
    await page.goto(`${base}/sign-in?next=/articles`);
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/articles`);

    for (const { label, id } of articles) {
      for (let run = 0; run < 2; run++) {
        const started = Date.now();
        const response = await page.goto(`${base}/articles/${id}`, { waitUntil: "commit" });
        const html = (await response?.body())?.byteLength ?? 0;
        const downloaded = Date.now() - started;
        await page
          .locator(".article-text")
          .waitFor({ timeout: 60_000 })
          .catch(async (error: unknown) => {
            await page.screenshot({ path: "/tmp/recoupe-bench-reader.png" });
            throw error;
          });
        const suggestions = page.getByRole("region", { name: "Suggested claims" });
        await suggestions.locator(".suggestion-item").first().waitFor();
        const next = suggestions.getByRole("button", { name: /Next/ });
        const total = Number((await suggestions.locator("h2 .faint").textContent()) ?? "0");
        if ((await next.count()) > 0 && (await next.isEnabled())) {
          // Hydrated: the button works, fetching the second page.
          const [pageTwo] = await Promise.all([
            page.waitForResponse((r) => r.url().includes("/suggestions?offset=")),
            next.click(),
          ]);
          await pageTwo.finished();
          await suggestions.getByText(/^21–/).waitFor();
        }
        const interactive = Date.now() - started;
        if (run === 1) {
          log(
            `${label.padEnd(14)} ${String(total).padStart(5)} suggestions  HTML ${(html / 1024 / 1024).toFixed(2)} MB` +
              `  last byte ${downloaded} ms  text + suggestions shown and working ${interactive} ms`,
          );
        }
      }
    }
    await browser.close();
  } finally {
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app?.once("exit", resolve));
    }
    await closeDb();
    await server.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await server.end();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
