import { describe, expect, it } from "vitest";
import { chainOf, findPlaces, place, relateMentions, relatePlace } from "@/lib/places";

/** The places found, as "text=id/id". */
const read = (text: string) => findPlaces(text).map((m) => `${m.text}=${m.places.join("/")}`);
const only = (text: string) => {
  const found = findPlaces(text);
  expect(found).toHaveLength(1);
  return found[0]!.places;
};

describe("findPlaces", () => {
  it("reads one place under its spellings in English, French and the local language", () => {
    const same = (a: string, b: string) => expect(relateMentions(only(a), only(b))).toBe("same");
    same("La ville de Genève", "in Geneva");
    same("in Geneva", "in Genf");
    same("le port d'Anvers", "the port of Antwerp");
    same("the port of Antwerp", "de haven van Antwerpen");
    same("à Londres", "in London");
    same("à Varsovie", "in Warsaw");
    same("à Gérone", "in Girona");
    same("in Gerona", "in Girona");
  });

  it("reads countries by their names and adjectives in either language, folding accents and case", () => {
    expect(only("les électeurs suisses")).toEqual(["CH"]);
    expect(only("Swiss voters")).toEqual(["CH"]);
    expect(only("en Belgique")).toEqual(["BE"]);
    expect(only("the Belgian government")).toEqual(["BE"]);
    expect(only("au Sénégal")).toEqual(only("in Senegal"));
    expect(only("ETATS-UNIS")).toEqual(["US"]);
    expect(only("the US Senate")).toEqual(["US"]);
  });

  it("reads cities, regions and departments from their adjectives", () => {
    expect(place(only("le cortège lyonnais")[0]!)?.name).toBe("Lyon");
    expect(only("la police genevoise")).toEqual(only("la ville de Genève").filter((p) => place(p)?.kind === "city"));
    expect(only("le gouvernement catalan")).toEqual(only("en Catalogne"));
    expect(only("les pompiers varois")).toEqual(["FR-83"]);
  });

  it("takes the longest name: a country of several words, a department named after a region", () => {
    expect(only("en Corée du Sud")).toEqual(["KR"]);
    expect(only("en Haute-Savoie")).toEqual(["FR-74"]);
    expect(only("in Northern Ireland")).toEqual(["GB-NIR"]);
  });

  it("reads a name only where it is written with its capital, and not as a person's name", () => {
    expect(read("It was a nice day.")).toEqual([]);
    expect(read("Florence Martin a témoigné.")).toEqual([]);
    expect(read("us and them")).toEqual([]);
    expect(read("Elle vit à Nice.")).toHaveLength(1);
  });

  it("reads a place ending a title line before a lead that opens with a capital", () => {
    expect(read("Boat sinks near Marseille\nThree people died on Monday.")).toHaveLength(1);
    expect(read("Inondations à Nîmes\nLes secours ont évacué 300 personnes.")).toHaveLength(1);
  });

  it("reads no acronym, function word or word of another compound name as a place", () => {
    expect(read("au CHU de Nîmes")).toEqual([`Nîmes=${only("à Nîmes")[0]}`]);
    expect(read("Sur place, les secours sont arrivés.")).toEqual([]);
    expect(read("la Croix-Rouge a dépêché une équipe")).toEqual([]);
    // Two places paired by a hyphen are both read.
    expect(findPlaces("le sommet France-Italie").map((m) => m.places)).toEqual([["FR"], ["IT"]]);
  });

  it("says no place where a dateline-like capital word is an article or a common noun", () => {
    expect(read("Le Havre et Le Mans")).toHaveLength(2);
    expect(read("au Havre")).toHaveLength(1);
    expect(read("The Union said the Centre would close.")).toEqual([]);
  });

  it("narrows an ambiguous name by the other places of the text", () => {
    const [georgia] = findPlaces("Georgia voted; queues formed in Atlanta.");
    expect(georgia!.places).toEqual(["US-GA"]);
    const [caucasus] = findPlaces("La Géorgie a voté ; à Tbilissi, la participation a baissé.");
    expect(caucasus!.places).toEqual(["GE"]);
    // Alone, both readings are kept: only what both say may be concluded.
    expect(findPlaces("Georgia")[0]!.places.sort()).toEqual(["GE", "US-GA"]);
  });

  it("reads a town followed by its region as a place within that region", () => {
    const [paris, texas] = findPlaces("He grew up in Paris, Texas.");
    expect(paris!.places).toEqual(texas!.places);
    const [lyon] = findPlaces("Lyon, France");
    expect(place(lyon!.places[0]!)?.name).toBe("Lyon");
    // Not in a list of places: Berlin stays Berlin.
    const [, berlin] = findPlaces("Rome, Berlin, France et Italie");
    expect(place(berlin!.places.find((p) => place(p)?.kind === "city")!)?.name).toBe("Berlin");
  });

  it("is fast on a long article (a prebuilt index)", () => {
    const text = "Le cortège lyonnais a réuni 20 000 personnes à Lyon, selon la préfecture du Rhône. ".repeat(40);
    findPlaces(text);
    const t = performance.now();
    for (let i = 0; i < 20; i++) findPlaces(text);
    expect((performance.now() - t) / 20).toBeLessThan(20);
  });
});

describe("relatePlace", () => {
  const id = (text: string) => only(text)[0]!;

  it("knows what lies within what: city in province in country", () => {
    const girona = id("à Gérone");
    expect(relatePlace(girona, id("en Catalogne"))).toBe("within");
    expect(relatePlace(girona, id("in Spain"))).toBe("within");
    expect(relatePlace(id("in Spain"), girona)).toBe("contains");
    expect(chainOf(girona).at(-1)).toBe("ES");
  });

  it("keeps places of different countries, regions or islands apart", () => {
    expect(relatePlace(id("à Gérone"), id("en France"))).toBe("disjoint");
    expect(relatePlace(id("in Crete"), id("on Rhodes"))).toBe("disjoint");
    expect(relatePlace(id("à Grenoble"), id("à Lyon"))).toBe("disjoint");
    expect(relatePlace(id("en Guadeloupe"), id("en Martinique"))).toBe("disjoint");
  });

  it("puts a territory within the country governing it", () => {
    expect(relatePlace(id("en Guadeloupe"), "FR")).toBe("within");
  });

  it("does not conclude when the gazetteer cannot say (a city and a department of its region)", () => {
    expect(relatePlace(id("à Grenoble"), id("en Isère"))).toBe("within");
    expect(relatePlace(id("in Heraklion"), id("on Rhodes"))).toBe("disjoint");
  });

  it("relates ambiguous mentions by what every reading says", () => {
    const georgia = findPlaces("Georgia")[0]!.places;
    expect(relateMentions(georgia, only("in Armenia"))).toBe("disjoint");
    expect(relateMentions(georgia, only("in Tbilisi"))).not.toBe("disjoint");
  });
});
