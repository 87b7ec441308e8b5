// French news-style sentences, written for this set (none copied, none from the seed articles),
// each with the figure an editor would tag and its exact reading. Never used to tune the reader's
// case table: they measure it.
import { count, date, dur, HALF_YEAR, HOUR, money, MONTH, pct, period, qty, WEEK, YEAR } from "./expect";
import type { Expected, NonFigureCase, SentenceCase } from "./expect";

const T = "2022-09-13"; // a Tuesday
const M = "2023-03-07"; // a Tuesday
const J = "2024-05-16"; // a Thursday
const W = "2025-02-12"; // a Wednesday

const fr =
  (group: string, publishedAt: string) =>
  (text: string, figure: string, ...expect: Expected[]): SentenceCase => ({
    lang: "fr",
    publishedAt,
    text,
    figure,
    expect,
    group,
  });

const not =
  (group: string, publishedAt = T) =>
  (text: string, notFigure: string): NonFigureCase => ({ lang: "fr", publishedAt, text, notFigure, group });

const units = fr("units", T);
const addition = fr("in addition to", T);
const ranges = fr("qualified range", T);
const vagueTime = fr("open-ended durations", T);
const numeric = fr("numeric dates", T);
const scaled = fr("multipliers", T);
const shares = fr("fractions", T);
const bounds = fr("comparisons", T);
const round = fr("round durations", T);
const plain = fr("ordinary", T);

