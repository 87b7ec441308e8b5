import { describe, expect, it } from "vitest";
import { splitHighlight, trimToWords } from "./highlight";
import { parseSearchQuery, probePattern } from "./parse-query";
import { readSearchText, SEARCH_MAX_LENGTH } from "./schema";

describe("parseSearchQuery", () => {
  it("requires every word, keeps phrases whole and reads -word as an exclusion", () => {
    expect(parseSearchQuery('réfugiés «plus de 200» -Bakou "Haut-Karabakh"').terms).toEqual([
      { any: ["réfugiés"], not: false },
      { any: ["plus de 200"], not: false },
      { any: ["Bakou"], not: true },
      { any: ["Haut-Karabakh"], not: false },
    ]);
  });

  it("groups words joined by OR into one term, the seam for name aliases", () => {
    expect(parseSearchQuery("Pachinian OR Pashinyan Sotchi").terms).toEqual([
      { any: ["Pachinian", "Pashinyan"], not: false },
      { any: ["Sotchi"], not: false },
    ]);
    expect(parseSearchQuery("OR or").terms).toEqual([{ any: ["or"], not: false }]);
  });

  it("keeps negative figures and drops one-letter noise", () => {
    expect(parseSearchQuery("-5 % à l' .*(a+)+$").terms).toEqual([{ any: ["-5"], not: false }]);
  });

  it("gives accent-blind word beginnings to place the snippet", () => {
    const { probes } = parseSearchQuery("Réfugiés mort");
    expect(probes).toEqual(["refugi", "mort"]);
    const pattern = probePattern(probes) ?? "";
    expect(pattern.startsWith("\\m(?:")).toBe(true);
    expect(pattern).toContain("[eèéêëEÈÉÊË]");
  });
});

describe("highlights", () => {
  it("splits marked text into parts, rendered as text", () => {
    expect(splitHighlight("a <b>\uE000réfugiés\uE001 & c")).toEqual([
      { text: "a <b>", hit: false },
      { text: "réfugiés", hit: true },
      { text: " & c", hit: false },
    ]);
  });

  it("drops the words cut at the ends of a window", () => {
    const parts = trimToWords(splitHighlight("ssage de la \uE000guerre\uE001 qui a dur"), true, true);
    expect(parts.map((p) => p.text).join("")).toBe("de la guerre qui a");
  });
});

describe("readSearchText", () => {
  it("lists normally when blank and says when too long", () => {
    expect(readSearchText("   ")).toEqual({ status: "empty" });
    expect(readSearchText(undefined)).toEqual({ status: "empty" });
    expect(readSearchText(" mort ")).toEqual({ status: "ok", q: "mort" });
    expect(readSearchText("x".repeat(SEARCH_MAX_LENGTH + 1))).toEqual({
      status: "tooLong",
      length: SEARCH_MAX_LENGTH + 1,
      max: SEARCH_MAX_LENGTH,
    });
  });
});
