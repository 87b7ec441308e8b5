import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, gzipReport } from "./compress-report";

describe("whether a client takes gzip", () => {
  it("reads Accept-Encoding as HTTP means it", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1")).toBe(true);
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("*;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip(null)).toBe(false);
  });
});

describe("a compressed report", () => {
  it("holds the same bytes, pulled piece by piece", async () => {
    const pieces = Array.from({ length: 50 }, (_, i) => `piece ${i}: ${"é".repeat(i * 100)}\n`);
    let pulled = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === pieces.length) return controller.close();
        controller.enqueue(new TextEncoder().encode(pieces[pulled++]));
      },
    });
    const chunks: Buffer[] = [];
    for await (const chunk of gzipReport(source)) chunks.push(Buffer.from(chunk));
    expect(gunzipSync(Buffer.concat(chunks)).toString("utf8")).toBe(pieces.join(""));
  });

  it("ends the report when the reader goes away", async () => {
    let cancelled = false;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024).fill(65));
      },
      cancel() {
        cancelled = true;
      },
    });
    const reader = gzipReport(source).getReader();
    await reader.read();
    await reader.cancel();
    await expect.poll(() => cancelled).toBe(true);
  });

  it("is cut, not ended cleanly, when the report fails", async () => {
    let sent = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 3) controller.enqueue(new TextEncoder().encode("some text\n"));
        else controller.error(new Error("database gone"));
      },
    });
    const read = async () => {
      for await (const chunk of gzipReport(source)) void chunk;
    };
    await expect(read()).rejects.toThrow();
  });
});
