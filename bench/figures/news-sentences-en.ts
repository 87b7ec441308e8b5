// English news-style sentences, written for this set (none copied, none from the seed articles),
// each with the figure an editor would tag and its exact reading.
import { count, date, dur, HOUR, money, MONTH, pct, period, qty, WEEK, YEAR } from "./expect";
import type { Expected, NonFigureCase, SentenceCase } from "./expect";

const T = "2022-09-13"; // a Tuesday
const M = "2023-03-07"; // a Tuesday
const J = "2024-05-16"; // a Thursday
const W = "2025-02-12"; // a Wednesday

const en =
  (group: string, publishedAt: string) =>
  (text: string, figure: string, ...expect: Expected[]): SentenceCase => ({
    lang: "en",
    publishedAt,
    text,
    figure,
    expect,
    group,
  });

const not =
  (group: string, publishedAt = T) =>
  (text: string, notFigure: string): NonFigureCase => ({ lang: "en", publishedAt, text, notFigure, group });

const units = en("units", T);
const addition = en("in addition to", T);
const ranges = en("qualified range", T);
const vagueTime = en("open-ended durations", T);
const numeric = en("numeric dates", T);
const scaled = en("multipliers", T);
const shares = en("fractions", T);
const bounds = en("comparisons", T);
const round = en("round durations", T);
const plain = en("ordinary", T);

