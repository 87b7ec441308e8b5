// Percentages (unit "%") and sums of money (ISO 4217 code), French and English.
import { money, pct, type FigureCase } from "./case-types";
import type { FigureValue } from "../types";
import type { Locale } from "@/lib/i18n/locales";

const at = (lang: Locale, text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({
  lang,
  publishedAt: "2022-10-31",
  text,
  figure,
  expect,
});

export const percentages: FigureCase[] = [
  at("fr", "La participation a atteint 45 % dimanche.", "45 %", pct("[45]")),
  at("fr", "Le parti a recueilli 45% des voix.", "45%", pct("[45]")),
  at("fr", "Les prix ont bondi de 45 pour cent.", "45 pour cent", pct("[45]")),
  at("fr", "Plus de 60 % des habitants ont fui.", "Plus de 60 %", pct("(60, ∞)", { q: "Plus de" })),
  at(
    "fr",
    "Environ 30 % des bâtiments sont détruits.",
    "Environ 30 %",
    pct("[27, 33]", { approx: true, q: "Environ" }),
  ),
  at("fr", "La moitié des habitants ont quitté la ville.", "La moitié", pct("[50]")),
  // A fraction in digits, before "of": a share; elsewhere ("fini 2/3") not one.
  at("fr", "Les 2/3 des électeurs se sont abstenus.", "2/3", pct("[66.666667]")),
  at("en", "Some 3/4 of the budget goes to defence.", "Some 3/4", pct("[67.5, 82.5]", { approx: true, q: "Some" })),
  at("fr", "Un tiers des électeurs se sont abstenus.", "Un tiers", pct("[33.333333]")),
  at("fr", "Deux tiers des déplacés sont des femmes.", "Deux tiers", pct("[66.666667]")),
  at("fr", "Le chômage touche entre 40 et 45 % des jeunes.", "entre 40 et 45 %", pct("[40, 45]")),
  at("fr", "L'inflation a atteint 6,5 % en septembre.", "6,5 %", pct("[6.5]")),
  at(
    "fr",
    "Près de la moitié des écoles sont fermées.",
    "Près de la moitié",
    pct("[45, 50]", { approx: true, q: "Près de" }),
  ),
  at("fr", "Les trois quarts du territoire sont contrôlés par l'armée.", "trois quarts", pct("[75]")),
  at("fr", "Moins de 5 % des réfugiés sont rentrés.", "Moins de 5 %", pct("[0, 5)", { q: "Moins de" })),
  at("en", "Turnout reached 45 per cent on Sunday.", "45 per cent", pct("[45]")),
  at("en", "Prices jumped 45 percent in a year.", "45 percent", pct("[45]")),
  at("en", "The party won 45% of the vote.", "45%", pct("[45]")),
  at("en", "More than 60% of residents have fled.", "More than 60%", pct("(60, ∞)", { q: "More than" })),
  at(
    "en",
    "About 30 percent of buildings are destroyed.",
    "About 30 percent",
    pct("[27, 33]", { approx: true, q: "About" }),
  ),
  at("en", "Half of the residents have left the city.", "Half", pct("[50]")),
  at("en", "A third of voters stayed home.", "A third", pct("[33.333333]")),
  at("en", "Two-thirds of the displaced are women.", "Two-thirds", pct("[66.666667]")),
  at(
    "en",
    "Unemployment affects between 40 and 45 percent of young people.",
    "between 40 and 45 percent",
    pct("[40, 45]"),
  ),
  at("en", "Inflation reached 6.5% in September.", "6.5%", pct("[6.5]")),
  at("en", "Nearly half of the schools are closed.", "Nearly half", pct("[45, 50]", { approx: true, q: "Nearly" })),
  at("en", "Three quarters of the territory is under army control.", "Three quarters", pct("[75]")),
  at("en", "Less than 5% of refugees have returned.", "Less than 5%", pct("[0, 5)", { q: "Less than" })),
];

export const moneyCases: FigureCase[] = [
  at(
    "fr",
    "L'UE a débloqué 6,5 millions d'euros d'aide humanitaire.",
    "6,5 millions d'euros",
    money("[6500000]", "EUR"),
  ),
  at(
    "fr",
    "Bakou a investi 2 milliards de dollars dans ses drones.",
    "2 milliards de dollars",
    money("[2000000000]", "USD"),
  ),
  at("fr", "Chaque famille reçoit 300 euros par mois.", "300 euros", money("[300]", "EUR")),
  at("fr", "Le pain coûte désormais 1 000 roubles.", "1 000 roubles", money("[1000]", "RUB")),
  at("fr", "L'allocation s'élève à 50 000 drams.", "50 000 drams", money("[50000]", "AMD")),
  at(
    "fr",
    "Le projet a coûté plus de 2 millions d'euros.",
    "plus de 2 millions d'euros",
    money("(2000000, ∞)", "EUR", { q: "plus de" }),
  ),
  at(
    "fr",
    "Washington promet environ 100 millions de dollars.",
    "environ 100 millions de dollars",
    money("[90000000, 110000000]", "USD", { approx: true, q: "environ" }),
  ),
  at("fr", "Bakou a alloué 10 millions de manats aux victimes.", "10 millions de manats", money("[10000000]", "AZN")),
  at("fr", "L'amende atteint 500 livres sterling.", "500 livres sterling", money("[500]", "GBP")),
  at("fr", "Le billet coûte 300 € à Erevan.", "300 €", money("[300]", "EUR")),
  at(
    "fr",
    "Le plan de reconstruction est chiffré à 2,5 milliards d'euros.",
    "2,5 milliards d'euros",
    money("[2500000000]", "EUR"),
  ),
  at(
    "fr",
    "Les dégâts sont estimés entre 2 et 3 milliards de dollars.",
    "entre 2 et 3 milliards de dollars",
    money("[2000000000, 3000000000]", "USD"),
  ),
  at("en", "Azerbaijan spent $2 billion on drones.", "$2 billion", money("[2000000000]", "USD")),
  at("en", "Each family receives €300 a month.", "€300", money("[300]", "EUR")),
  at("en", "Britain pledged £5 million in aid.", "£5 million", money("[5000000]", "GBP")),
  at("en", "The deal is worth 2 billion dollars.", "2 billion dollars", money("[2000000000]", "USD")),
  at(
    "en",
    "The project cost more than $1.5 billion.",
    "more than $1.5 billion",
    money("(1500000000, ∞)", "USD", { q: "more than" }),
  ),
  at("en", "The allowance is 50,000 drams a month.", "50,000 drams", money("[50000]", "AMD")),
  at("en", "Bread now costs 1,000 rubles.", "1,000 rubles", money("[1000]", "RUB")),
  at("en", "Baku allocated 10 million manats to victims.", "10 million manats", money("[10000000]", "AZN")),
  at("en", "The EU has pledged $2bn in loans.", "$2bn", money("[2000000000]", "USD")),
  at("en", "Washington promised US$5 million in aid.", "US$5 million", money("[5000000]", "USD")),
  at(
    "en",
    "The fund holds about $300 million.",
    "about $300 million",
    money("[270000000, 330000000]", "USD", { approx: true, q: "about" }),
  ),
  at(
    "en",
    "Damage is estimated at between $2 billion and $3 billion.",
    "between $2 billion and $3 billion",
    money("[2000000000, 3000000000]", "USD"),
  ),
  at("en", "The EU released €6.5 million in humanitarian aid.", "€6.5 million", money("[6500000]", "EUR")),
  at("en", "The fine reached £3m last year.", "£3m", money("[3000000]", "GBP")),
];
