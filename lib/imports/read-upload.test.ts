import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { MAX_UPLOAD_BYTES } from "./limits";
import { readUpload } from "./read-upload";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );

describe("readUpload", () => {
  it("refuses an upload whose declared length is over the limit without reading its body", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const request = new Request("http://recoupe.test/api/imports", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_UPLOAD_BYTES + 1) },
      body,
      duplex: "half",
    } as RequestInit);
    const error = await refusal(readUpload(request));
    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe("TOO_LARGE");
    expect(error?.message).toBe("imports.errors.uploadTooLarge");
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops an upload of unknown length as soon as it passes the limit", async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://recoupe.test/api/imports", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body,
      duplex: "half",
    } as RequestInit);
    const error = await refusal(readUpload(request));
    expect(error?.code).toBe("TOO_LARGE");
    expect(sent).toBeLessThan(MAX_UPLOAD_BYTES + 4 * chunk.byteLength);
  });

  it("reads the files and the batch's defaults, refusing a bad default with its field", async () => {
    const form = new FormData();
    form.append("files", new File(["Bonjour"], "a.txt"));
    form.append("files", new File(["Hello"], "b.md"));
    form.append("outlet", "  ");
    form.append("language", "en");
    const { files, defaults } = await readUpload(new Request("http://recoupe.test/", { method: "POST", body: form }));
    expect(files.map((f) => f.name)).toEqual(["a.txt", "b.md"]);
    expect(defaults).toEqual({ outlet: undefined, language: "en", publishedAt: undefined, keepBoilerplate: false });
    const bad = new FormData();
    bad.append("files", new File(["x"], "a.txt"));
    bad.append("language", "xx");
    await expect(readUpload(new Request("http://recoupe.test/", { method: "POST", body: bad }))).rejects.toThrow();
  });
});