export const sentencesEn: SentenceCase[] = [
  units("The convoy stopped 7.5 km from the border crossing.", "7.5 km", qty("[7500]", "m")),
  units("Troops pulled back more than 30 miles from the front.", "more than 30 miles", qty("(48280.32, ∞)", "m")),
  units("The aid shipment weighed 12 tonnes.", "12 tonnes", qty("[12000]", "kg")),
  units("The blast left a crater 15 metres wide.", "15 metres", qty("[15]", "m")),
  units(
    "The rebels control about 4,400 square kilometres of territory.",
    "about 4,400 square kilometres",
    qty("[3960000000, 4840000000]", "m2"),
  ),
  units("A 50-kilometre buffer zone will separate the two armies.", "50-kilometre", qty("[50000]", "m")),
  units("The new wall runs for 200 metres along the river.", "200 metres", qty("[200]", "m")),
  units("Engineers pumped 3,000 litres of water out of the tunnel.", "3,000 litres", qty("[3]", "m3")),

  addition("Officials reported 12 wounded in addition to 4 dead.", "4", count("[4]")),
  addition("On top of 200 prisoners, the deal frees three journalists.", "200", count("[200]")),
  addition("Besides more than 300 injured, the blast killed 45 people.", "more than 300", count("(300, ∞)")),
  addition("The army lost two helicopters in addition to 15 tanks.", "15", count("[15]")),

  ranges("About 10,000 to 15,000 troops are massed at the border.", "About 10,000 to 15,000", count("[10000, 15000]")),
  ranges("Roughly 40-50 fighters were killed in the raid.", "Roughly 40-50", count("[40, 50]")),
  ranges(
    "Between 2,000 and 3,000 people marched through the capital.",
    "Between 2,000 and 3,000",
    count("[2000, 3000]"),
  ),
  ranges("Some 300 to 400 families remain in the village.", "Some 300 to 400", count("[300, 400]")),
  ranges("From 5,000 to 7,000 reservists could be called up.", "From 5,000 to 7,000", count("[5000, 7000]")),

  vagueTime("The decades-old conflict flared up again in September.", "decades-old", dur("[7305, ∞)")),
  vagueTime("A years-long blockade has cut the town off.", "years-long", dur("[730, ∞)")),
  vagueTime("The months-long siege ended on Sunday.", "months-long", dur("[59, ∞)")),
  vagueTime("The two countries have been at odds for decades.", "decades", dur("[7305, 36525)")),
  vagueTime("Residents spent several days in basements.", "several days", dur("[2, 10)")),

  en("relative weekdays", T)(
    "The two leaders agreed to hold a meeting on Wednesday.",
    "Wednesday",
    date("[2022-09-14]"),
  ),
  en("relative weekdays", J)("Shelling resumed on Wednesday, officials said.", "Wednesday", date("[2024-05-15]")),
  en("relative weekdays", M)("Leaders are due to meet on Friday in Brussels.", "Friday", date("[2023-03-10]")),
  en("relative weekdays", W)("The ministers plan to sign the deal on Monday.", "Monday", date("[2025-02-17]")),
  en("relative weekdays", W)("Officials said on Monday that the talks had stalled.", "Monday", date("[2025-02-10]")),
  en("relative weekdays", M)("The rebels vowed to lay down their arms on Thursday.", "Thursday", date("[2023-03-09]")),
  en("relative weekdays", J)("Voters will go to the polls on Sunday.", "Sunday", date("[2024-05-19]")),
  en("sentence year", "2023-06-20")(
    "In 2022, the government pledged that the grain would be shipped by 14 September.",
    "14 September",
    date("[2022-09-14]"),
  ),
  en("sentence year", "2024-01-15")(
    "The deal signed on November 9, 2020 provided for a prisoner swap on November 19.",
    "November 19",
    date("[2020-11-19]"),
  ),
  en("sentence year", "2023-04-02")(
    "During the 2022 offensive, troops reached the river on October 3.",
    "October 3",
    date("[2022-10-03]"),
  ),

  numeric("The ceasefire took effect on 2020-09-27, according to the ministry.", "2020-09-27", date("[2020-09-27]")),
  numeric("The report, dated 23/Sep/2020, lists 15 incidents.", "23/Sep/2020", date("[2020-09-23]")),
  numeric("The report, dated 23/Sep/2020, lists 15 incidents.", "15", count("[15]")),
  numeric("The lawsuit was filed on 09/23/2020 in federal court.", "09/23/2020", date("[2020-09-23]")),
  numeric("A memo dated 23/09/2020 warned of an imminent attack.", "23/09/2020", date("[2020-09-23]")),
  numeric("The decree of 13.09.2022 imposed martial law.", "13.09.2022", date("[2022-09-13]")),

  scaled("The campaign reached 10M people in its first week.", "10M", count("[10000000]")),
  scaled("The fund will raise $1.2bn for reconstruction.", "$1.2bn", money("[1200000000]", "USD")),
  scaled("Some 2.5k protesters gathered outside parliament.", "Some 2.5k", count("[2250, 2750]")),
  scaled("Officials counted two dozen bodies in the village.", "two dozen", count("[22, 26]")),
  scaled("A $500K reward was offered for information.", "$500K", money("[500000]", "USD")),
  scaled("The conflict has displaced 1.5 million people.", "1.5 million", count("[1500000]")),
  scaled("Losses are estimated at £3m.", "£3m", money("[3000000]", "GBP")),

  shares("Two-thirds of the displaced are women and children.", "Two-thirds", pct("[66.666667]")),
  shares("Nearly half of the residents fled.", "Nearly half", pct("[45, 50]")),
  shares("One in five children is malnourished, the agency said.", "One in five", pct("[20]")),
  shares("Nine out of ten voters backed the deal.", "Nine out of ten", pct("[90]")),
  shares("A third of the town's homes were damaged.", "A third", pct("[33.333333]")),
  shares("A quarter of the soldiers were conscripts.", "A quarter", pct("[25]")),

  bounds("The death toll could surpass 3,000, aid groups warn.", "surpass 3,000", count("(3000, ∞)")),
  bounds("Turnout was >= 30% in every district.", ">= 30%", pct("[30, ∞)")),
  bounds("No fewer than 12 journalists were detained.", "No fewer than 12", count("[12, ∞)")),
  bounds("Over 500 homes were destroyed by the shelling.", "Over 500", count("(500, ∞)")),
  bounds("Under 50 people attended the rally.", "Under 50", count("[0, 50)")),
  bounds("Casualties exceeded 10,000 by the end of the year.", "exceeded 10,000", count("(10000, ∞)")),
  bounds("Officials say > 100 people are missing.", "> 100", count("(100, ∞)")),
  bounds("Up to 5,000 fighters may be involved.", "Up to 5,000", count("[0, 5000]")),
  bounds("At least 99 soldiers were killed.", "At least 99", count("[99, ∞)")),
  bounds("The blast injured as many as 40 people.", "as many as 40", count("[0, 40]")),
  bounds("Fewer than 1,000 residents remain.", "Fewer than 1,000", count("[0, 1000)")),

  round("The siege lasted two years.", "two years", dur("[730, 731]", YEAR)),
  round("Talks have been stalled for a decade.", "a decade", dur("[3652, 3653]", YEAR)),
  round("The six-week war ended with a truce.", "six-week", dur("[42]", WEEK)),
  round("The ceasefire held for six weeks.", "six weeks", dur("[42]", WEEK)),
  round("The corridor has been closed for 18 months.", "18 months", dur("[546, 550]", MONTH)),
  round("The offensive lasted 44 days.", "44 days", dur("[44]")),
  round("A 48-hour truce was announced.", "48-hour", dur("[2]", HOUR)),
  round("The talks lasted about two years.", "about two years", dur("[657, 804.1]")),
  round("The blockade has lasted more than nine months.", "more than nine months", dur("(273, ∞)")),

  plain("More than 6,700 people died in the fighting.", "More than 6,700", count("(6700, ∞)")),
  plain("Nearly 7,600 civilians were forced to flee.", "Nearly 7,600", count("[6840, 7600]")),
  plain("About 2,000 peacekeepers were deployed to the region.", "About 2,000", count("[1800, 2200]")),
  plain("Hundreds of people gathered in the square.", "Hundreds", count("[200, 1000)")),
  plain("Tens of thousands of people fled the region.", "Tens of thousands", count("[20000, 100000)")),
  plain("Twenty-five soldiers were taken prisoner.", "Twenty-five", count("[25]")),
  plain("The talks began on October 9, 2020 in Moscow.", "October 9, 2020", date("[2020-10-09]")),
  plain("Clashes broke out in September 2022.", "September 2022", date("[2022-09-01, 2022-09-30]")),
  plain("The conflict began in the early 1990s.", "early 1990s", date("[1990-01-01, 1993-12-31]")),
  plain(
    "Truces were declared from October 10 to 17, 2020.",
    "from October 10 to 17, 2020",
    period("[2020-10-10, 2020-10-17]"),
  ),
  plain("Fighting resumed yesterday near the border.", "yesterday", date("[2022-09-12]")),
  plain("The minister resigned last Thursday.", "last Thursday", date("[2022-09-08]")),
  plain("The UN says 45% of the displaced are children.", "45%", pct("[45]")),
  plain("The EU pledged €6.5 million in humanitarian aid.", "€6.5 million", money("[6500000]", "EUR")),
  plain("Washington promised $2 billion over five years.", "$2 billion", money("[2000000000]", "USD")),
  plain("Talks will resume in late September.", "late September", date("[2022-09-21, 2022-09-30]")),
  plain("The war in 2020 reshaped the region.", "2020", date("[2020-01-01, 2020-12-31]")),
  plain("Several officials resigned over the deal.", "Several", count("[2, 10)")),
];

const reading = not("reading times");
const furniture = not("page furniture");
const labels = not("labels");
const phones = not("phone numbers");
const clock = not("times of day");
const both = not("both");

export const nonFiguresEn: NonFigureCase[] = [
  both("The two sides traded fire across the border.", "two"),
  both("Both leaders signed the declaration.", "Both"),
  reading("1 min read", "1 min"),
  reading("5 minute read", "5 minute"),
  reading("Reading time: 4 minutes", "4 minutes"),
  furniture("23 comments", "23"),
  furniture("Share 1.2K", "1.2K"),
  labels("Part 3: The road to peace", "3"),
  labels("Photo 3 of 12: Refugees arrive in Goris", "3 of 12"),
  labels("He finished second in the vote.", "second"),
  labels("Episode 4: The last convoy", "4"),
  phones("Call +1 202 555 0147 for tips.", "+1 202 555 0147"),
  clock("Talks resumed at 9 am local time.", "9 am"),
  clock("The curfew starts at 10 p.m. on weekdays.", "10 p.m."),
  clock("The explosion happened at 6:45 in the morning.", "6:45"),
];
