// French head counts: every thousands separator, decimals with scale words, numbers in words.
import { count, type FigureCase } from "./case-types";
import type { FigureValue } from "../types";

const at = (text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({
  lang: "fr",
  publishedAt: "2022-10-31",
  text,
  figure,
  expect,
});

export const countsFr: FigureCase[] = [
  // A number after the figure opens another one, never names what it counts.
  at("Ils étaient 9 000 mardi, et 4 000 deux jours plus tard.", "4 000", count("[4000]")),
  // Digits and every thousands separator
  at(
    "Le conflit a fait 10 000 morts en trois décennies.",
    "10 000",
    count("[10000]", { counted: "morts", key: "people" }),
  ),
  at(
    "Près de 6\u00a0700 personnes ont été tuées, selon Erevan.",
    "Près de 6\u00a0700",
    count("[6030, 6700]", { approx: true, q: "Près de", counted: "personnes", key: "people" }),
  ),
  at(
    "Au moins 1\u202f280 civils ont été recensés parmi les victimes.",
    "Au moins 1\u202f280",
    count("[1280, ∞)", { q: "Au moins", counted: "civils", key: "civilians" }),
  ),
  at(
    "Quelque 12\u2009500 réfugiés ont franchi la frontière arménienne.",
    "Quelque 12\u2009500",
    count("[11250, 13750]", { approx: true, q: "Quelque", counted: "réfugiés", key: "refugees" }),
  ),
  at(
    "L'armée affirme avoir perdu 1.280 soldats depuis le début de l'offensive.",
    "1.280",
    count("[1280]", { counted: "soldats", key: "soldiers" }),
  ),
  at(
    "Selon le ministère, 2’500 militaires ont été mobilisés.",
    "2’500",
    count("[2500]", { counted: "militaires", key: "soldiers" }),
  ),
  at(
    "Les autorités comptent 10'000 déplacés dans la région.",
    "10'000",
    count("[10000]", { counted: "déplacés", key: "displaced" }),
  ),
  at(
    "Les hôpitaux de Stepanakert ont accueilli 1,280 blessés.",
    "1,280",
    count("[1280]", { counted: "blessés", key: "wounded" }),
  ),
  at(
    "Le pays compte 1 000 000 de personnes déplacées.",
    "1 000 000",
    count("[1000000]", { counted: "personnes déplacées", key: "displaced" }),
  ),
  at("La région compte 150 000 habitants.", "150 000", count("[150000]", { counted: "habitants", key: "people" })),
  at("Les 6 700 victimes ont été identifiées.", "6 700", count("[6700]", { counted: "victimes", key: "people" })),
  at(
    "Il y a eu 1 500 soldats azerbaïdjanais tués, selon Bakou.",
    "1 500",
    count("[1500]", { counted: "soldats", key: "soldiers" }),
  ),
  // Decimals with a scale word
  at(
    "La guerre a jeté sur les routes 6,5 millions de personnes.",
    "6,5 millions",
    count("[6500000]", { counted: "personnes", key: "people" }),
  ),
  at(
    "Le pays compte 1,2 million d'habitants.",
    "1,2 million",
    count("[1200000]", { counted: "habitants", key: "people" }),
  ),
  at("Le ministère a livré 1,280 million de doses.", "1,280 million", count("[1280000]", { counted: "doses" })),
  at(
    "Le HCR compte 6.5 millions de réfugiés.",
    "6.5 millions",
    count("[6500000]", { counted: "réfugiés", key: "refugees" }),
  ),
  at(
    "On dénombre 2 millions de déplacés.",
    "2 millions",
    count("[2000000]", { counted: "déplacés", key: "displaced" }),
  ),
  at(
    "Plus de 1,5 million de personnes ont fui.",
    "Plus de 1,5 million",
    count("(1500000, ∞)", { q: "Plus de", counted: "personnes", key: "people" }),
  ),
  // Numbers in words
  at(
    "L'attaque a visé deux cents soldats stationnés près de la ligne de front.",
    "deux cents",
    count("[200]", { counted: "soldats", key: "soldiers" }),
  ),
  at(
    "Le bilan provisoire fait état de six mille cinq cents personnes disparues.",
    "six mille cinq cents",
    count("[6500]", { counted: "personnes", key: "people" }),
  ),
  at(
    "Bakou a libéré quatre-vingt-dix prisonniers arméniens.",
    "quatre-vingt-dix",
    count("[90]", { counted: "prisonniers", key: "prisoners" }),
  ),
  at(
    "Soixante-dix-sept civils ont été évacués mardi.",
    "Soixante-dix-sept",
    count("[77]", { counted: "civils", key: "civilians" }),
  ),
  at(
    "Vingt et un soldats ont été tués dans l'embuscade.",
    "Vingt et un",
    count("[21]", { counted: "soldats", key: "soldiers" }),
  ),
  at(
    "Mille combattants syriens auraient été recrutés.",
    "Mille",
    count("[1000]", { counted: "combattants", key: "soldiers" }),
  ),
  at(
    "Un million de réfugiés ont été accueillis par la Pologne.",
    "Un million",
    count("[1000000]", { counted: "réfugiés", key: "refugees" }),
  ),
  // « un », « une » comptent là où la grammaire en fait un nombre, pas un article.
  at("L'incendie a fait quatre morts, dont un enfant.", "un", count("[1]", { counted: "enfant", key: "children" })),
  at("Une seule personne manque encore à l'appel.", "Une seule", count("[1]", { counted: "personne", key: "people" })),
  at("La collision a fait un mort et trois blessés.", "un", count("[1]", { counted: "mort", key: "people" })),
  at("L'explosion a fait deux morts et un blessé grave.", "un", count("[1]", { counted: "blessé", key: "wounded" })),
  at("Un soldat et deux policiers ont été blessés.", "Un", count("[1]", { counted: "soldat", key: "soldiers" })),
  at(
    "La guerre a fait trois cent mille déplacés.",
    "trois cent mille",
    count("[300000]", { counted: "déplacés", key: "displaced" }),
  ),
  at(
    "On compte quatre-vingts blessés dans les hôpitaux.",
    "quatre-vingts",
    count("[80]", { counted: "blessés", key: "wounded" }),
  ),
  at(
    "Soixante et onze morts ont été recensés.",
    "Soixante et onze",
    count("[71]", { counted: "morts", key: "people" }),
  ),
  at(
    "Le convoi transportait deux-cent-cinquante soldats.",
    "deux-cent-cinquante",
    count("[250]", { counted: "soldats", key: "soldiers" }),
  ),
  at(
    "L'échec de deux trêves humanitaires a relancé les combats.",
    "deux",
    count("[2]", { counted: "trêves", key: "ceasefires" }),
  ),
  // Une partie d'un tout compté compte ce que compte le tout.
  at("Deux des trois hôpitaux de la ville ont fermé.", "Deux", count("[2]", { counted: "hôpitaux" })),
  at("Au total, 12 des 15 membres ont voté pour.", "12", count("[12]", { counted: "membres" })),
];
