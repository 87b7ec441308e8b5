// German news-style sentences, written for this set (none copied), each with the figure an editor
// would tag and its exact reading. German proves the language seam: decimal comma, dot thousands,
// "am 27. September", capitalised nouns.
import { count, date, dur, HOUR, money, MONTH, pct, qty, WEEK, YEAR } from "./expect";
import type { Expected, NonFigureCase, SentenceCase } from "./expect";

const T = "2022-09-13"; // a Tuesday
const M = "2023-03-07"; // a Tuesday
const J = "2024-05-16"; // a Thursday
const O = "2020-10-06"; // a Tuesday

const de =
  (group: string, publishedAt: string) =>
  (text: string, figure: string, ...expect: Expected[]): SentenceCase => ({
    lang: "de",
    publishedAt,
    text,
    figure,
    expect,
    group,
  });

const not =
  (group: string, publishedAt = T) =>
  (text: string, notFigure: string): NonFigureCase => ({ lang: "de", publishedAt, text, notFigure, group });

const units = de("units", T);
const addition = de("in addition to", T);
const ranges = de("qualified range", T);
const vagueTime = de("open-ended durations", T);
const numeric = de("numeric dates", T);
const scaled = de("multipliers", T);
const shares = de("fractions", T);
const bounds = de("comparisons", T);
const round = de("round durations", T);
const plain = de("ordinary", O);

