import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it.each([
    ["/facts/123?x=1#n", "/facts/123?x=1#n"],
    ["/articles", "/articles"],
    ["//evil.example", "/articles"],
    ["/\\evil.example", "/articles"],
    ["/\tevil.example", "/articles"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["https://evil.example", "/articles"],
    ["javascript:alert(1)", "/articles"],
    [undefined, "/articles"],
    ["", "/articles"],
  ])("%j goes to %j", (input, expected) => {
    expect(safeNext(input)).toBe(expected);
  });
});