export const sentencesFr: SentenceCase[] = [
  units("L'armée a ouvert un couloir de 5 kilomètres pour évacuer les civils.", "5 kilomètres", qty("[5000]", "m")),
  units("La zone démilitarisée couvre 140 km2 le long de la frontière.", "140 km2", qty("[140000000]", "m2")),
  units("Le convoi a parcouru 1 200 km en trois jours.", "1 200 km", qty("[1200000]", "m")),
  units("Le convoi a parcouru 1 200 km en trois jours.", "trois jours", dur("[3]")),
  units(
    "Les incendies ont détruit environ 200 hectares de forêt.",
    "environ 200 hectares",
    qty("[1800000, 2200000]", "m2"),
  ),
  units("Un barrage de 30 mètres de haut a cédé dans la nuit.", "30 mètres", qty("[30]", "m")),
  units(
    "Plus de 10 000 litres de carburant ont été livrés à l'hôpital.",
    "Plus de 10 000 litres",
    qty("(10, ∞)", "m3"),
  ),
  units("La cargaison pesait 12 tonnes selon les douanes.", "12 tonnes", qty("[12000]", "kg")),
  units("Les troupes se sont retirées à 2,5 km de la ligne de contact.", "2,5 km", qty("[2500]", "m")),

  addition("La défense aérienne a abattu trois drones, en plus de 4 avions.", "4", count("[4]")),
  addition("En plus de 300 blessés, les autorités font état de 45 morts.", "300", count("[300]")),
  addition("En plus de 300 blessés, les autorités font état de 45 morts.", "45", count("[45]")),
  addition("Outre 20 chars, l'armée a perdu deux hélicoptères.", "20", count("[20]")),

  ranges("Environ 28000 à 30000 personnes ont fui la région.", "Environ 28000 à 30000", count("[28000, 30000]")),
  ranges("Le bilan est d'environ 150 à 200 morts.", "environ 150 à 200", count("[150, 200]")),
  ranges("De 5 000 à 7 000 soldats ont été déployés.", "De 5 000 à 7 000", count("[5000, 7000]")),
  ranges("Entre 180 et 220 civils seraient encore bloqués.", "Entre 180 et 220", count("[180, 220]")),
  ranges(
    "Près de 40 000 à 50 000 manifestants ont défilé dimanche.",
    "Près de 40 000 à 50 000",
    count("[40000, 50000]"),
  ),

  vagueTime(
    "Ce conflit vieux de plusieurs décennies a repris de plus belle.",
    "plusieurs décennies",
    dur("[7305, 36525)"),
  ),
  vagueTime("Le différend frontalier dure depuis des années.", "des années", dur("[730, 3653)")),
  vagueTime("Le blocus a duré quelques semaines.", "quelques semaines", dur("[14, 42)")),

  fr("relative weekdays", M)(
    "Les deux ministres ont convenu de se retrouver jeudi à Genève.",
    "jeudi",
    date("[2023-03-09]"),
  ),
  fr("relative weekdays", J)("Les combats ont repris mercredi, selon l'armée.", "mercredi", date("[2024-05-15]")),
  fr("relative weekdays", M)("Le sommet se tiendra vendredi à Bruxelles.", "vendredi", date("[2023-03-10]")),
  fr("relative weekdays", W)("Le président doit s'exprimer lundi devant le Parlement.", "lundi", date("[2025-02-17]")),
  fr("relative weekdays", W)("Le ministre a démissionné lundi.", "lundi", date("[2025-02-10]")),
  fr("relative weekdays", M)(
    "Les négociateurs ont accepté de reprendre les pourparlers mardi prochain.",
    "mardi prochain",
    date("[2023-03-14]"),
  ),
  fr("sentence year", "2021-10-20")(
    "En 2020, le retrait des troupes devait s'achever le 1er décembre.",
    "1er décembre",
    date("[2020-12-01]"),
  ),
  fr("sentence year", "2023-06-20")(
    "En 2022, l'armée comptait reprendre la ville avant le 14 septembre.",
    "14 septembre",
    date("[2022-09-14]"),
  ),
  fr("sentence year", "2024-01-15")(
    "L'accord signé le 9 novembre 2020 prévoyait un échange de prisonniers le 19 novembre.",
    "19 novembre",
    date("[2020-11-19]"),
  ),

  numeric("Le cessez-le-feu a été signé le 23/09/2020 à Moscou.", "23/09/2020", date("[2020-09-23]")),
  numeric("Le décret daté du 13.09.2022 a été publié au Journal officiel.", "13.09.2022", date("[2022-09-13]")),
  numeric("Le rapport du 2020-11-10 recense 15 violations.", "2020-11-10", date("[2020-11-10]")),
  numeric("Le rapport du 2020-11-10 recense 15 violations.", "15", count("[15]")),
  numeric("La note du 05/10/2020 évoque des frappes sur Stepanakert.", "05/10/2020", date("[2020-10-05]")),
  numeric("Le communiqué a été publié le 23 sept. 2020 en fin de soirée.", "23 sept. 2020", date("[2020-09-23]")),
  numeric("Selon le procès-verbal du 07.11.2020, 12 soldats ont été capturés.", "07.11.2020", date("[2020-11-07]")),

  scaled("La pétition a recueilli 2,33 k signatures en une journée.", "2,33 k", count("[2330]")),
  scaled("1,5 million de personnes ont été déplacées par les combats.", "1,5 million", count("[1500000]")),
  scaled("Les policiers ont saisi trois douzaines de fusils.", "trois douzaines", count("[33, 39]")),
  scaled("La vidéo a touché 10M d'internautes.", "10M", count("[10000000]")),
  scaled("Le plan de relance atteint 2,5 milliards d'euros.", "2,5 milliards d'euros", money("[2500000000]", "EUR")),
  scaled("Une rançon de 500 k€ a été exigée.", "500 k€", money("[500000]", "EUR")),

  shares("Un tiers des habitants a quitté la ville.", "Un tiers", pct("[33.333333]")),
  shares("La moitié de la population vit sous le seuil de pauvreté.", "La moitié", pct("[50]")),
  shares("Selon l'ONU, un enfant sur cent souffre de malnutrition aiguë.", "un enfant sur cent", pct("[1]")),
  shares("Les trois quarts du territoire sont passés sous contrôle.", "trois quarts", pct("[75]")),
  shares("Près d'un habitant sur cinq a fui.", "Près d'un habitant sur cinq", pct("[18, 20]")),
  shares("Deux tiers des électeurs ont voté pour l'accord.", "Deux tiers", pct("[66.666667]")),

  bounds("Pas moins de 40 villages ont été évacués.", "Pas moins de 40", count("[40, ∞)")),
  bounds("Jusqu'à 5 000 réservistes pourraient être mobilisés.", "Jusqu'à 5 000", count("[0, 5000]")),
  bounds("Le bilan a dépassé les 1 000 morts mardi.", "dépassé les 1 000", count("(1000, ∞)")),
  bounds("Le nombre de déplacés dépasse 100 000.", "dépasse 100 000", count("(100000, ∞)")),
  bounds("Moins de 10 % des électeurs se sont déplacés.", "Moins de 10 %", pct("[0, 10)")),
  bounds("Au moins 12 journalistes ont été arrêtés.", "Au moins 12", count("[12, ∞)")),
  bounds("Au-delà de 50 000 réfugiés, le pays ne pourra plus suivre.", "Au-delà de 50 000", count("(50000, ∞)")),
  bounds("Quelque 2 000 casques bleus sont déployés.", "Quelque 2 000", count("[1800, 2200]")),

  round("La guerre de six semaines a fait des milliers de morts.", "six semaines", dur("[42]", WEEK)),
  round("Le siège a duré 44 jours.", "44 jours", dur("[44]")),
  round("La ville a été assiégée pendant neuf mois.", "neuf mois", dur("[273, 276]", MONTH)),
  round("Les négociations ont duré deux ans.", "deux ans", dur("[730, 731]", YEAR)),
  round("Les pourparlers sont au point mort depuis une décennie.", "une décennie", dur("[3652, 3653]", YEAR)),
  round("Le blocus a été levé après trois mois.", "trois mois", dur("[89, 92]", MONTH)),
  round("Les bombardements ont duré trois heures.", "trois heures", dur("[0.125]", HOUR)),
  round("L'assaut a duré moins de deux heures.", "moins de deux heures", dur("[0, 0.083333)")),
  round(
    "Les otages ont été libérés après un an et demi de captivité.",
    "un an et demi",
    dur("[547.5, 549]", HALF_YEAR),
  ),
  round("Le blocus dure depuis plus de deux ans.", "plus de deux ans", dur("(730, ∞)")),
  round("Les pourparlers ont duré environ deux ans.", "environ deux ans", dur("[657, 804.1]")),

  plain("Une nouvelle flambée de violence a fait 286 morts à la frontière.", "286", count("[286]")),
  plain("Une centaine de civils ont été évacués dans la nuit.", "Une centaine", count("[90, 110]")),
  plain("Des milliers de manifestants se sont rassemblés devant le Parlement.", "Des milliers", count("[2000, 10000)")),
  plain("Près de 7 600 civils ont dû quitter leur domicile.", "Près de 7 600", count("[6840, 7600]")),
  plain("Quatre-vingt-dix-sept soldats ont été faits prisonniers.", "Quatre-vingt-dix-sept", count("[97]")),
  plain("Le conflit a fait six mille cinq cents victimes.", "six mille cinq cents", count("[6500]")),
  plain("Moins de 10 morts ont été recensés dans le district.", "Moins de 10", count("[0, 10)")),
  plain("Les combats ont repris le 9 octobre 2020 au matin.", "9 octobre 2020", date("[2020-10-09]")),
  plain("Les heurts ont éclaté en septembre 2022.", "septembre 2022", date("[2022-09-01, 2022-09-30]")),
  plain("Le conflit a éclaté au début des années 1990.", "début des années 1990", date("[1990-01-01, 1993-12-31]")),
  plain(
    "Des trêves ont été annoncées du 10 au 17 octobre 2020.",
    "du 10 au 17 octobre 2020",
    period("[2020-10-10, 2020-10-17]"),
  ),
  plain("Le cessez-le-feu de 1994 n'a jamais été respecté.", "1994", date("[1994-01-01, 1994-12-31]")),
  plain("Des tirs ont été échangés hier soir.", "hier", date("[2022-09-12]")),
  plain("Le président avait annoncé l'accord jeudi dernier.", "jeudi dernier", date("[2022-09-08]")),
  plain("Selon l'ONU, 45 % des déplacés sont des enfants.", "45 %", pct("[45]")),
  plain("L'inflation a atteint 2,5 % en août.", "2,5 %", pct("[2.5]")),
  plain(
    "L'Union européenne a débloqué 6,5 millions d'euros d'aide.",
    "6,5 millions d'euros",
    money("[6500000]", "EUR"),
  ),
  plain(
    "Washington a promis 2 milliards de dollars sur cinq ans.",
    "2 milliards de dollars",
    money("[2000000000]", "USD"),
  ),
  plain("Chaque famille recevra 300 € par mois.", "300 €", money("[300]", "EUR")),
  plain("Les pourparlers reprendront fin septembre.", "fin septembre", date("[2022-09-21, 2022-09-30]")),
  plain("La mission durera moins de trois mois.", "moins de trois mois", dur("[0, 92)")),
  plain("Plusieurs guerres ont ensanglanté la région.", "Plusieurs", count("[2, 10)")),
];

