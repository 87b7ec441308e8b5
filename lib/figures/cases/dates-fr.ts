// French dates: full, partial (year from the publication date), relative, parts, decades, ranges.
import { count, date, dateRange, dateWithin, dur, type FigureCase } from "./case-types";
import type { FigureValue } from "../types";

const at = (publishedAt: string, text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({
  lang: "fr",
  publishedAt,
  text,
  figure,
  expect,
});

const P22 = "2022-10-31"; // a Monday
const P20 = "2020-10-21"; // a Wednesday
const P24 = "2024-08-19"; // a Monday

export const datesFr: FigureCase[] = [
  // Une année d'une relative ne date que la relative.
  at(
    P20,
    "La région, tenue par les rebelles depuis une révolte qui s'est achevée en 2008, a connu de nouveaux combats le 3 octobre.",
    "3 octobre",
    date("[2020-10-03]", "day"),
  ),
  at(
    P20,
    "La guerre qui a éclaté le 27 septembre 2019 s'est achevée le 10 novembre.",
    "10 novembre",
    date("[2019-11-10]", "day"),
  ),
  at(P22, "Le cessez-le-feu a été signé le 31 octobre 2022 à Sotchi.", "31 octobre 2022", date("[2022-10-31]", "day")),
  at(P22, "Samedi 29 octobre, des tirs ont été signalés.", "Samedi 29 octobre", date("[2022-10-29]", "day")),
  at(P22, "Le sommet aura lieu le 1er novembre à Moscou.", "1er novembre", date("[2022-11-01]", "day")),
  at(P22, "Les combats ont repris en septembre 2022.", "septembre 2022", date("[2022-09-01, 2022-09-30]", "month")),
  at(P22, "Des élections sont prévues en décembre.", "décembre", date("[2022-12-01, 2022-12-31]", "month")),
  at(
    P22,
    "Le conflit a éclaté à la fin des années 1980.",
    "fin des années 1980",
    date("[1987-01-01, 1989-12-31]", "part_of_decade"),
  ),
  at(
    P22,
    "La région a connu la guerre dans les années 1990.",
    "années 1990",
    date("[1990-01-01, 1999-12-31]", "decade"),
  ),
  at(P22, "Les deux pays ont signé un accord en 1994.", "1994", date("[1994-01-01, 1994-12-31]", "year")),
  at(
    P22,
    "Les premiers tirs ont eu lieu début octobre.",
    "début octobre",
    date("[2022-10-01, 2022-10-10]", "part_of_month"),
  ),
  at(
    P22,
    "Une nouvelle offensive a été lancée à la mi-octobre.",
    "mi-octobre",
    date("[2022-10-11, 2022-10-20]", "part_of_month"),
  ),
  at(P22, "Hier, trois soldats ont été blessés.", "Hier", date("[2022-10-30]", "day")),
  at(P22, "Le Premier ministre s'exprime aujourd'hui devant le Parlement.", "aujourd'hui", date("[2022-10-31]", "day")),
  at(P22, "Les négociations reprendront lundi prochain à Bruxelles.", "lundi prochain", date("[2022-11-07]", "day")),
  at(
    P20,
    "Les observateurs étaient présents du 10 au 17 octobre.",
    "du 10 au 17 octobre",
    dateRange("[2020-10-10, 2020-10-17]", "day"),
  ),
  at(
    P20,
    "Le conflit a été gelé entre 1994 et 2020.",
    "entre 1994 et 2020",
    dateRange("[1994-01-01, 2020-12-31]", "year"),
  ),
  at(P20, "La guerre a duré de 1992 à 1994.", "de 1992 à 1994", dateRange("[1992-01-01, 1994-12-31]", "year")),
  at(P20, "Le plan 2020-2022 prévoit la reconstruction.", "2020-2022", dateRange("[2020-01-01, 2022-12-31]", "year")),
  at(P20, "Depuis la guerre de 2020, la frontière reste tendue.", "2020", date("[2020-01-01, 2020-12-31]", "year")),
  at(P22, "Les prix ont augmenté le mois dernier.", "le mois dernier", date("[2022-09-01, 2022-09-30]", "month")),
  at(P22, "L'an dernier, les exportations ont chuté.", "L'an dernier", date("[2021-01-01, 2021-12-31]", "year")),
  at(P22, "Avant-hier, un drone a été abattu.", "Avant-hier", date("[2022-10-29]", "day")),
  // Counted back from the publication day; a round duration spans its rounding.
  at(P22, "Il y a trois jours, un convoi a été bombardé.", "Il y a trois jours", date("[2022-10-28]", "day")),
  at(
    P22,
    "Le ministre s'est rendu à Bakou il y a deux semaines.",
    "il y a deux semaines",
    dateWithin("[2022-10-14, 2022-10-20]", { approx: true }),
  ),
  at(
    P22,
    "La semaine dernière, les négociations ont échoué.",
    "La semaine dernière",
    dateWithin("[2022-10-24, 2022-10-30]"),
  ),
  at(P22, "Cette semaine, le parlement vote le budget.", "Cette semaine", dateWithin("[2022-10-31, 2022-11-06]")),
  // A compound past with "est"/"sont" points back; what "est prévu" is still to come.
  at(
    "2023-10-04",
    "Le cessez-le-feu est entré en vigueur le 10 novembre à minuit.",
    "10 novembre",
    date("[2022-11-10]", "day"),
  ),
  at("2023-10-04", "Les premiers réfugiés sont arrivés le 25 octobre.", "25 octobre", date("[2022-10-25]", "day")),
  at("2023-10-04", "Le sommet est prévu le 10 novembre à Bruxelles.", "10 novembre", date("[2023-11-10]", "day")),
  // "il y a" is also "there are", and "il y a dix ans que" is "for ten years".
  at(P22, "Il y a 200 soldats à la frontière.", "200", count("[200]", { counted: "soldats", key: "soldiers" })),
  at(P22, "Il y a dix ans qu'ils attendent.", "dix ans", dur("[3652, 3653]", { g: 365.25 })),
  at(P22, "Le ministre se rendra demain à Erevan.", "demain", date("[2022-11-01]", "day")),
  at(
    P22,
    "Le cessez-le-feu remonte au milieu des années 1990.",
    "milieu des années 1990",
    date("[1994-01-01, 1996-12-31]", "part_of_decade"),
  ),
  at(
    P22,
    "Le référendum est prévu en septembre prochain.",
    "septembre prochain",
    date("[2023-09-01, 2023-09-30]", "month"),
  ),
  at(P22, "En décembre, les combats reprendront sans doute.", "décembre", date("[2022-12-01, 2022-12-31]", "month")),
  at(P22, "Dans les années 90, la région a été dévastée.", "années 90", date("[1990-01-01, 1999-12-31]", "decade")),
  at(P22, "La reconstruction devrait commencer fin 2022.", "fin 2022", date("[2022-09-01, 2022-12-31]", "year")),
  at(P20, "Samedi 31 octobre 2020, les tirs ont repris.", "Samedi 31 octobre 2020", date("[2020-10-31]", "day")),
  at(
    P20,
    "Depuis le 10 octobre dernier, la trêve n'est pas respectée.",
    "10 octobre dernier",
    date("[2020-10-10]", "day"),
  ),
  at(P20, "Les ministres se rencontreront vendredi à Genève.", "vendredi", date("[2020-10-23]", "day")),
  at(P20, "Les combats ont repris dimanche soir.", "dimanche", date("[2020-10-18]", "day")),
  at(P20, "Le bureau a été ouvert le 2020-10-05.", "2020-10-05", date("[2020-10-05]", "day")),
  at(P20, "Le décret est daté du 05/10/2020.", "05/10/2020", date("[2020-10-05]", "day")),
  at(
    P24,
    "Depuis août 2023, le corridor de Latchine est bloqué.",
    "août 2023",
    date("[2023-08-01, 2023-08-31]", "month"),
  ),
  at(P24, "La frontière est fermée depuis juin dernier.", "juin dernier", date("[2024-06-01, 2024-06-30]", "month")),
  at(P24, "Cette année, la récolte a été mauvaise.", "Cette année", date("[2024-01-01, 2024-12-31]", "year")),
  at(
    P20,
    "L'offensive a été lancée fin septembre 2020.",
    "fin septembre 2020",
    date("[2020-09-21, 2020-09-30]", "part_of_month"),
  ),
  at(
    P20,
    "Les deux camps ont échangé des prisonniers du 10 octobre au 2 novembre.",
    "du 10 octobre au 2 novembre",
    dateRange("[2020-10-10, 2020-11-02]", "day"),
  ),
  at(P20, "La rencontre s'est tenue le 12 octobre 2020.", "12 octobre 2020", date("[2020-10-12]", "day")),
  at(
    P20,
    "La région a été reprise au début des années 2000.",
    "début des années 2000",
    date("[2000-01-01, 2003-12-31]", "part_of_decade"),
  ),
  at(
    P20,
    "De septembre à novembre 2020, les combats ont été intenses.",
    "De septembre à novembre 2020",
    dateRange("[2020-09-01, 2020-11-30]", "month"),
  ),
];
