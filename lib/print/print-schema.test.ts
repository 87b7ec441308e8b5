import { describe, expect, it } from "vitest";
import { chromiumPath, parseCookies } from "./render-pdf";
import { MAX_PRINT_FACTS, printPagePath, printQuerySchema } from "./print-schema";

const a = "0b9a7f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
const b = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

describe("printQuerySchema", () => {
  it("reads one fact, a comma-separated set or the parameter repeated, once each", () => {
    expect(printQuerySchema.parse({ facts: a }).facts).toEqual([a]);
    expect(printQuerySchema.parse({ facts: ` ${a}, ${b},${a}` }).facts).toEqual([a, b]);
    expect(printQuerySchema.parse({ facts: [a, b] }).facts).toEqual([a, b]);
    expect(printPagePath({ facts: [a, b] })).toBe(`/print/facts?facts=${a}%2C${b}`);
  });

  it("refuses no fact, a forged id and too many, with the catalog's reasons", () => {
    const reason = (facts: unknown) => printQuerySchema.safeParse({ facts }).error?.issues[0]?.message;
    expect(reason(undefined)).toBe("print.errors.noFacts");
    expect(reason(" , ")).toBe("print.errors.noFacts");
    expect(reason(`${a},1 OR 1=1`)).toBe("print.errors.badFact");
    const many = Array.from({ length: MAX_PRINT_FACTS + 1 }, (_, i) =>
      a.replace(/.{12}$/, String(i).padStart(12, "0")),
    );
    expect(reason(many.join(","))).toBe("print.errors.tooManyFacts");
  });
});

describe("chromiumPath", () => {
  it("takes RECOUPE_CHROMIUM_PATH when it exists, and says so when it does not", () => {
    expect(chromiumPath({ RECOUPE_CHROMIUM_PATH: "/nowhere/chromium" })).toBeNull();
    expect(chromiumPath({ RECOUPE_CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});

describe("parseCookies", () => {
  it("reads the name=value pairs of a Cookie header, values with = kept whole", () => {
    expect(parseCookies("a=1; better-auth.session_token=x.y=z;  recoupe-locale=fr;bad")).toEqual([
      { name: "a", value: "1" },
      { name: "better-auth.session_token", value: "x.y=z" },
      { name: "recoupe-locale", value: "fr" },
    ]);
    expect(parseCookies(null)).toEqual([]);
  });
});
