import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { readUpload } from "./read-upload";

const limit = { bytes: 100, label: "100 bytes" };
const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://recoupe.test/api/workspace", { method: "POST", body, headers, duplex: "half" } as RequestInit);

async function drain(source: AsyncIterable<Uint8Array>): Promise<number[]> {
  const out: number[] = [];
  for await (const chunk of source) out.push(...chunk);
  return out;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(AppError);
      return e as AppError;
    },
  );

describe("readUpload", () => {
  it("passes a raw body through untouched", async () => {
    expect(await drain(await readUpload(post(new Uint8Array([1, 2, 3])), limit))).toEqual([1, 2, 3]);
  });

  it("takes the file from a multipart form field named file", async () => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array([4, 5])]), "backup.recoupe.ndjson.gz");
    expect(await drain(await readUpload(post(form), limit))).toEqual([4, 5]);
    const empty = new FormData();
    empty.set("other", "x");
    expect((await failure(readUpload(post(empty), limit))).message).toContain("form field file");
  });

  it("refuses a declared length over the limit before reading anything", async () => {
    const error = await failure(readUpload(post(new Uint8Array(10), { "content-length": "101" }), limit));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toContain("larger than 100 bytes");
  });

  it("refuses a body that grows past the limit without declaring its length", async () => {
    const error = await failure(readUpload(post(new Uint8Array(101)), limit).then(drain));
    expect(error.code).toBe("TOO_LARGE");
  });

  it("notices a body cut short of its declared length", async () => {
    const error = await failure(readUpload(post(new Uint8Array(10), { "content-length": "90" }), limit).then(drain));
    expect(error.message).toMatch(/^Only 10 bytes of the 90 bytes file reached Recoupe/);
  });

  it("refuses a request without a file", async () => {
    expect((await failure(readUpload(post(null), limit))).message).toContain("No file was sent");
  });
});
