import { describe, expect, it } from "vitest";
import { buildEntityMatcher } from "./entity-matcher";
import { fold, foldedTokens } from "./fold";

const matcher = buildEntityMatcher([
  { entityId: "pashinyan", alias: "Pachinian" },
  { entityId: "pashinyan", alias: "Pashinyan" },
  { entityId: "pashinyan", alias: "Nikol Pashinyan" },
  { entityId: "karabakh", alias: "Haut-Karabakh" },
  { entityId: "karabakh", alias: "Nagorno-Karabakh" },
  { entityId: "yerevan", alias: "Erevan" },
  { entityId: "bayramov", alias: "Baïramov" },
  { entityId: "minsk-group", alias: "groupe de Minsk" },
]);

describe("fold", () => {
  it("folds case, accents and ligatures as recoupe_fold does", () => {
    expect(fold("Baïramov")).toBe("bairamov");
    expect(fold("ŒUVRE Éléonore")).toBe("oeuvre eleonore");
    expect(fold("Straße")).toBe("strasse");
    expect(foldedTokens("d’Erevan, Haut-Karabakh…")).toEqual(["d", "erevan", "haut", "karabakh"]);
  });
});

describe("buildEntityMatcher", () => {
  it("finds every spelling, whatever the case, accents and hyphens", () => {
    expect(matcher.find("Nikol PACHINIAN a parlé du Haut Karabakh depuis d'Erevan.")).toEqual([
      "pashinyan",
      "karabakh",
      "yerevan",
    ]);
    expect(matcher.find("Pashinyan, Nagorno-Karabakh")).toEqual(["pashinyan", "karabakh"]);
    expect(matcher.find("M. Bairamov et le Groupe de Minsk")).toEqual(["bayramov", "minsk-group"]);
  });

  it("matches whole words only, and a multi-word spelling only whole", () => {
    expect(matcher.find("Pachiniana, Erevanais")).toEqual([]);
    expect(matcher.find("le groupe de travail de Minsk")).toEqual([]);
    expect(matcher.find("Karabakh")).toEqual([]);
  });

  it("stays linear on a long text", () => {
    const long = "Le sommet a eu lieu hier. ".repeat(50_000) + "Pachinian";
    expect(matcher.find(long)).toEqual(["pashinyan"]);
  });
});