const reading = not("reading times");
const furniture = not("page furniture");
const labels = not("labels");
const phones = not("phone numbers");
const clock = not("times of day");
const both = not("both");

export const nonFiguresFr: NonFigureCase[] = [
  both("Pachinian et Aliev, tous deux présents à Prague, ont signé la déclaration.", "tous deux"),
  both("Elles sont toutes deux originaires de Stepanakert.", "toutes deux"),
  both("Les deux pays ont rompu leurs relations diplomatiques.", "deux"),
  both("Ils ont tous les deux refusé de commenter.", "deux"),
  reading("Lecture : 4 min.", "4 min"),
  reading("Temps de lecture : 3 minutes", "3 minutes"),
  furniture("12 commentaires", "12"),
  furniture("345 partages", "345"),
  labels("Épisode 2 : la reconquête du Karabakh", "2"),
  labels("Partie 3 : le chemin vers la paix", "3"),
  labels("Photo 3 sur 12 : des réfugiés à Goris", "3 sur 12"),
  phones("Appelez le 06 12 34 56 78 pour témoigner.", "06 12 34 56 78"),
  clock("Le couvre-feu débute à 22 h dans la capitale.", "22 h"),
  clock("Rendez-vous à 18h30 place de la République.", "18h30"),
  clock("Les sirènes ont retenti vers 23 heures.", "23 heures"),
];
