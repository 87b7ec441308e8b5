// Figures from the project's seed articles, with their publication dates.
import { count, date, dur, type FigureCase } from "./case-types";
import type { FigureValue } from "../types";

const from =
  (source: string, publishedAt: string) =>
  (text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({
    lang: "fr",
    publishedAt,
    text,
    figure,
    expect,
    source,
  });

const euronews = from("Euronews", "2022-10-31");
const ap = from("AP (fr)", "2022-10-31");
const franceinfo = from("franceinfo", "2024-08-19");
const rt = from("RT France", "2020-10-21");
const rferl = from("RFE/RL (fr)", "2020-11-03");

export const seeds: FigureCase[] = [
  euronews(
    "Ces affrontements ont éclaté après la mort de 6 500 personnes des deux côtés.",
    "6 500",
    count("[6500]", { counted: "personnes", key: "people" }),
  ),
  euronews(
    "Une nouvelle flambée de violence a fait 286 morts.",
    "286",
    count("[286]", { counted: "morts", key: "people" }),
  ),
  euronews("Les dirigeants se sont réunis lundi 31 octobre à Sotchi.", "lundi 31 octobre", date("[2022-10-31]", "day")),
  euronews(
    "Les combats avaient repris en septembre à la frontière.",
    "septembre",
    date("[2022-09-01, 2022-09-30]", "month"),
  ),
  euronews("En août, des heurts avaient déjà éclaté.", "août", date("[2022-08-01, 2022-08-31]", "month")),
  ap(
    "Plus de 6 700 personnes sont mortes dans les combats.",
    "Plus de 6 700",
    count("(6700, ∞)", { q: "Plus de", counted: "personnes", key: "people" }),
  ),
  ap(
    "En septembre, plus de 200 soldats ont été tués des deux côtés.",
    "plus de 200",
    count("(200, ∞)", { q: "plus de", counted: "soldats", key: "soldiers" }),
  ),
  ap(
    "Moscou a déployé environ 2 000 soldats dans la région.",
    "environ 2 000",
    count("[1800, 2200]", { approx: true, q: "environ", counted: "soldats", key: "soldiers" }),
  ),
  ap(
    "La Russie a déployé environ 2 000 soldats de maintien de la paix après la guerre.",
    "environ 2 000",
    count("[1800, 2200]", {
      approx: true,
      q: "environ",
      counted: "soldats de maintien de la paix",
      key: "peacekeepers",
    }),
  ),
  ap(
    "L'Azerbaïdjan a repris le territoire à l'issue d'une guerre de six semaines en 2020.",
    "six semaines",
    dur("[42]", { g: 7 }),
  ),
  ap(
    "L'Azerbaïdjan a repris le territoire à l'issue d'une guerre de six semaines en 2020.",
    "2020",
    date("[2020-01-01, 2020-12-31]", "year"),
  ),
  ap(
    "Le conflit a éclaté au début des années 1990.",
    "début des années 1990",
    date("[1990-01-01, 1993-12-31]", "part_of_decade"),
  ),
  ap("Des tirs ont été échangés jeudi dernier près de Jermuk.", "jeudi dernier", date("[2022-10-27]", "day")),
  ap("Poutine a accueilli lundi les dirigeants arménien et azerbaïdjanais.", "lundi", date("[2022-10-31]", "day")),
  ap("Les négociations piétinent depuis une décennie.", "une décennie", dur("[3652, 3653]", { g: 365.25 })),
  ap(
    "Les deux pays tentent de régler un conflit vieux de plusieurs décennies.",
    "plusieurs décennies",
    dur("[7305, 36525)", { approx: true }),
  ),
  franceinfo(
    "En septembre 2023, l'Azerbaïdjan a repris le Haut-Karabakh.",
    "septembre 2023",
    date("[2023-09-01, 2023-09-30]", "month"),
  ),
  franceinfo(
    "Les réfugiés vivent en Arménie depuis septembre dernier.",
    "septembre dernier",
    date("[2023-09-01, 2023-09-30]", "month"),
  ),
  franceinfo(
    "Ces deux pays rivaux du Caucase se sont affrontés dans plusieurs guerres.",
    "plusieurs",
    count("[2, 10)", { approx: true, counted: "guerres" }),
  ),
  franceinfo(
    "Une trêve avait été conclue en septembre 2018.",
    "septembre 2018",
    date("[2018-09-01, 2018-09-30]", "month"),
  ),
  rt(
    "Les combats ont fait plus de 800 morts, dont une centaine de civils.",
    "plus de 800",
    count("(800, ∞)", { q: "plus de", counted: "morts", key: "people" }),
  ),
  rt(
    "Les combats ont fait plus de 800 morts, dont une centaine de civils.",
    "une centaine",
    count("[90, 110]", { approx: true, counted: "civils", key: "civilians" }),
  ),
  rt(
    "Bakou affirme avoir tué plusieurs milliers de combattants ennemis.",
    "plusieurs milliers",
    count("[2000, 10000)", { approx: true, counted: "combattants", key: "soldiers" }),
  ),
  rt("Les combats ont éclaté le 27 septembre.", "27 septembre", date("[2020-09-27]", "day")),
  rt(
    "Sergueï Lavrov a indiqué lundi que la Russie, l'Azerbaïdjan et l'Arménie travaillaient à la mise en place «prochaine» d'un mécanisme de contrôle du cessez-le-feu.",
    "lundi",
    date("[2020-10-19]", "day"),
  ),
  rt(
    "Les trois pays sont les médiateurs historiques du conflit au Haut-Karabagh.",
    "trois",
    count("[3]", { counted: "pays" }),
  ),
  rt("Une trêve humanitaire a été conclue le 9 octobre à Moscou.", "9 octobre", date("[2020-10-09]", "day")),
  rt("Ce 21 octobre, les bombardements se poursuivaient.", "21 octobre", date("[2020-10-21]", "day")),
  rt(
    "Le président azerbaïdjanais a déclaré ce mercredi qu'il était prêt à négocier.",
    "ce mercredi",
    date("[2020-10-21]", "day"),
  ),
  rt(
    "Les chefs de la diplomatie doivent se rencontrer le 23 octobre à Washington.",
    "23 octobre",
    date("[2020-10-23]", "day"),
  ),
  rt("Une seconde trêve a été annoncée une semaine plus tard.", "une semaine", dur("[7]", { g: 7 })),
  rt(
    "Après l'échec de deux trêves, les combats continuent.",
    "deux",
    count("[2]", { counted: "trêves", key: "ceasefires" }),
  ),
  rferl(
    "Des frappes ont visé Stepanakert le 1er et le 2 novembre.",
    "1er et le 2 novembre",
    date("[2020-11-01]", "day"),
    date("[2020-11-02]", "day"),
  ),
  rferl("Le 31 octobre, Erevan a demandé l'aide de Moscou.", "31 octobre", date("[2020-10-31]", "day")),
  rferl("Erevan invoque un traité de 1997 avec la Russie.", "1997", date("[1997-01-01, 1997-12-31]", "year")),
  rferl("La guerre a éclaté fin septembre.", "fin septembre", date("[2020-09-21, 2020-09-30]", "part_of_month")),
  rferl("L'offensive a débuté le 27 septembre.", "27 septembre", date("[2020-09-27]", "day")),
  rferl(
    "Des cessez-le-feu ont été conclus les 10, 17 et 26 octobre.",
    "10, 17 et 26 octobre",
    date("[2020-10-10]", "day"),
    date("[2020-10-17]", "day"),
    date("[2020-10-26]", "day"),
  ),
  rferl(
    "Trois accords de cessez-le-feu ont été violés.",
    "Trois",
    count("[3]", { counted: "accords de cessez-le-feu", key: "ceasefires" }),
  ),
];