export const sentencesDe: SentenceCase[] = [
  units("Die Pufferzone ist 5 Kilometer breit.", "5 Kilometer", qty("[5000]", "m")),
  units(
    "Rund 4.400 Quadratkilometer wurden zurückerobert.",
    "Rund 4.400 Quadratkilometer",
    qty("[3960000000, 4840000000]", "m2"),
  ),
  units("Der Konvoi hielt 7,5 km vor der Grenze.", "7,5 km", qty("[7500]", "m")),
  units("Die Hilfslieferung wog 12 Tonnen.", "12 Tonnen", qty("[12000]", "kg")),

  addition("Zusätzlich zu 4 Flugzeugen wurden zwei Hubschrauber zerstört.", "4", count("[4]")),
  addition("Neben 300 Verletzten meldeten die Behörden 45 Tote.", "45", count("[45]")),

  ranges("Etwa 20.000 bis 30.000 Menschen sind geflohen.", "Etwa 20.000 bis 30.000", count("[20000, 30000]")),
  ranges("Zwischen 180 und 220 Zivilisten sitzen noch fest.", "Zwischen 180 und 220", count("[180, 220]")),

  vagueTime("Der jahrzehntelange Konflikt ist erneut aufgeflammt.", "jahrzehntelange", dur("[7305, ∞)")),
  vagueTime("Die Bewohner harrten mehrere Tage in Kellern aus.", "mehrere Tage", dur("[2, 10)")),

  de("relative weekdays", M)(
    "Die Minister wollen sich am Donnerstag in Wien treffen.",
    "Donnerstag",
    date("[2023-03-09]"),
  ),
  de("relative weekdays", J)("Am Mittwoch wurden erneut Gefechte gemeldet.", "Mittwoch", date("[2024-05-15]")),
  de("sentence year", "2023-06-20")(
    "Im Jahr 2022 sollte das Getreide bis zum 14. September verschifft sein.",
    "14. September",
    date("[2022-09-14]"),
  ),

  numeric("Der Vertrag vom 10.11.2020 beendete die Kämpfe.", "10.11.2020", date("[2020-11-10]")),
  numeric("Am 27.09.2020 begann die Offensive.", "27.09.2020", date("[2020-09-27]")),

  scaled("Die EU stellt 2,5 Mrd. Euro bereit.", "2,5 Mrd. Euro", money("[2500000000]", "EUR")),
  scaled("1,5 Millionen Menschen sind auf der Flucht.", "1,5 Millionen", count("[1500000]")),
  scaled("Drei Dutzend Häuser wurden zerstört.", "Drei Dutzend", count("[33, 39]")),
  scaled("Die Kampagne erreichte 10 Mio. Menschen.", "10 Mio.", count("[10000000]")),

  shares("Ein Drittel der Bevölkerung ist geflohen.", "Ein Drittel", pct("[33.333333]")),
  shares("Die Hälfte der Häuser wurde zerstört.", "Die Hälfte", pct("[50]")),
  shares("Zwei Drittel der Vertriebenen sind Frauen und Kinder.", "Zwei Drittel", pct("[66.666667]")),

  bounds("Mehr als 6.700 Menschen kamen ums Leben.", "Mehr als 6.700", count("(6700, ∞)")),
  bounds("Mindestens 99 Soldaten wurden getötet.", "Mindestens 99", count("[99, ∞)")),
  bounds("Bis zu 5000 Reservisten sollen einberufen werden.", "Bis zu 5000", count("[0, 5000]")),
  bounds("Weniger als 100 Menschen nahmen an der Kundgebung teil.", "Weniger als 100", count("[0, 100)")),
  bounds("Über 200 Häuser wurden beschädigt.", "Über 200", count("(200, ∞)")),
  bounds("Rund 2000 russische Soldaten sind in der Region stationiert.", "Rund 2000", count("[1800, 2200]")),
  bounds("Fast 7.600 Zivilisten mussten fliehen.", "Fast 7.600", count("[6840, 7600]")),
  bounds("Knapp 300 Verletzte wurden in Krankenhäuser gebracht.", "Knapp 300", count("[270, 300]")),
  bounds("Die Zahl der Toten stieg auf mehr als 1.000.", "mehr als 1.000", count("(1000, ∞)")),

  round("Der Krieg dauerte sechs Wochen.", "sechs Wochen", dur("[42]", WEEK)),
  round("Die Verhandlungen zogen sich zwei Jahre hin.", "zwei Jahre", dur("[730, 731]", YEAR)),
  round("Die Blockade wurde nach drei Monaten aufgehoben.", "drei Monaten", dur("[89, 92]", MONTH)),
  round("Eine Waffenruhe von 48 Stunden wurde vereinbart.", "48 Stunden", dur("[2]", HOUR)),
  round("Die Gespräche liegen seit einem Jahrzehnt auf Eis.", "einem Jahrzehnt", dur("[3652, 3653]", YEAR)),
  round("Der Belagerungszustand dauerte 44 Tage.", "44 Tage", dur("[44]")),

  plain("Die Offensive begann am 27. September 2020.", "27. September 2020", date("[2020-09-27]")),
  plain("Die Kämpfe brachen im September 2020 aus.", "September 2020", date("[2020-09-01, 2020-09-30]")),
  plain("Seit 1994 gilt ein brüchiger Waffenstillstand.", "1994", date("[1994-01-01, 1994-12-31]")),
  plain("Nach Angaben der UN sind 40 Prozent der Vertriebenen Kinder.", "40 Prozent", pct("[40]")),
  plain("Die Inflation lag bei 2,5 %.", "2,5 %", pct("[2.5]")),
  plain("Die EU sagte 5 Millionen Euro Soforthilfe zu.", "5 Millionen Euro", money("[5000000]", "EUR")),
  plain("Ende September flammten die Kämpfe wieder auf.", "Ende September", date("[2020-09-21, 2020-09-30]")),
  plain("Der Konflikt begann Anfang der 1990er Jahre.", "Anfang der 1990er Jahre", date("[1990-01-01, 1993-12-31]")),
  plain("Hunderte Menschen versammelten sich vor dem Parlament.", "Hunderte", count("[200, 1000)")),
  plain("Zwölf Soldaten wurden gefangen genommen.", "Zwölf", count("[12]")),
];

export const nonFiguresDe: NonFigureCase[] = [
  not("both")("Die zwei Länder haben ihre Beziehungen abgebrochen.", "zwei"),
  not("reading times")("Lesezeit: 3 Min.", "3 Min"),
  not("page furniture")("12 Kommentare", "12"),
  not("labels")("Teil 2: Der Weg zum Frieden", "2"),
  not("phone numbers")("Telefon: +49 30 1234567", "+49 30 1234567"),
  not("times of day")("Die Sitzung beginnt um 14 Uhr.", "14 Uhr"),
  not("times of day")("Um 14.30 Uhr wurde die Sitzung unterbrochen.", "14.30 Uhr"),
];
