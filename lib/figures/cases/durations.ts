// Durations in days: weeks are exact, months and years span the calendar's shortest and longest.
import { dur, type FigureCase } from "./case-types";
import type { FigureValue } from "../types";
import type { Locale } from "@/lib/i18n/locales";

const at = (lang: Locale, text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({
  lang,
  publishedAt: "2022-10-31",
  text,
  figure,
  expect,
});

export const durations: FigureCase[] = [
  // A denied verb turns "more than" into a bound from above; a denied perfect does not ("hasn't rained for…").
  at(
    "en",
    "Neither ceasefire held for more than a few days.",
    "more than a few days",
    dur("[0, 6)", { approx: true, q: "more than" }),
  ),
  at("fr", "La trêve n'a pas duré plus de six heures.", "plus de six heures", dur("[0, 0.25]", { q: "plus de" })),
  at("en", "It hasn't rained for more than a month.", "more than a month", dur("(28, ∞)", { q: "more than" })),
  // "within" bounds from above: "the talks collapsed within an hour" lasted an hour at most.
  at("en", "The talks collapsed within an hour of opening.", "within an hour", dur("[0, 0.041667]", { q: "within" })),
  at("en", "Results are due within two weeks.", "within two weeks", dur("[0, 14]", { q: "within" })),
  at("fr", "Le siège a duré 44 jours.", "44 jours", dur("[44]")),
  at("fr", "La ville a été assiégée pendant neuf mois.", "neuf mois", dur("[273, 276]", { g: 30.4375 })),
  at("fr", "Les négociations ont duré deux ans.", "deux ans", dur("[730, 731]", { g: 365.25 })),
  at("fr", "Le conflit est gelé depuis des décennies.", "des décennies", dur("[7305, 36525)", { approx: true })),
  at("fr", "Les bombardements ont duré trois heures.", "trois heures", dur("[0.125]", { g: 0.041667 })),
  at("fr", "Le blocus dure depuis plus de deux ans.", "plus de deux ans", dur("(730, ∞)", { q: "plus de" })),
  at(
    "fr",
    "La trêve a tenu près de six semaines.",
    "près de six semaines",
    dur("[37.8, 42]", { approx: true, q: "près de" }),
  ),
  at("fr", "Les civils sont restés quelques jours dans les caves.", "quelques jours", dur("[2, 6)", { approx: true })),
  at("fr", "Le corridor est fermé depuis 18 mois.", "18 mois", dur("[546, 550]", { g: 30.4375 })),
  at("fr", "Un cessez-le-feu de 48 heures a été annoncé.", "48 heures", dur("[2]", { g: 0.041667 })),
  at("fr", "La mission durera moins de trois mois.", "moins de trois mois", dur("[0, 92)", { q: "moins de" })),
  at(
    "fr",
    "Les pourparlers ont duré environ un an.",
    "environ un an",
    dur("[328.5, 402.6]", { approx: true, q: "environ" }),
  ),
  at("fr", "Le contrat court sur un mois.", "un mois", dur("[28, 31]", { g: 30.4375 })),
  at("fr", "Les soldats ont été détenus six mois.", "six mois", dur("[181, 184]", { g: 30.4375 })),
  at(
    "fr",
    "Les prisonniers ont été libérés après un an et demi de captivité.",
    "un an et demi",
    dur("[547.5, 549]", { g: 182.625 }),
  ),
  at(
    "fr",
    "Les secours sont arrivés une dizaine de jours plus tard.",
    "une dizaine de jours",
    dur("[9, 11]", { approx: true }),
  ),
  at("fr", "La reconstruction prendra plusieurs mois.", "plusieurs mois", dur("[59, 306)", { approx: true })),
  at("fr", "Le cessez-le-feu a été rompu dix jours plus tard.", "dix jours", dur("[10]")),
  at("fr", "Le siège a duré deux ans et demi.", "deux ans et demi", dur("[912.5, 914]", { g: 182.625 })),
  at("fr", "Le conflit en Ukraine est entré dans son neuvième mois.", "neuvième mois", dur("[242, 276)")),
  at("fr", "Les combats entrent dans leur 3e semaine.", "3e semaine", dur("[14, 21)")),
  at("en", "The siege lasted 44 days.", "44 days", dur("[44]")),
  at("en", "The war in Ukraine is now in its ninth month.", "ninth month", dur("[242, 276)")),
  at("en", "The blockade entered its second year.", "second year", dur("[365, 731)")),
  at("en", "It ended a six-week war in 2020.", "six-week", dur("[42]", { g: 7 })),
  at("en", "The city was besieged for nine months.", "nine months", dur("[273, 276]", { g: 30.4375 })),
  at("en", "The negotiations lasted two years.", "two years", dur("[730, 731]", { g: 365.25 })),
  at("en", "The talks have stalled for a decade.", "a decade", dur("[3652, 3653]", { g: 365.25 })),
  // At least two decades, and nothing says how many more: open-ended.
  at("en", "The decades-old conflict flared again.", "decades-old", dur("[7305, ∞)", { approx: true })),
  at("en", "The dispute has lasted several decades.", "several decades", dur("[7305, 36525)", { approx: true })),
  at("en", "The shelling lasted three hours.", "three hours", dur("[0.125]", { g: 0.041667 })),
  at("en", "The blockade has lasted more than two years.", "more than two years", dur("(730, ∞)", { q: "more than" })),
  at(
    "en",
    "The truce held for nearly six weeks.",
    "nearly six weeks",
    dur("[37.8, 42]", { approx: true, q: "nearly" }),
  ),
  at("en", "A second truce collapsed a week later.", "a week", dur("[7]", { g: 7 })),
  at("en", "Civilians hid in basements for a few days.", "a few days", dur("[2, 6)", { approx: true })),
  at("en", "The corridor has been closed for 18 months.", "18 months", dur("[546, 550]", { g: 30.4375 })),
  at("en", "A ceasefire of 48 hours was announced.", "48 hours", dur("[2]", { g: 0.041667 })),
  at(
    "en",
    "The mission will last less than three months.",
    "less than three months",
    dur("[0, 92)", { q: "less than" }),
  ),
  at("en", "The talks lasted about a year.", "about a year", dur("[328.5, 402.6]", { approx: true, q: "about" })),
  at("en", "Soldiers were held for six months.", "six months", dur("[181, 184]", { g: 30.4375 })),
  at("en", "The contract runs for a month.", "a month", dur("[28, 31]", { g: 30.4375 })),
  at(
    "en",
    "Prisoners were freed after a year and a half in captivity.",
    "a year and a half",
    dur("[547.5, 549]", { g: 182.625 }),
  ),
  at("en", "Reconstruction will take several months.", "several months", dur("[59, 306)", { approx: true })),
];
