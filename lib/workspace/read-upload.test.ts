import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { said } from "@/lib/testing/refusal";
import { readUpload } from "./read-upload";

const limitOf = (bytes: number) => ({ bytes });
const limit = limitOf(100);
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
    expect(said(await failure(readUpload(post(empty), limit)), "en")).toContain("form field file");
  });

  it("refuses a declared length over the limit before reading anything", async () => {
    const error = await failure(readUpload(post(new Uint8Array(10), { "content-length": "101" }), limit));
    expect(error.code).toBe("TOO_LARGE");
    expect(said(error, "en")).toContain("larger than 100 bytes, the most the web upload takes");
    expect(said(error, "fr")).toMatch(/^Le fichier dépasse 100 octets, le maximum .* Rien n'a été importé\.$/);
  });

  it("refuses a body that grows past the limit without declaring its length", async () => {
    const error = await failure(readUpload(post(new Uint8Array(101)), limit).then(drain));
    expect(error.code).toBe("TOO_LARGE");
  });

  it("notices a body cut short of its declared length", async () => {
    const error = await failure(readUpload(post(new Uint8Array(10), { "content-length": "90" }), limit).then(drain));
    expect(said(error, "en")).toMatch(/^Only 10 bytes of the 90 bytes file reached Recoupe.* Nothing was imported\.$/);
    expect(said(error, "fr")).toMatch(/^Seuls 10 octets du fichier de 90 octets sont parvenus à Recoupe/);
  });

  it("writes large sizes in the reader's units", async () => {
    const gigabytes = { bytes: 2 * 1024 ** 3 };
    const declared = String(3 * 1024 ** 3);
    const error = await failure(readUpload(post(new Uint8Array(1), { "content-length": declared }), gigabytes));
    expect(said(error, "en")).toContain("larger than 2 GB,");
    expect(said(error, "fr")).toContain("dépasse 2 Go,");
    const short = await failure(
      readUpload(post(new Uint8Array(1536), { "content-length": String(1.5 * 1024 ** 2) }), limitOf(1024 ** 3)).then(
        drain,
      ),
    );
    expect(said(short, "en")).toMatch(/^Only 2 KB of the 1.5 MB file/);
    expect(said(short, "fr")).toMatch(/^Seuls 2 Ko du fichier de 1,5 Mo/);
  });

  it("refuses a request without a file", async () => {
    expect(said(await failure(readUpload(post(null), limit)), "en")).toContain("No file was sent");
  });
});
