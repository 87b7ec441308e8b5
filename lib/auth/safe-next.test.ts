import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

const ORIGIN = "http://localhost:3000";
const next = (value: unknown) => safeNext(value, "/articles", ORIGIN);

// Targets someone may put in ?next=…, as the page receives them (after the
// query string is decoded once). Each must either stay a path of this site or
// fall back to the articles page.
const OFF_SITE: [string, unknown][] = [
  ["protocol-relative", "//evil.example"],
  ["protocol-relative with path", "//evil.example/articles"],
  ["backslash after slash", "/\\evil.example"],
  ["backslashes only", "\\\\evil.example"],
  ["tab inside //", "/\t/evil.example"],
  ["newline inside //", "/\n/evil.example"],
  ["carriage return inside //", "/\r/evil.example"],
  ["dot segment then //", "/..//evil.example"],
  ["single dot then //", "/.//evil.example"],
  ["encoded dot segment then //", "/%2e%2e//evil.example"],
  ["mixed-case encoded dots then //", "/%2E%2e//evil.example"],
  ["dot segments climbing to //", "/a/../..//evil.example"],
  ["absolute http", "http://evil.example/"],
  ["absolute https", "https://evil.example"],
  ["scheme-relative with userinfo", "//user:pass@evil.example"],
  ["userinfo on our own host", "http://user@localhost:3000/articles"],
  ["javascript:", "javascript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["no leading slash", "evil.example"],
  ["fullwidth solidus, no leading slash", "\uff0f\uff0fevil.example"],
  ["NUL", "/\u0000/evil.example"],
  ["C1 control", "/\u0085/evil.example"],
  ["empty", ""],
  ["missing", undefined],
  ["repeated parameter", ["/articles", "//evil.example"]],
];

const ON_SITE: [string, string, string][] = [
  ["a page with query and fragment", "/facts/123?x=1#n", "/facts/123?x=1#n"],
  ["the articles page", "/articles", "/articles"],
  ["dot segments within the site", "/facts/../articles", "/articles"],
  ["encoded slashes stay one path", "/%2F..%2F%2Fevil.example", "/%2F..%2F%2Fevil.example"],
  ["double-encoded dots stay one path", "/%252e%252e//evil.example", "/%252e%252e//evil.example"],
  ["encoded tab is only a character", "/%09/evil.example", "/%09/evil.example"],
  ["fullwidth solidus after a slash", "/\uff0fevil.example", "/%EF%BC%8Fevil.example"],
  ["division slash lookalike", "/\u2215\u2215evil.example", "/%E2%88%95%E2%88%95evil.example"],
  ["a path that mentions another host", "/articles?next=//evil.example", "/articles?next=//evil.example"],
];

describe("safeNext: only paths of this site", () => {
  it.each(OFF_SITE)("%s (%j) falls back to the articles page", (_name, input) => {
    expect(next(input)).toBe("/articles");
  });

  it.each(ON_SITE)("%s: %j goes to %j", (_name, input, expected) => {
    expect(next(input)).toBe(expected);
  });

  it("never returns anything a browser would read as another origin", () => {
    for (const [, input] of [...OFF_SITE, ...ON_SITE.map(([n, i]) => [n, i] as [string, unknown])]) {
      const target = next(input);
      expect(new URL(target, ORIGIN).origin, String(input)).toBe(ORIGIN);
      expect(new URL(target, "https://other.invalid").origin, String(input)).toBe("https://other.invalid");
    }
  });

  it("accepts paths only, even a full address of the app itself", () => {
    expect(safeNext("/facts", "/articles", "https://recoupe.example")).toBe("/facts");
    expect(safeNext("https://recoupe.example/facts", "/articles", "https://recoupe.example")).toBe("/articles");
  });
});
