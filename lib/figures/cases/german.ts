// German, the language that proves the seam: its own case table. Decimal comma and dot thousands,
// "am 27. September", capitalised nouns, glued number words, "rund", "knapp", "mindestens".
import {
  count,
  date,
  dateRange,
  dateWithin,
  dur,
  money,
  pct,
  qty,
  type FigureCase,
  type NegativeCase,
} from "./case-types";
import type { FigureValue } from "../types";

const P22 = "2022-10-31"; // a Monday
const P20 = "2020-10-21"; // a Wednesday

const at = (publishedAt: string, text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({
  lang: "de",
  publishedAt,
  text,
  figure,
  expect,
});

const not = (text: string, notFigure: string, category: NegativeCase["category"] = "counts"): NegativeCase => ({
  lang: "de",
  publishedAt: P22,
  text,
  notFigure,
  category,
});

export const german: FigureCase[] = [
  // Counts and their qualifiers
  at(P22, "Bei den Kämpfen starben 286 Menschen.", "286", count("[286]", { counted: "Menschen", key: "people" })),
  at(
    P22,
    "Mehr als 6.700 Menschen kamen im Krieg ums Leben.",
    "Mehr als 6.700",
    count("(6700, ∞)", { q: "Mehr als", counted: "Menschen", key: "people" }),
  ),
  at(
    P22,
    "Mindestens 99 Soldaten wurden getötet.",
    "Mindestens 99",
    count("[99, ∞)", { q: "Mindestens", counted: "Soldaten", key: "soldiers" }),
  ),
  at(
    P22,
    "Russland hat rund 2000 Friedenssoldaten entsandt.",
    "rund 2000",
    count("[1800, 2200]", { approx: true, q: "rund", counted: "Friedenssoldaten", key: "peacekeepers" }),
  ),
  at(
    P22,
    "Etwa 1.960 Blauhelme sind im Einsatz.",
    "Etwa 1.960",
    count("[1764, 2156]", { approx: true, q: "Etwa", counted: "Blauhelme", key: "peacekeepers" }),
  ),
  at(
    P22,
    "Knapp 7.000 Zivilisten flohen über die Grenze.",
    "Knapp 7.000",
    count("[6300, 7000]", { approx: true, q: "Knapp", counted: "Zivilisten", key: "civilians" }),
  ),
  at(
    P22,
    "Fast 300 Verletzte wurden behandelt.",
    "Fast 300",
    count("[270, 300]", { approx: true, q: "Fast", counted: "Verletzte", key: "wounded" }),
  ),
  at(
    P22,
    "Weniger als 50 Gefangene wurden ausgetauscht.",
    "Weniger als 50",
    count("[0, 50)", { q: "Weniger als", counted: "Gefangene", key: "prisoners" }),
  ),
  at(
    P22,
    "Bis zu 5.000 Kämpfer könnten beteiligt sein.",
    "Bis zu 5.000",
    count("[0, 5000]", { q: "Bis zu", counted: "Kämpfer", key: "soldiers" }),
  ),
  at(
    P22,
    "Über 10.000 Flüchtlinge warten an der Grenze.",
    "Über 10.000",
    count("(10000, ∞)", { q: "Über", counted: "Flüchtlinge", key: "refugees" }),
  ),
  at(
    P22,
    "Die Zahl der Vertriebenen übersteigt 100.000.",
    "übersteigt 100.000",
    count("(100000, ∞)", { q: "übersteigt" }),
  ),
  at(
    P22,
    "Zwischen 180 und 220 Tote wurden gezählt.",
    "Zwischen 180 und 220",
    count("[180, 220]", { counted: "Tote", key: "people" }),
  ),
  at(
    P22,
    "Etwa 20.000 bis 30.000 Menschen demonstrierten.",
    "Etwa 20.000 bis 30.000",
    count("[20000, 30000]", { approx: true, q: "Etwa", counted: "Menschen", key: "people" }),
  ),
  at(P22, "Zusätzlich zu 4 Kampfjets verlor die Armee zwei Drohnen.", "4", count("[4]", { counted: "Kampfjets" })),
  // Numbers in words, glued as German writes them
  at(
    P22,
    "Zwölf Soldaten gerieten in Gefangenschaft.",
    "Zwölf",
    count("[12]", { counted: "Soldaten", key: "soldiers" }),
  ),
  at(P22, "Einundzwanzig Dörfer wurden geräumt.", "Einundzwanzig", count("[21]", { counted: "Dörfer" })),
  at(
    P22,
    "Insgesamt zweitausendfünfhundert Menschen wurden evakuiert.",
    "zweitausendfünfhundert",
    count("[2500]", { counted: "Menschen", key: "people" }),
  ),
  // Vague amounts
  at(
    P22,
    "Hunderte Menschen versammelten sich auf dem Platz.",
    "Hunderte",
    count("[200, 1000)", { approx: true, counted: "Menschen", key: "people" }),
  ),
  at(
    P22,
    "Tausende Flüchtlinge erreichten Armenien.",
    "Tausende",
    count("[2000, 10000)", { approx: true, counted: "Flüchtlinge", key: "refugees" }),
  ),
  at(
    P22,
    "Zehntausende Vertriebene haben keine Unterkunft.",
    "Zehntausende",
    count("[20000, 100000)", { approx: true, counted: "Vertriebene", key: "displaced" }),
  ),
  at(
    P22,
    "Ein Dutzend Soldaten wurde gefangen genommen.",
    "Ein Dutzend",
    count("[11, 13]", { approx: true, counted: "Soldaten", key: "soldiers" }),
  ),
  at(
    P22,
    "Mehrere Hundert Kämpfer wurden rekrutiert.",
    "Mehrere Hundert",
    count("[200, 1000)", { approx: true, counted: "Kämpfer", key: "soldiers" }),
  ),
  at(
    P22,
    "Drei Dutzend Häuser brannten nieder.",
    "Drei Dutzend",
    count("[33, 39]", { approx: true, counted: "Häuser" }),
  ),
  at(
    P22,
    "Die Kampagne erreichte 1,5 Millionen Menschen.",
    "1,5 Millionen",
    count("[1500000]", { counted: "Menschen", key: "people" }),
  ),
  // Dates
  at(P22, "Die Offensive begann am 27. September 2020.", "27. September 2020", date("[2020-09-27]", "day")),
  at(P20, "Die Offensive begann am 27. September.", "27. September", date("[2020-09-27]", "day")),
  at(P22, "Der Vertrag vom 10.11.2020 beendete die Kämpfe.", "10.11.2020", date("[2020-11-10]", "day")),
  at(P22, "Die Kämpfe brachen im September 2022 aus.", "September 2022", date("[2022-09-01, 2022-09-30]", "month")),
  at(P22, "Im September kam es zu neuen Gefechten.", "September", date("[2022-09-01, 2022-09-30]", "month")),
  at(P22, "Seit 1994 gilt ein brüchiger Waffenstillstand.", "1994", date("[1994-01-01, 1994-12-31]", "year")),
  at(P22, "Die Minister trafen sich am Donnerstag in Wien.", "Donnerstag", date("[2022-10-27]", "day")),
  at(P22, "Die Gespräche sollen am Mittwoch fortgesetzt werden.", "Mittwoch", date("[2022-11-02]", "day")),
  at(P22, "Der Präsident sprach gestern vor dem Parlament.", "gestern", date("[2022-10-30]", "day")),
  at(P22, "Vor drei Tagen wurde ein Konvoi beschossen.", "Vor drei Tagen", date("[2022-10-28]", "day")),
  at(P22, "Letzte Woche scheiterten die Gespräche.", "Letzte Woche", dateWithin("[2022-10-24, 2022-10-30]")),
  at(P22, "Die Delegation reist morgen nach Brüssel.", "morgen", date("[2022-11-01]", "day")),
  at(
    P22,
    "Ende September flammten die Kämpfe wieder auf.",
    "Ende September",
    date("[2022-09-21, 2022-09-30]", "part_of_month"),
  ),
  at(
    P22,
    "Der Konflikt begann Anfang der 1990er Jahre.",
    "Anfang der 1990er Jahre",
    date("[1990-01-01, 1993-12-31]", "part_of_decade"),
  ),
  at(P22, "In den 1990er Jahren war die Region umkämpft.", "1990er Jahren", date("[1990-01-01, 1999-12-31]", "decade")),
  at(
    P20,
    "Waffenruhen galten vom 10. bis 17. Oktober.",
    "vom 10. bis 17. Oktober",
    dateRange("[2020-10-10, 2020-10-17]", "day"),
  ),
  at(
    P22,
    "Im Jahr 2020, so der Bericht, endete der Krieg am 10. November.",
    "10. November",
    date("[2020-11-10]", "day"),
  ),
  // Durations
  at(P22, "Der Krieg dauerte sechs Wochen.", "sechs Wochen", dur("[42]", { g: 7 })),
  at(P22, "Die Belagerung dauerte 44 Tage.", "44 Tage", dur("[44]")),
  at(P22, "Die Verhandlungen dauerten zwei Jahre.", "zwei Jahre", dur("[730, 731]", { g: 365.25 })),
  at(P22, "Die Blockade dauerte drei Monate.", "drei Monate", dur("[89, 92]", { g: 30.4375 })),
  at(P22, "Eine Waffenruhe von 48 Stunden wurde vereinbart.", "48 Stunden", dur("[2]", { g: 0.041667 })),
  at(P22, "Die Gespräche ruhen seit einem Jahrzehnt.", "einem Jahrzehnt", dur("[3652, 3653]", { g: 365.25 })),
  at(
    P22,
    "Die Gefangenen kamen nach eineinhalb Jahren frei.",
    "eineinhalb Jahren",
    dur("[547.5, 549]", { g: 182.625 }),
  ),
  at(
    P22,
    "Die Blockade dauert seit mehr als zwei Jahren an.",
    "mehr als zwei Jahren",
    dur("(730, ∞)", { q: "mehr als" }),
  ),
  at(P22, "Der jahrzehntelange Streit ist nicht beigelegt.", "jahrzehntelange", dur("[7305, ∞)", { approx: true })),
  at(P22, "Die Bewohner harrten mehrere Tage in Kellern aus.", "mehrere Tage", dur("[2, 10)", { approx: true })),
  // Shares, money, quantities
  at(P22, "Nach Angaben der UN sind 40 Prozent der Vertriebenen Kinder.", "40 Prozent", pct("[40]")),
  at(P22, "Die Inflation lag bei 2,5 %.", "2,5 %", pct("[2.5]")),
  at(P22, "Ein Drittel der Bevölkerung ist geflohen.", "Ein Drittel", pct("[33.333333]")),
  at(P22, "Die EU sagte 5 Millionen Euro Soforthilfe zu.", "5 Millionen Euro", money("[5000000]", "EUR")),
  at(P22, "Washington stellt 2,5 Mrd. Dollar bereit.", "2,5 Mrd. Dollar", money("[2500000000]", "USD")),
  at(P22, "Die Pufferzone ist 5 Kilometer breit.", "5 Kilometer", qty("[5000]", "m")),
  at(
    P22,
    "Rund 4.400 Quadratkilometer wurden zurückerobert.",
    "Rund 4.400 Quadratkilometer",
    qty("[3960000000, 4840000000]", "m2", { approx: true, q: "Rund" }),
  ),
];

export const germanNegatives: NegativeCase[] = [
  not("Die beiden Länder haben ihre Beziehungen abgebrochen.", "beiden"),
  not("Die zwei Länder unterzeichneten ein Abkommen.", "zwei"),
  not("Die Sitzung beginnt um 14 Uhr.", "14 Uhr", "durations"),
  not("Um 14.30 Uhr wurde die Sitzung unterbrochen.", "14.30 Uhr", "durations"),
  not("Lesezeit: 3 Min.", "3 Min", "durations"),
  not("Teil 2: Der Weg zum Frieden", "2"),
  not("Telefon: +49 30 1234567", "+49 30 1234567"),
  not("Laut Artikel 5 des Abkommens ziehen sich die Truppen zurück.", "5"),
  not("Der Flug 752 wurde abgeschossen.", "752"),
  not("Die Gespräche fanden in der Hauptstraße 12 statt.", "12"),
];
