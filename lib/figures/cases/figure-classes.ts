// The failure classes of issue #10 (figure reading), each with its own cases in French and English
// (German has its own table): quantities, "en plus de", qualified ranges, open-ended durations,
// tense and the sentence's year, numeric dates, multipliers, shares, comparisons.
import type { Locale } from "@/lib/i18n/locales";
import type { FigureValue } from "../types";
import { count, date, dur, money, pct, qty, type FigureCase, type NegativeCase } from "./case-types";

const P = "2022-10-31"; // a Monday

const at =
  (lang: Locale, publishedAt = P) =>
  (text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({ lang, publishedAt, text, figure, expect });
const fr = at("fr");
const en = at("en");

export const figureClasses: FigureCase[] = [
  // Quantities, in SI units
  fr("Le barrage retient 3 millions de mètres cubes d'eau.", "3 millions de mètres cubes", qty("[3000000]", "m3")),
  fr(
    "Le village se trouve à une vingtaine de kilomètres de la frontière.",
    "une vingtaine de kilomètres",
    qty("[18000, 22000]", "m", { approx: true }),
  ),
  fr("Un drone a été abattu à 300 m d'altitude.", "300 m", qty("[300]", "m")),
  fr("La ligne de front s'étend sur 1 000 km.", "1 000 km", qty("[1000000]", "m")),
  fr("Les forces se sont retirées entre 5 et 10 km en arrière.", "entre 5 et 10 km", qty("[5000, 10000]", "m")),
  fr("L'aide comprend 5 000 tonnes de blé.", "5 000 tonnes", qty("[5000000]", "kg")),
  fr("Plus de 4 400 km² ont été repris.", "Plus de 4 400 km²", qty("(4400000000, ∞)", "m2", { q: "Plus de" })),
  en("The fence is 30 m high.", "30 m", qty("[30]", "m")),
  en("Shelling hit a 2.5-mile stretch of road.", "2.5-mile", qty("[4023.36]", "m")),
  en("The camp covers 10,000 square metres.", "10,000 square metres", qty("[10000]", "m2")),
  en(
    "Troops advanced some 40 kilometres.",
    "some 40 kilometres",
    qty("[36000, 44000]", "m", { approx: true, q: "some" }),
  ),
  en("The convoy was stopped 30km from the city.", "30km", qty("[30000]", "m")),
  en("The storm dumped 20 inches of rain.", "20 inches", qty("[0.508]", "m")),
  // "en plus de", "in addition to": a figure beside another, not a lower bound
  fr("En plus de 10 ans de guerre, la région a connu deux famines.", "10 ans", dur("[3652, 3653]", { g: 365.25 })),
  fr("Il y a plus de 10 ans que la frontière est fermée.", "plus de 10 ans", dur("(3652, ∞)", { q: "plus de" })),
  en(
    "The strike killed two commanders in addition to 12 fighters.",
    "12",
    count("[12]", { counted: "fighters", key: "soldiers" }),
  ),
  // Qualified explicit ranges keep their ends
  fr(
    "Quelque 300 à 400 familles vivent encore dans le village.",
    "Quelque 300 à 400",
    count("[300, 400]", { approx: true, q: "Quelque", counted: "familles" }),
  ),
  fr(
    "Environ 2 000 à 2 500 soldats ont franchi la frontière.",
    "Environ 2 000 à 2 500",
    count("[2000, 2500]", { approx: true, q: "Environ", counted: "soldats", key: "soldiers" }),
  ),
  en(
    "Nearly 20 to 25 percent of homes were damaged.",
    "Nearly 20 to 25 percent",
    pct("[20, 25]", { approx: true, q: "Nearly" }),
  ),
  en(
    "Around 1,000-1,500 people remain trapped.",
    "Around 1,000-1,500",
    count("[1000, 1500]", { approx: true, q: "Around", counted: "people", key: "people" }),
  ),
  // Open-ended durations
  en("The centuries-old rivalry runs deep.", "centuries-old", dur("[73049, ∞)", { approx: true })),
  en("Weeks-long protests paralysed the capital.", "Weeks-long", dur("[14, ∞)", { approx: true })),
  // Tense: what is agreed, promised or set is still to come
  en("The two sides will meet again on Thursday.", "Thursday", date("[2022-11-03]", "day")),
  en("Talks are set to resume on Friday in Geneva.", "Friday", date("[2022-11-04]", "day")),
  fr("Les ministres se sont engagés à se revoir vendredi.", "vendredi", date("[2022-11-04]", "day")),
  fr("Le scrutin aura lieu dimanche.", "dimanche", date("[2022-11-06]", "day")),
  // A dated day takes its tense from the words near it, not from a verb of the sentence far away.
  at("en", "2020-11-10")(
    "Russia will deploy peacekeepers for five years under the deal signed on Nov. 9.",
    "Nov. 9",
    date("[2020-11-09]", "day"),
  ),
  // Postponed to a day: the day is still to come, though the postponing is past.
  at("fr", "2022-11-10")(
    "Les pourparlers ont été repoussés au 22 novembre.",
    "22 novembre",
    date("[2022-11-22]", "day"),
  ),
  at("en", "2023-02-20")("The vote was postponed until 3 March.", "3 March", date("[2023-03-03]", "day")),
  // A dated day after an intention may be reported afterwards: its nearest occurrence.
  at("en", "2023-09-26")(
    "The rebels agreed to hand over their weapons on 20 September.",
    "20 September",
    date("[2023-09-20]", "day"),
  ),
  fr("Mercredi, l'armée a annoncé la fin des opérations.", "Mercredi", date("[2022-10-26]", "day")),
  // The year the sentence names
  at("en", "2023-04-10")("In March 2021, the court set the hearing for 12 May.", "12 May", date("[2021-05-12]", "day")),
  at("fr", "2023-01-10")(
    "Pendant la guerre de 2020, la ville est tombée le 8 novembre.",
    "8 novembre",
    date("[2020-11-08]", "day"),
  ),
  // A year that names something else does not date the sentence.
  at("en", "2023-09-26")(
    "Azerbaijan, which won the 2020 war, launched an offensive on 19 September.",
    "19 September",
    date("[2023-09-19]", "day"),
  ),
  at("fr", "2023-09-26")(
    "Vainqueur de la guerre de 2020, l'Azerbaïdjan a lancé une offensive le 19 septembre.",
    "19 septembre",
    date("[2023-09-19]", "day"),
  ),
  fr("Le traité de 1994 sera renégocié le 12 mai.", "12 mai", date("[2023-05-12]", "day")),
  en(
    "Since 2014 the truce has been broken every year; the latest clash was on 3 March.",
    "3 March",
    date("[2022-03-03]", "day"),
  ),
  // Numeric dates: day first; year first in ISO order
  fr("Le décret du 1/12/2020 a été abrogé.", "1/12/2020", date("[2020-12-01]", "day")),
  en("The memo, dated 2020/11/10, was leaked.", "2020/11/10", date("[2020-11-10]", "day")),
  en("The deadline was 12-Oct-2020.", "12-Oct-2020", date("[2020-10-12]", "day")),
  fr("Publié le 12.10.2020 à 14h05.", "12.10.2020", date("[2020-10-12]", "day")),
  // Multipliers and suffixes
  en("Reconstruction will cost $3.5bn.", "$3.5bn", money("[3500000000]", "USD")),
  en("Some 5k runners took part.", "Some 5k", count("[4500, 5500]", { approx: true, q: "Some", counted: "runners" })),
  en("The war displaced 200K people.", "200K", count("[200000]", { counted: "people", key: "people" })),
  fr("Le budget prévoit 15 Md€ pour la défense.", "15 Md€", money("[15000000000]", "EUR")),
  fr("L'Union a promis 1,2 Mds d'euros.", "1,2 Mds d'euros", money("[1200000000]", "EUR")),
  fr(
    "Deux douzaines d'otages ont été libérés.",
    "Deux douzaines",
    count("[22, 26]", { approx: true, counted: "otages", key: "prisoners" }),
  ),
  en(
    "Three dozen protesters were detained.",
    "Three dozen",
    count("[33, 39]", { approx: true, counted: "protesters" }),
  ),
  // Shares
  fr("Deux habitants sur trois ont quitté la ville.", "Deux habitants sur trois", pct("[66.666667]")),
  fr("La moitié des députés a voté contre.", "La moitié", pct("[50]")),
  en("Three out of four residents have left.", "Three out of four", pct("[75]")),
  en("Half of all homes were destroyed.", "Half", pct("[50]")),
  // Comparisons
  en("Deaths have topped 1,000, officials say.", "topped 1,000", count("(1000, ∞)", { q: "topped" })),
  fr(
    "Le bilan frôle les 300 morts.",
    "frôle les 300",
    count("[270, 300]", { approx: true, q: "frôle", counted: "morts", key: "people" }),
  ),
  en("Well over 1,000 homes were lost.", "over 1,000", count("(1000, ∞)", { q: "over", counted: "homes" })),
  fr(
    "Au bas mot 500 maisons ont été détruites.",
    "Au bas mot 500",
    count("[500, ∞)", { q: "Au bas mot", counted: "maisons" }),
  ),
  en("Turnout was ≥ 50% in the north.", "≥ 50%", pct("[50, ∞)", { q: "≥" })),
];

const not = (lang: Locale, text: string, notFigure: string, category: NegativeCase["category"] = "counts") => ({
  lang,
  publishedAt: P,
  text,
  notFigure,
  category,
});

export const figureClassNegatives: NegativeCase[] = [
  not("fr", "Les deux hommes, tous deux anciens ministres, ont démissionné.", "deux anciens"),
  not("fr", "3 min de lecture", "3 min", "durations"),
  not("en", "Listen · 4:32", "4:32", "durations"),
  not("en", "Season 2, Episode 5: The siege", "5"),
  not("en", "Page 2 of 5", "2 of 5"),
  not("de", "Foto 2 von 8: Flüchtlinge an der Grenze", "2 von 8"),
  not("en", "Share 2.4K", "2.4K"),
];
