import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatDateTime,
  formatDay,
  formatLanguage,
  formatLanguageChoice,
  formatList,
  formatNumber,
  formatPercent,
  formatRelative,
} from "./format";

// French typography puts a narrow no-break space (U+202F) between thousands and
// before "%"; compare with ordinary spaces for readability.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

describe("formats in the interface's language", () => {
  it("writes calendar days as each language does, whatever the time zone", () => {
    expect(formatDay("2022-10-31", "fr")).toBe("31 octobre 2022");
    expect(formatDay("2022-10-31", "en")).toBe("31 October 2022");
    expect(formatDay(new Date("2022-10-31T23:30:00Z"), "fr")).toBe("31 octobre 2022");
    expect(formatDay("2022-10-31", "en", { month: "short" })).toBe("31 Oct 2022");
  });

  it("writes moments in UTC", () => {
    expect(plain(formatDateTime(new Date("2022-10-31T14:05:00Z"), "fr"))).toBe("31 octobre 2022 à 14:05 UTC");
    expect(formatDateTime("2022-10-31T14:05:00Z", "en")).toBe("31 October 2022 at 14:05 UTC");
  });

  it("groups thousands and writes decimals and percentages as each language does", () => {
    expect(plain(formatNumber(6500, "fr"))).toBe("6 500");
    expect(formatNumber(6500, "en")).toBe("6,500");
    expect(formatNumber(2.5, "fr")).toBe("2,5");
    expect(plain(formatPercent(2.5, "fr"))).toBe("2,5 %");
    expect(formatPercent(2.5, "en")).toBe("2.5%");
  });

  it("names languages as form choices and writes sizes in each language's units", () => {
    expect(formatLanguageChoice("fr", "fr")).toBe("Français");
    expect(formatLanguageChoice("en", "fr")).toBe("Anglais");
    expect(formatLanguageChoice("fr", "en")).toBe("French");
    expect(plain(formatBytes(5 * 1024 * 1024, "fr"))).toBe("5,0 Mo");
    expect(formatBytes(5 * 1024 * 1024, "en")).toBe("5.0 MB");
    expect(formatBytes(60 * 1024 * 1024, "en")).toBe("60.0 MB");
    expect(plain(formatBytes(221, "fr"))).toBe("221 octets");
    expect(formatBytes(221, "en")).toBe("221 bytes");
    expect(plain(formatBytes(12_500, "fr"))).toBe("12 ko");
    expect(formatBytes(0, "en")).toBe("0 bytes");
  });

  it("says how long ago in the largest whole unit", () => {
    const now = new Date("2022-10-31T12:00:00Z");
    expect(formatRelative(new Date("2022-10-31T09:00:00Z"), "fr", now)).toBe("il y a 3 heures");
    expect(formatRelative(new Date("2022-10-30T12:00:00Z"), "en", now)).toBe("yesterday");
    expect(formatRelative(new Date("2022-11-02T12:00:00Z"), "fr", now)).toBe("après-demain");
    expect(formatRelative(now, "en", now)).toBe("now");
  });

  it("names languages and joins lists", () => {
    expect(formatLanguage("fr", "fr")).toBe("français");
    expect(formatLanguage("de", "en")).toBe("German");
    expect(formatList(["2 articles", "3 faits", "1 note"], "fr")).toBe("2 articles, 3 faits et 1 note");
  });
});
