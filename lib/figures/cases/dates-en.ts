// English dates: full, partial (year from the publication date), relative, parts, decades, ranges.
import { count, date, dateRange, dateWithin, type FigureCase } from "./case-types";
import type { FigureValue } from "../types";

const at = (publishedAt: string, text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({
  lang: "en",
  publishedAt,
  text,
  figure,
  expect,
});

const P22 = "2022-10-31"; // a Monday
const P20 = "2020-10-21"; // a Wednesday
const P24 = "2024-08-19"; // a Monday

export const datesEn: FigureCase[] = [
  // A year in a relative clause dates that clause, not the sentence's other dates.
  at(
    P20,
    "The region, held by rebels since a revolt that ended in 2008, saw fighting resume on 3 October.",
    "3 October",
    date("[2020-10-03]", "day"),
  ),
  at(
    P22,
    "The leaders met in Sochi on Monday, October 31, 2022.",
    "Monday, October 31, 2022",
    date("[2022-10-31]", "day"),
  ),
  at(P22, "The ceasefire was signed on October 31, 2022.", "October 31, 2022", date("[2022-10-31]", "day")),
  at(P22, "The agreement was signed on 31 October 2022 in Sochi.", "31 October 2022", date("[2022-10-31]", "day")),
  at(P22, "Talks resumed on Oct. 31 in Sochi.", "Oct. 31", date("[2022-10-31]", "day")),
  at(P22, "The leaders met in Sochi on Monday.", "Monday", date("[2022-10-31]", "day")),
  at(P22, "Fighting resumed in September 2022.", "September 2022", date("[2022-09-01, 2022-09-30]", "month")),
  at(P22, "The conflict flared in the early 1990s.", "early 1990s", date("[1990-01-01, 1993-12-31]", "part_of_decade")),
  at(P20, "The war began on September 27 with an Azerbaijani offensive.", "September 27", date("[2020-09-27]", "day")),
  at(P22, "Putin hosted the two leaders last Thursday.", "last Thursday", date("[2022-10-27]", "day")),
  at(P22, "Yesterday, three soldiers were wounded.", "Yesterday", date("[2022-10-30]", "day")),
  // Counted back from the publication day; a round duration spans its rounding.
  at(P22, "Three days ago, a convoy was shelled.", "Three days ago", date("[2022-10-28]", "day")),
  at(
    P22,
    "The minister visited Baku two weeks ago.",
    "two weeks ago",
    dateWithin("[2022-10-14, 2022-10-20]", { approx: true }),
  ),
  at(P22, "The depot was hit 48 hours ago.", "48 hours ago", date("[2022-10-29]", "day", { approx: true })),
  at(P22, "Last week, the talks collapsed.", "Last week", dateWithin("[2022-10-24, 2022-10-30]")),
  // A regular or irregular past tense points a day without a year back, even when the next one is nearer.
  at(
    "2023-10-04",
    "The ceasefire, which took effect at midnight on 10 November, ended six weeks of fighting.",
    "10 November",
    date("[2022-11-10]", "day"),
  ),
  at("2023-10-04", "The talks collapsed on 20 October.", "20 October", date("[2022-10-20]", "day")),
  at("2023-10-04", "The talks will resume on 20 October.", "20 October", date("[2023-10-20]", "day")),
  // "last" starts the date: it is not what the 12 counts.
  at(P22, "Covid-19 deaths fell to 12 last week.", "12", count("[12]")),
  at(P22, "Talks will resume next week in Brussels.", "next week", dateWithin("[2022-11-07, 2022-11-13]")),
  at(P22, "The prime minister addresses parliament today.", "today", date("[2022-10-31]", "day")),
  at(
    P24,
    "The road has been blocked since last September.",
    "last September",
    date("[2023-09-01, 2023-09-30]", "month"),
  ),
  at(P22, "Clashes broke out in September near Jermuk.", "September", date("[2022-09-01, 2022-09-30]", "month")),
  at(
    P20,
    "The offensive began in late September.",
    "late September",
    date("[2020-09-21, 2020-09-30]", "part_of_month"),
  ),
  at(
    P20,
    "A second truce was agreed in mid-October.",
    "mid-October",
    date("[2020-10-11, 2020-10-20]", "part_of_month"),
  ),
  at(P20, "Shelling intensified in early October.", "early October", date("[2020-10-01, 2020-10-10]", "part_of_month")),
  at(
    P20,
    "By the end of September, Azerbaijan had retaken villages.",
    "end of September",
    date("[2020-09-21, 2020-09-30]", "part_of_month"),
  ),
  at(P22, "Refugees arrived in the late 1990s.", "late 1990s", date("[1997-01-01, 1999-12-31]", "part_of_decade")),
  at(P22, "The region was devastated in the 1990s.", "1990s", date("[1990-01-01, 1999-12-31]", "decade")),
  at(P22, "The ceasefire was signed in 1994.", "1994", date("[1994-01-01, 1994-12-31]", "year")),
  at(P22, "The war lasted from 1992 to 1994.", "from 1992 to 1994", dateRange("[1992-01-01, 1994-12-31]", "year")),
  at(
    P22,
    "Armenia controlled the area between 1994 and 2020.",
    "between 1994 and 2020",
    dateRange("[1994-01-01, 2020-12-31]", "year"),
  ),
  at(P22, "The 2020-2022 plan was never carried out.", "2020-2022", dateRange("[2020-01-01, 2022-12-31]", "year")),
  at(P22, "Since the 2020 war, the border has been tense.", "2020", date("[2020-01-01, 2020-12-31]", "year")),
  at(P22, "Negotiators will meet again next Monday in Brussels.", "next Monday", date("[2022-11-07]", "day")),
  at(P22, "The minister will travel to Yerevan tomorrow.", "tomorrow", date("[2022-11-01]", "day")),
  at(P22, "Exports fell sharply last year.", "last year", date("[2021-01-01, 2021-12-31]", "year")),
  at(P22, "Prices rose last month.", "last month", date("[2022-09-01, 2022-09-30]", "month")),
  at(
    P20,
    "Observers were deployed from October 10 to 17.",
    "from October 10 to 17",
    dateRange("[2020-10-10, 2020-10-17]", "day"),
  ),
  at(
    "2020-11-03",
    "Truces were announced on October 10, 17 and 26.",
    "October 10, 17 and 26",
    date("[2020-10-10]", "day"),
    date("[2020-10-17]", "day"),
    date("[2020-10-26]", "day"),
  ),
  at(
    "2020-11-03",
    "Prisoners were exchanged on 1 and 2 November.",
    "1 and 2 November",
    date("[2020-11-01]", "day"),
    date("[2020-11-02]", "day"),
  ),
  at(P20, "A summit is scheduled for November 1st.", "November 1st", date("[2020-11-01]", "day")),
  at(P22, "The enclave was emptied in the mid-1990s.", "mid-1990s", date("[1994-01-01, 1996-12-31]", "part_of_decade")),
  at(P20, "The offensive started on Sept. 27.", "Sept. 27", date("[2020-09-27]", "day")),
  at(P20, "The foreign ministers met this Wednesday in Moscow.", "this Wednesday", date("[2020-10-21]", "day")),
  at(P20, "The ministers will meet on Friday in Washington.", "Friday", date("[2020-10-23]", "day")),
  at(P22, "Shelling resumed in August.", "August", date("[2022-08-01, 2022-08-31]", "month")),
  at(P22, "A referendum is planned for next September.", "next September", date("[2023-09-01, 2023-09-30]", "month")),
  at(P22, "Reconstruction began in early 2022.", "early 2022", date("[2022-01-01, 2022-04-30]", "year")),
  at(
    P20,
    "The talks were held on Saturday, October 10, 2020.",
    "Saturday, October 10, 2020",
    date("[2020-10-10]", "day"),
  ),
  at(P20, "The corridor was opened on the 12th of October.", "12th of October", date("[2020-10-12]", "day")),
  at(
    P20,
    "Fighting raged from September to November 2020.",
    "from September to November 2020",
    dateRange("[2020-09-01, 2020-11-30]", "month"),
  ),
  at(
    P24,
    "Azerbaijan took full control in September 2023.",
    "September 2023",
    date("[2023-09-01, 2023-09-30]", "month"),
  ),
  at(
    P20,
    "Fighting raged on 10-17 October along the front.",
    "10-17 October",
    dateRange("[2020-10-10, 2020-10-17]", "day"),
  ),
];
