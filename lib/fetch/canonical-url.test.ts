import { describe, expect, it } from "vitest";
import { findCanonicalUrl, normaliseUrl } from "./canonical-url";
import { parseContentType, sniffBinary } from "./content-type";

describe("normaliseUrl", () => {
  it.each([
    ["HTTPS://WWW.Example.ORG:443/Monde/Article.html#comments", "https://www.example.org/Monde/Article.html"],
    ["http://example.org:80/a?utm_source=x&utm_medium=y", "http://example.org/a"],
    ["https://example.org/a?id=3&fbclid=abc&gclid=d&xtor=RSS-1&b=2", "https://example.org/a?b=2&id=3"],
    ["https://example.org:8443/a", "https://example.org:8443/a"],
    ["https://user:pw@example.org/a", "https://example.org/a"],
    ["https://exämple.org/été", "https://xn--exmple-cua.org/%C3%A9t%C3%A9"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });
});

describe("findCanonicalUrl", () => {
  const page = "https://www.lecourrier.example/monde/2022/bilan?utm_source=twitter";
  const head = (tags: string) => `<html><head>${tags}</head><body><p>x</p></body></html>`;

  it("prefers <link rel=canonical>, resolved against the page and normalised", () => {
    expect(findCanonicalUrl(head('<link rel="canonical" href="/monde/bilan#top">'), page)).toBe(
      "https://www.lecourrier.example/monde/bilan",
    );
    expect(findCanonicalUrl(head('<link rel="alternate canonical" href="https://lecourrier.example/b">'), page)).toBe(
      "https://lecourrier.example/b",
    );
  });

  it("falls back to og:url, then to the page's own address", () => {
    expect(
      findCanonicalUrl(head('<meta property="og:url" content="https://m.lecourrier.example/c?utm_campaign=z">'), page),
    ).toBe("https://m.lecourrier.example/c");
    expect(findCanonicalUrl(head(""), page)).toBe("https://www.lecourrier.example/monde/2022/bilan");
  });

  it("ignores a canonical on another site (syndication) and one pointing at the home page", () => {
    expect(findCanonicalUrl(head('<link rel="canonical" href="https://apnews.example/article/1">'), page)).toBe(
      "https://www.lecourrier.example/monde/2022/bilan",
    );
    expect(findCanonicalUrl(head('<link rel="canonical" href="https://www.lecourrier.example/">'), page)).toBe(
      "https://www.lecourrier.example/monde/2022/bilan",
    );
    expect(findCanonicalUrl(head('<link rel="canonical" href="javascript:alert(1)">'), page)).toBe(
      "https://www.lecourrier.example/monde/2022/bilan",
    );
  });

  it("reads only the head, so a canonical written in the body does not count", () => {
    const html = '<html><head></head><body><link rel="canonical" href="/other"></body></html>';
    expect(findCanonicalUrl(html, page)).toBe("https://www.lecourrier.example/monde/2022/bilan");
  });
});

describe("content types", () => {
  it("parses the media type and charset", () => {
    expect(parseContentType('text/HTML; Charset="ISO-8859-1"')).toEqual({ type: "text/html", charset: "ISO-8859-1" });
    expect(parseContentType("nonsense")).toBeNull();
    expect(parseContentType(undefined)).toBeNull();
  });

  it("recognises binaries by their first bytes", () => {
    expect(sniffBinary(new TextEncoder().encode("%PDF-1.7"))).toBe("application/pdf");
    expect(sniffBinary(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffBinary(new TextEncoder().encode("<p>a\u0000b</p>"))).toBe("application/octet-stream");
    expect(sniffBinary(new TextEncoder().encode("<p>Texte</p>"))).toBeNull();
  });
});
