import http from "node:http";
import { expect, test } from "@playwright/test";
import { signIn, unique } from "../support";

// Uploads over the limit are refused with 413 and a message before they are
// read whole. The large bodies are streamed (zeros, written chunk by chunk), so
// that this test never holds them in memory.

const MB = 1024 * 1024;

type Sent = { status: number; body: string; sent: number };

/** POSTs `size` bytes of multipart body, declared or chunked, stopping as soon as the server answers. */
function streamUpload(base: string, cookie: string, size: number, declare: boolean): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const boundary = "----recoupe-test-boundary";
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="outlet"\r\n\r\nBig Wire\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.txt"\r\nContent-Type: text/plain\r\n\r\n`,
    );
    const url = new URL("/api/articles/import", base);
    const request = http.request(url, {
      method: "POST",
      headers: {
        cookie,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        ...(declare ? { "content-length": String(size) } : { "transfer-encoding": "chunked" }),
      },
    });
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    const pump = () => {
      while (!answered && sent < size) {
        const part = sent === 0 ? head : chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!request.write(part)) {
          request.once("drain", pump);
          return;
        }
      }
      if (!answered) request.end();
    };
    request.on("response", (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (d: string) => (body += d));
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body, sent });
      });
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    pump();
  });
}

test("uploads over the limit get 413 and a message, before they are read whole", async ({ page, baseURL }) => {
  await signIn(page, "editor");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  for (const [size, declare] of [
    [50 * MB, true],
    [1024 * MB, true],
    [50 * MB, false],
  ] as const) {
    const { status, body, sent } = await streamUpload(baseURL as string, cookie, size, declare);
    const what = `${size / MB} MB ${declare ? "declared" : "chunked"}`;
    expect(status, what).toBe(413);
    expect(JSON.parse(body) as unknown, what).toMatchObject({
      code: "TOO_LARGE",
      error: expect.stringMatching(/at most 6\.0 MB/),
    });
    // Refused long before the end: the server stopped reading.
    expect(sent, what).toBeLessThan(size);
  }
});

test("a file that is not UTF-8 is refused with the offset of its first bad byte; emoji and scripts are kept", async ({
  page,
}) => {
  await signIn(page, "editor");
  const latin1 = Buffer.from([...Buffer.from("Plus de 6 700 morts, selon Erevan, a "), 0xe9, 0x74, 0xe9]);
  const refused = await page.request.post("/api/articles/import", {
    multipart: {
      outlet: "Latin Wire",
      publishedAt: "2022-10-31",
      language: "fr",
      title: "Latin-1",
      file: { name: "latin1.txt", mimeType: "text/plain", buffer: latin1 },
    },
  });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { fieldErrors: { file: string[] } }).fieldErrors.file[0]).toBe(
    "latin1.txt is not UTF-8 text: the first invalid byte is at offset 37 (0xE9). Save it with UTF-8 encoding and import it again.",
  );

  const title = unique("Famille");
  const text =
    "La famille 👨‍👩‍👧‍👦 est arrivée à Erevan après trois jours de route depuis Stepanakert, selon ses proches.\n\n" +
    "قال المتحدث إن 50 شخصا قتلوا؟\n\nLes autorités ont annoncé dimanche un nouveau bilan de 50 civils tués dans la région.";
  const imported = await page.request.post("/api/articles/import", {
    multipart: { outlet: "Script Wire", publishedAt: "2022-10-31", language: "fr", title, text },
  });
  expect(imported.status()).toBe(201);
  const { location } = (await imported.json()) as { location: string };
  await page.goto(location);
  await expect(page.locator(".article-text")).toContainText("👨‍👩‍👧‍👦");
  await expect(page.locator(".article-text")).toContainText("قال المتحدث إن 50 شخصا قتلوا؟");
});
