// English wire copy in the style of the seed stories (AP, Reuters, RFE/RL), one figure per line.
import { count, date, dateRange, dur, money, pct, type FigureCase } from "./case-types";
import type { FigureValue } from "../types";

const at = (publishedAt: string, text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({
  lang: "en",
  publishedAt,
  text,
  figure,
  expect,
});

const P20 = "2020-11-03"; // a Tuesday
const P23 = "2023-09-28"; // a Thursday

export const newsEn: FigureCase[] = [
  at(
    P20,
    "The fighting has killed more than 1,000 people since Sept. 27.",
    "more than 1,000",
    count("(1000, ∞)", { q: "more than", counted: "people", key: "people" }),
  ),
  at(P20, "The fighting has killed more than 1,000 people since Sept. 27.", "Sept. 27", date("[2020-09-27]", "day")),
  at(P20, "Armenian officials said 1,166 of their troops had been killed.", "1,166", count("[1166]")),
  at(
    P20,
    "Azerbaijan has not disclosed its military losses but says 91 civilians have been killed.",
    "91",
    count("[91]", { counted: "civilians", key: "civilians" }),
  ),
  at(
    P20,
    "A third ceasefire, brokered by the U.S., collapsed within hours on Oct. 26.",
    "Oct. 26",
    date("[2020-10-26]", "day"),
  ),
  at(
    P20,
    "Nearly 90,000 people, about half the region's population, have fled.",
    "Nearly 90,000",
    count("[81000, 90000]", { approx: true, q: "Nearly", counted: "people", key: "people" }),
  ),
  at(
    P20,
    "Nearly 90,000 people, about half the region's population, have fled.",
    "about half",
    pct("[45, 55]", { approx: true, q: "about" }),
  ),
  at(
    P20,
    "Russia has a military base in Armenia with about 3,000 troops.",
    "about 3,000",
    count("[2700, 3300]", { approx: true, q: "about", counted: "troops", key: "soldiers" }),
  ),
  at(
    P20,
    "The two sides fought a war in the early 1990s that killed an estimated 30,000 people.",
    "an estimated 30,000",
    count("[27000, 33000]", { approx: true, q: "an estimated", counted: "people", key: "people" }),
  ),
  at(P20, "The war ended with a truce in 1994.", "1994", date("[1994-01-01, 1994-12-31]", "year")),
  at(P20, "Shelling of Stepanakert continued on Sunday and Monday.", "Sunday", date("[2020-11-01]", "day")),
  at(P20, "Shelling of Stepanakert continued on Sunday and Monday.", "Monday", date("[2020-11-02]", "day")),
  at(P20, "Officials reported 47 deaths in the past 24 hours.", "24 hours", dur("[1]", { g: 0.041667 })),
  at(
    P20,
    "Officials reported 47 deaths in the past 24 hours.",
    "47",
    count("[47]", { counted: "deaths", key: "people" }),
  ),
  at(
    P20,
    "The conflict has displaced as many as 130,000 people.",
    "as many as 130,000",
    count("[0, 130000]", { q: "as many as", counted: "people", key: "people" }),
  ),
  at(
    P23,
    "More than 28,000 refugees have crossed into Armenia since Sunday.",
    "More than 28,000",
    count("(28000, ∞)", { q: "More than", counted: "refugees", key: "refugees" }),
  ),
  at(P23, "More than 28,000 refugees have crossed into Armenia since Sunday.", "Sunday", date("[2023-09-24]", "day")),
  at(
    P23,
    "The blast at a fuel depot killed at least 68 people and injured nearly 300.",
    "at least 68",
    count("[68, ∞)", { q: "at least", counted: "people", key: "people" }),
  ),
  at(
    P23,
    "The blast at a fuel depot killed at least 68 people and injured nearly 300.",
    "nearly 300",
    count("[270, 300]", { approx: true, q: "nearly" }),
  ),
  at(P23, "The enclave had been under blockade for nine months.", "nine months", dur("[273, 276]", { g: 30.4375 })),
  at(P23, "Azerbaijan launched a 24-hour offensive on Sept. 19.", "24-hour", dur("[1]", { g: 0.041667 })),
  at(P23, "Azerbaijan launched a 24-hour offensive on Sept. 19.", "Sept. 19", date("[2023-09-19]", "day")),
  at(
    P23,
    "The EU pledged an additional €5 million in humanitarian aid on Wednesday.",
    "€5 million",
    money("[5000000]", "EUR"),
  ),
  at(
    P23,
    "The EU pledged an additional €5 million in humanitarian aid on Wednesday.",
    "Wednesday",
    date("[2023-09-27]", "day"),
  ),
  at(
    P23,
    "The separatist government will dissolve itself by Jan. 1, 2024.",
    "Jan. 1, 2024",
    date("[2024-01-01]", "day"),
  ),
  at(
    P23,
    "About 120,000 ethnic Armenians lived in the region before the offensive.",
    "About 120,000",
    count("[108000, 132000]", { approx: true, q: "About", counted: "Armenians" }),
  ),
  at(
    P23,
    "Between 2020 and 2023, the region's population halved.",
    "Between 2020 and 2023",
    dateRange("[2020-01-01, 2023-12-31]", "year"),
  ),
  at(P23, "Inflation in Armenia slowed to 2.4% in August.", "2.4%", pct("[2.4]")),
  at(P23, "Inflation in Armenia slowed to 2.4% in August.", "August", date("[2023-08-01, 2023-08-31]", "month")),
];
