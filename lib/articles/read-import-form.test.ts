import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/testing/refusal";
import { MAX_UPLOAD_BYTES } from "./limits";
import { readImportForm } from "./read-import-form";

const BOUNDARY = "----recoupe-unit";
const TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/** A multipart body from parts given as bytes. */
function multipart(parts: [string, Uint8Array | string, string?][]): Buffer<ArrayBuffer> {
  const chunks: Buffer[] = [];
  for (const [name, value, filename] of parts) {
    const disposition = `form-data; name="${name}"${filename ? `; filename="${filename}"` : ""}`;
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n\r\n`));
    chunks.push(Buffer.from(value));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks) as Buffer<ArrayBuffer>;
}

/** A body of `size` bytes made as it is read, counting what was read. */
function endless(size: number) {
  const read = { bytes: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const head = multipart([["outlet", "Wire"]]).subarray(0, -`--${BOUNDARY}--\r\n`.length);
  const start = Buffer.concat([
    head,
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n`),
  ]);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (read.bytes >= size) return controller.close();
        const part = read.bytes === 0 ? start : chunk;
        read.bytes += part.length;
        controller.enqueue(part);
      },
    },
    { highWaterMark: 0 }, // nothing is made before it is asked for
  );
  return { stream, read };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/articles/import", {
    method: "POST",
    body,
    headers: { "content-type": TYPE, ...headers },
    duplex: "half",
  } as RequestInit);

describe("reading the import form", () => {
  it("reads fields and the file", async () => {
    const fields = await readImportForm(
      post(
        multipart([
          ["outlet", "AP"],
          ["title", "Sommet à Sotchi 👨‍👩‍👧"],
          ["file", "Plus de 6 700 morts.", "ap.txt"],
        ]),
      ),
    );
    expect(fields).toMatchObject({ outlet: "AP", title: "Sommet à Sotchi 👨‍👩‍👧" });
    expect(await fields.file?.text()).toBe("Plus de 6 700 morts.");
  });

  it("refuses a body declared over the limit without reading any of it", async () => {
    const { stream, read } = endless(1024 * 1024 * 1024);
    const error = await refusal(readImportForm(post(stream, { "content-length": String(1024 * 1024 * 1024) })));
    expect(error).toMatchObject({ code: "TOO_LARGE", message: "errors.upload.requestTooLarge" });
    expect(read.bytes).toBe(0);
  });

  it("cuts off a body that turns out larger than the limit, as soon as it passes it", async () => {
    const { stream, read } = endless(50 * 1024 * 1024);
    const error = await refusal(readImportForm(post(stream)));
    expect(error.code).toBe("TOO_LARGE");
    expect(read.bytes).toBeLessThan(MAX_UPLOAD_BYTES + 3 * 64 * 1024);
  });

  it("refuses a field that is not UTF-8, with the offset of its first bad byte", async () => {
    const latin1 = new Uint8Array([0x41, 0x46, 0x50, 0x20, 0xe9, 0x74, 0xe9]);
    const error = await refusal(readImportForm(post(multipart([["outlet", latin1]]))));
    expect(error.fieldErrors?.outlet).toEqual([{ key: "errors.upload.fieldNotUtf8", values: { offset: 4 } }]);
  });
});
