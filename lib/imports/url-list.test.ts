import { describe, expect, it } from "vitest";
import { MAX_URL_LENGTH, readUrlList } from "./url-list";

describe("readUrlList", () => {
  it("reads one address a line, skipping blanks and comments, and refuses what cannot be an address", () => {
    const lines = readUrlList(
      "\uFEFF# list\r\nhttps://example.org/a\n\n  http://example.org/b  \nftp://example.org/c\nnot an address",
      "https://example.org/a\n" + `https://example.org/${"x".repeat(MAX_URL_LENGTH)}`,
    );
    expect(lines.map((l) => [l.url.slice(0, 25), l.refusal && l.refusal.message])).toEqual([
      ["https://example.org/a", null],
      ["http://example.org/b", null],
      ["ftp://example.org/c", "fetch.errors.scheme"],
      ["not an address", "fetch.errors.invalidUrl"],
      ["https://example.org/a", "fetch.bulk.repeated"],
      ["https://example.org/xxxxx", "fetch.import.urlTooLong"],
    ]);
    expect(lines[2]?.refusal).toEqual({ message: "fetch.errors.scheme", values: { scheme: "ftp" } });
  });

  it("gives nothing for an empty list", () => {
    expect(readUrlList("", "\n  \n# none")).toEqual([]);
  });
});
