import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, MAX_TEXT_BYTES } from "./limits";
import { prepareArticle } from "./prepare-article";
import { decodeFile, readImportedContent } from "./read-content";
import { AppError } from "@/lib/errors/app-error";
import { refusal, said } from "@/lib/testing/refusal";

describe("imported content", () => {
  it("reads a UTF-8 text file", async () => {
    const file = new File(["Plus de 6 700 personnes."], "ap.txt");
    await expect(readImportedContent({ file, format: "text" })).resolves.toMatchObject({
      content: "Plus de 6 700 personnes.",
      format: "text",
    });
  });

  it("chooses the format from the extension", async () => {
    const file = new File(["<p>x</p>"], "page.HTML");
    await expect(readImportedContent({ file, format: "text" })).resolves.toMatchObject({ format: "html" });
  });

  it("refuses a binary file", async () => {
    const file = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])], "archive.txt");
    const error = await refusal(readImportedContent({ file, format: "text" }));
    expect(error.message).toBe("errors.upload.binary");
    expect(error.fieldErrors?.file).toEqual([
      { key: "errors.upload.binary", values: { name: "archive.txt", offset: 4 } },
    ]);
  });

  it("refuses a file that is not UTF-8", async () => {
    const latin1 = new Uint8Array([0x45, 0x72, 0x65, 0x76, 0x61, 0x6e, 0x20, 0xe9, 0x74, 0xe9]);
    const error = await refusal(readImportedContent({ file: new File([latin1], "latin1.txt"), format: "text" }));
    expect(error.fieldErrors?.file).toEqual([
      { key: "errors.upload.notUtf8", values: { name: "latin1.txt", offset: 7, byte: "0xE9" } },
    ]);
  });

  it("refuses other file types", async () => {
    const error = await refusal(readImportedContent({ file: new File(["x"], "report.pdf"), format: "text" }));
    expect(error.message).toBe("errors.upload.fileType");
  });

  it("refuses a file over the size limit, saying the limit", async () => {
    const file = new File([new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61)], "big.txt");
    const error = await refusal(readImportedContent({ file, format: "text" }));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.values).toEqual({ name: "big.txt", sizeBytes: MAX_FILE_BYTES + 1, limitBytes: MAX_FILE_BYTES });
    // Told in the reader's units.
    expect(said(error, "en")).toBe("big.txt is 5.0 MB; files of up to 5.0 MB can be imported.");
    expect(said(error, "fr").replace(/[\u00a0\u202f]/g, " ")).toContain("5,0 Mo");
  });

  it("refuses pasted text with NUL characters or unpaired surrogates", async () => {
    expect((await refusal(readImportedContent({ text: "6 500\u0000morts", format: "text" }))).values).toEqual({
      position: 6,
      character: "nul",
    });
    expect((await refusal(readImportedContent({ text: "6 500 \ud83d morts", format: "text" }))).values).toEqual({
      position: 7,
      character: "surrogate",
    });
  });

  it("asks for content when there is none", async () => {
    expect((await refusal(readImportedContent({ format: "text" }))).fieldErrors?.text).toBeDefined();
  });

  it("decodes a byte order mark away", () => {
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), "a.txt")).toBe("A");
  });
});

describe("prepareArticle", () => {
  it("refuses more than 2 MB of article text", () => {
    const text = "Plus de 6 700 personnes sont mortes dans les combats. ".repeat(Math.ceil(MAX_TEXT_BYTES / 50));
    let error: unknown;
    try {
      prepareArticle(text, { format: "text" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(said(error as AppError)).toMatch(/2\.0 MB/);
  });

  it("keeps the raw text and hashes the normalised story", () => {
    const prepared = prepareArticle(
      "Partager cet article\r\nPlus de 6 700 personnes sont mortes dans les combats, selon AP.",
      { format: "text" },
    );
    expect(prepared.rawText).toContain("Partager");
    expect(prepared.text).toBe("Plus de 6 700 personnes sont mortes dans les combats, selon AP.");
    expect(prepared.textHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
