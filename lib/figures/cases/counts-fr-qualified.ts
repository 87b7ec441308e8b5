// French head counts with qualifiers, vague quantities and ranges.
import { count, type FigureCase } from "./case-types";
import type { FigureValue } from "../types";

const at = (text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({
  lang: "fr",
  publishedAt: "2022-10-31",
  text,
  figure,
  expect,
});

export const countsFrQualified: FigureCase[] = [
  // Qualifiers
  at(
    "L'attaque a fait au moins 286 victimes civiles.",
    "au moins 286",
    count("[286, ∞)", { q: "au moins", counted: "victimes", key: "people" }),
  ),
  at(
    "Moins de 100 casques bleus sont restés sur place.",
    "Moins de 100",
    count("[0, 100)", { q: "Moins de", counted: "casques bleus", key: "peacekeepers" }),
  ),
  at(
    "Près de 7 000 soldats russes ont été déployés.",
    "Près de 7 000",
    count("[6300, 7000]", { approx: true, q: "Près de", counted: "soldats", key: "soldiers" }),
  ),
  at(
    "Les bombardements ont fait presque 300 morts.",
    "presque 300",
    count("[270, 300]", { approx: true, q: "presque", counted: "morts", key: "people" }),
  ),
  at(
    "Moscou a envoyé quelque 2 000 casques bleus.",
    "quelque 2 000",
    count("[1800, 2200]", { approx: true, q: "quelque", counted: "casques bleus", key: "peacekeepers" }),
  ),
  at(
    "Bakou détiendrait autour de 500 prisonniers.",
    "autour de 500",
    count("[450, 550]", { approx: true, q: "autour de", counted: "prisonniers", key: "prisoners" }),
  ),
  at(
    "Le pays pourrait accueillir jusqu'à 5 000 combattants étrangers.",
    "jusqu'à 5 000",
    count("[0, 5000]", { q: "jusqu'à", counted: "combattants", key: "soldiers" }),
  ),
  at(
    "Le contingent ne dépassera pas 2 000 hommes.",
    "ne dépassera pas 2 000",
    count("[0, 2000]", { q: "ne dépassera pas", counted: "hommes", key: "people" }),
  ),
  at(
    "Pas moins de 40 civils ont péri dans le bombardement.",
    "Pas moins de 40",
    count("[40, ∞)", { q: "Pas moins de", counted: "civils", key: "civilians" }),
  ),
  at(
    "La Russie a déployé environ 1 960 soldats de la paix.",
    "environ 1 960",
    count("[1764, 2156]", { approx: true, q: "environ", counted: "soldats de la paix", key: "peacekeepers" }),
  ),
  at(
    "Approximativement 3 000 déplacés vivent dans des écoles.",
    "Approximativement 3 000",
    count("[2700, 3300]", { approx: true, q: "Approximativement", counted: "déplacés", key: "displaced" }),
  ),
  at("Le bilan officiel est de 300 environ.", "300 environ", count("[270, 330]", { approx: true, q: "environ" })),
  at(
    "Au-delà de 10 000 réfugiés attendent à la frontière.",
    "Au-delà de 10 000",
    count("(10000, ∞)", { q: "Au-delà de", counted: "réfugiés", key: "refugees" }),
  ),
  at(
    "Plus d'un millier de soldats ont été capturés.",
    "Plus d'un millier",
    count("(900, ∞)", { approx: true, q: "Plus d'", counted: "soldats", key: "soldiers" }),
  ),
  at(
    "L'explosion a fait près d'une centaine de blessés.",
    "près d'une centaine",
    count("[81, 110]", { approx: true, q: "près d'", counted: "blessés", key: "wounded" }),
  ),
  at(
    "Les combats ont fait aux alentours de 150 morts.",
    "aux alentours de 150",
    count("[135, 165]", { approx: true, q: "aux alentours de", counted: "morts", key: "people" }),
  ),
  at(
    "Environ 2 000 militaires russes ont été déployés.",
    "Environ 2 000",
    count("[1800, 2200]", { approx: true, q: "Environ", counted: "militaires", key: "soldiers" }),
  ),
  at(
    "Au moins 50 combattants ont été faits prisonniers.",
    "Au moins 50",
    count("[50, ∞)", { q: "Au moins", counted: "combattants", key: "soldiers" }),
  ),
  // Vague quantities
  at(
    "Une dizaine de blessés ont été transportés à Erevan.",
    "Une dizaine",
    count("[9, 11]", { approx: true, counted: "blessés", key: "wounded" }),
  ),
  at(
    "Une vingtaine de soldats ont été capturés.",
    "Une vingtaine",
    count("[18, 22]", { approx: true, counted: "soldats", key: "soldiers" }),
  ),
  at(
    "Une trentaine de civils ont été tués à Gandja.",
    "Une trentaine",
    count("[27, 33]", { approx: true, counted: "civils", key: "civilians" }),
  ),
  at(
    "Une quarantaine de prisonniers ont été échangés.",
    "Une quarantaine",
    count("[36, 44]", { approx: true, counted: "prisonniers", key: "prisoners" }),
  ),
  at(
    "Une cinquantaine de militaires ont été tués.",
    "Une cinquantaine",
    count("[45, 55]", { approx: true, counted: "militaires", key: "soldiers" }),
  ),
  at(
    "L'armée a perdu une soixantaine de chars.",
    "une soixantaine",
    count("[54, 66]", { approx: true, counted: "chars" }),
  ),
  at(
    "Un millier de réfugiés sont arrivés à Goris.",
    "Un millier",
    count("[900, 1100]", { approx: true, counted: "réfugiés", key: "refugees" }),
  ),
  at(
    "Des dizaines de morts ont été signalés.",
    "Des dizaines",
    count("[20, 100)", { approx: true, counted: "morts", key: "people" }),
  ),
  at(
    "Des centaines de soldats ont déserté.",
    "Des centaines",
    count("[200, 1000)", { approx: true, counted: "soldats", key: "soldiers" }),
  ),
  at(
    "Des milliers de personnes ont fui Stepanakert.",
    "Des milliers",
    count("[2000, 10000)", { approx: true, counted: "personnes", key: "people" }),
  ),
  at(
    "Plusieurs dizaines de civils ont été blessés.",
    "Plusieurs dizaines",
    count("[20, 100)", { approx: true, counted: "civils", key: "civilians" }),
  ),
  at(
    "Plusieurs centaines de combattants ont été tués.",
    "Plusieurs centaines",
    count("[200, 1000)", { approx: true, counted: "combattants", key: "soldiers" }),
  ),
  at(
    "Quelques centaines de manifestants se sont réunis à Erevan.",
    "Quelques centaines",
    count("[200, 600)", { approx: true, counted: "manifestants" }),
  ),
  at(
    "Des dizaines de milliers de déplacés ont gagné l'Arménie.",
    "Des dizaines de milliers",
    count("[20000, 100000)", { approx: true, counted: "déplacés", key: "displaced" }),
  ),
  at(
    "Les rebelles ont abattu une douzaine de drones.",
    "une douzaine",
    count("[11, 13]", { approx: true, counted: "drones" }),
  ),
  at(
    "Une quinzaine de journalistes ont été blessés.",
    "Une quinzaine",
    count("[14, 16]", { approx: true, counted: "journalistes" }),
  ),
  // Ranges
  at(
    "Les frappes ont fait entre 180 et 220 morts.",
    "entre 180 et 220",
    count("[180, 220]", { counted: "morts", key: "people" }),
  ),
  at(
    "L'Arménie aurait mobilisé de 5 000 à 7 000 soldats.",
    "de 5 000 à 7 000",
    count("[5000, 7000]", { counted: "soldats", key: "soldiers" }),
  ),
  at("Le tir a fait 3 à 5 blessés légers.", "3 à 5", count("[3, 5]", { counted: "blessés", key: "wounded" })),
  at(
    "Entre 20 000 et 30 000 réfugiés sont attendus.",
    "Entre 20 000 et 30 000",
    count("[20000, 30000]", { counted: "réfugiés", key: "refugees" }),
  ),
  at("Les experts estiment à 10 000-15 000 le nombre de combattants.", "10 000-15 000", count("[10000, 15000]")),
  at(
    "Entre 2 et 3 millions de personnes sont concernées.",
    "Entre 2 et 3 millions",
    count("[2000000, 3000000]", { counted: "personnes", key: "people" }),
  ),
  // A change is two figures, not a range
  at("Le bilan est passé de 200 à 300 morts en une journée.", "200", count("[200]")),
  at(
    "Le bilan est passé de 200 à 300 morts en une journée.",
    "300",
    count("[300]", { counted: "morts", key: "people" }),
  ),
];
