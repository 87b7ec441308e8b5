import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "./catalogs";
import { UI_LOCALES } from "./locales";
import { negotiateLocale, resolveLocale } from "./resolve-locale";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

describe("message catalogs", () => {
  const english = new Map(leaves(CATALOGS.en as unknown as Tree));

  it.each(UI_LOCALES)("%s has exactly the keys of English, none empty", (locale) => {
    const own = new Map(leaves(CATALOGS[locale] as unknown as Tree));
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of own) expect(text.trim(), key).not.toBe("");
  });

  it.each(UI_LOCALES)("every %s message is valid ICU", (locale) => {
    for (const [key, text] of leaves(CATALOGS[locale] as unknown as Tree)) {
      expect(() => new IntlMessageFormat(text, locale), key).not.toThrow();
    }
  });
});

describe("choosing the language", () => {
  it("follows Accept-Language by quality, then order, on the primary subtag", () => {
    expect(negotiateLocale("fr-CH, fr;q=0.9, en;q=0.8")).toBe("fr");
    expect(negotiateLocale("de-DE, en-GB;q=0.7, fr;q=0.9")).toBe("fr");
    expect(negotiateLocale("es, it")).toBeNull();
    expect(negotiateLocale("fr;q=0, en")).toBe("en");
    expect(negotiateLocale("")).toBeNull();
  });

  it("puts a saved choice first, then the cookie, then the browser, then English", () => {
    expect(resolveLocale({ chosen: "fr", cookie: "en", acceptLanguage: "en" })).toBe("fr");
    expect(resolveLocale({ chosen: "xx", cookie: "fr", acceptLanguage: "en" })).toBe("fr");
    expect(resolveLocale({ acceptLanguage: "fr-FR" })).toBe("fr");
    expect(resolveLocale({})).toBe("en");
  });
});
