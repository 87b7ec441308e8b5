// English head counts with qualifiers, vague quantities and ranges.
import { count, pct, type FigureCase } from "./case-types";
import type { FigureValue } from "../types";

const at = (text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({
  lang: "en",
  publishedAt: "2022-10-31",
  text,
  figure,
  expect,
});

export const countsEnQualified: FigureCase[] = [
  // Qualifiers
  at(
    "Nearly 7,000 soldiers have been deployed.",
    "Nearly 7,000",
    count("[6300, 7000]", { approx: true, q: "Nearly", counted: "soldiers", key: "soldiers" }),
  ),
  at(
    "Almost 300 civilians died in the siege.",
    "Almost 300",
    count("[270, 300]", { approx: true, q: "Almost", counted: "civilians", key: "civilians" }),
  ),
  at(
    "Russia sent some 2,000 peacekeepers.",
    "some 2,000",
    count("[1800, 2200]", { approx: true, q: "some", counted: "peacekeepers", key: "peacekeepers" }),
  ),
  at(
    "Baku holds around 500 prisoners of war.",
    "around 500",
    count("[450, 550]", { approx: true, q: "around", counted: "prisoners of war", key: "prisoners" }),
  ),
  at(
    "Approximately 3,000 displaced people live in schools.",
    "Approximately 3,000",
    count("[2700, 3300]", { approx: true, q: "Approximately", counted: "displaced people", key: "displaced" }),
  ),
  at(
    "Roughly 1,200 refugees are housed in Goris.",
    "Roughly 1,200",
    count("[1080, 1320]", { approx: true, q: "Roughly", counted: "refugees", key: "refugees" }),
  ),
  at(
    "Over 200 servicemen were killed on both sides.",
    "Over 200",
    count("(200, ∞)", { q: "Over", counted: "servicemen", key: "soldiers" }),
  ),
  at(
    "Upwards of 10,000 fighters joined the militia.",
    "Upwards of 10,000",
    count("(10000, ∞)", { q: "Upwards of", counted: "fighters", key: "soldiers" }),
  ),
  at(
    "No fewer than 40 civilians died in the shelling.",
    "No fewer than 40",
    count("[40, ∞)", { q: "No fewer than", counted: "civilians", key: "civilians" }),
  ),
  at(
    "Fewer than 100 deaths were recorded last year.",
    "Fewer than 100",
    count("[0, 100)", { q: "Fewer than", counted: "deaths", key: "people" }),
  ),
  at(
    "The unit suffered less than 50 casualties.",
    "less than 50",
    count("[0, 50)", { q: "less than", counted: "casualties", key: "people" }),
  ),
  at(
    "Under 1,000 troops remain in the area.",
    "Under 1,000",
    count("[0, 1000)", { q: "Under", counted: "troops", key: "soldiers" }),
  ),
  at(
    "The group could field up to 5,000 fighters.",
    "up to 5,000",
    count("[0, 5000]", { q: "up to", counted: "fighters", key: "soldiers" }),
  ),
  at(
    "As many as 3,000 people may have been killed.",
    "As many as 3,000",
    count("[0, 3000]", { q: "As many as", counted: "people", key: "people" }),
  ),
  at(
    "The mission will not exceed 2,000 troops.",
    "will not exceed 2,000",
    count("[0, 2000]", { q: "will not exceed", counted: "troops", key: "soldiers" }),
  ),
  at(
    "Close to 4,000 wounded were treated in Yerevan.",
    "Close to 4,000",
    count("[3600, 4000]", { approx: true, q: "Close to", counted: "wounded", key: "wounded" }),
  ),
  at(
    "An estimated 30,000 people fled the city.",
    "An estimated 30,000",
    count("[27000, 33000]", { approx: true, q: "An estimated", counted: "people", key: "people" }),
  ),
  at(
    "At most 20 soldiers guard the checkpoint.",
    "At most 20",
    count("[0, 20]", { q: "At most", counted: "soldiers", key: "soldiers" }),
  ),
  at("The toll stands at 200 or so.", "200 or so", count("[180, 220]", { approx: true, q: "or so" })),
  at(
    "Officials expect 500 or more refugees a day.",
    "500 or more",
    count("[500, ∞)", { q: "or more", counted: "refugees", key: "refugees" }),
  ),
  at(
    "The blast injured more than 40 people.",
    "more than 40",
    count("(40, ∞)", { q: "more than", counted: "people", key: "people" }),
  ),
  // Vague quantities
  at(
    "A dozen soldiers were captured near Shusha.",
    "A dozen",
    count("[11, 13]", { approx: true, counted: "soldiers", key: "soldiers" }),
  ),
  at(
    "Hundreds of civilians sheltered in basements.",
    "Hundreds",
    count("[200, 1000)", { approx: true, counted: "civilians", key: "civilians" }),
  ),
  at(
    "Dozens of people were wounded in the attack.",
    "Dozens",
    count("[24, 120)", { approx: true, counted: "people", key: "people" }),
  ),
  at(
    "Thousands of troops massed on the border.",
    "Thousands",
    count("[2000, 10000)", { approx: true, counted: "troops", key: "soldiers" }),
  ),
  at(
    "Several hundred fighters were recruited in Syria.",
    "Several hundred",
    count("[200, 1000)", { approx: true, counted: "fighters", key: "soldiers" }),
  ),
  at(
    "A few dozen protesters blocked the road.",
    "A few dozen",
    count("[24, 72)", { approx: true, counted: "protesters" }),
  ),
  at(
    "Scores of people were injured by the blast.",
    "Scores",
    count("[40, 200)", { approx: true, counted: "people", key: "people" }),
  ),
  at(
    "Tens of thousands of refugees reached Armenia.",
    "Tens of thousands",
    count("[20000, 100000)", { approx: true, counted: "refugees", key: "refugees" }),
  ),
  at(
    "Hundreds of thousands of displaced have no shelter.",
    "Hundreds of thousands",
    count("[200000, 1000000)", { approx: true, counted: "displaced", key: "displaced" }),
  ),
  at(
    "A few hundred soldiers held the town.",
    "A few hundred",
    count("[200, 600)", { approx: true, counted: "soldiers", key: "soldiers" }),
  ),
  at(
    "Several thousand troops took part in the drills.",
    "Several thousand",
    count("[2000, 10000)", { approx: true, counted: "troops", key: "soldiers" }),
  ),
  // Ranges
  at(
    "The strikes killed between 180 and 220 people.",
    "between 180 and 220",
    count("[180, 220]", { counted: "people", key: "people" }),
  ),
  at(
    "Armenia mobilised from 5,000 to 7,000 troops.",
    "from 5,000 to 7,000",
    count("[5000, 7000]", { counted: "troops", key: "soldiers" }),
  ),
  at("The shelling left 3-5 soldiers wounded.", "3-5", count("[3, 5]", { counted: "soldiers", key: "soldiers" })),
  at(
    "Analysts put the force at 10,000 to 15,000 fighters.",
    "10,000 to 15,000",
    count("[10000, 15000]", { counted: "fighters", key: "soldiers" }),
  ),
  at(
    "Between 2 and 3 million people are affected.",
    "Between 2 and 3 million",
    count("[2000000, 3000000]", { counted: "people", key: "people" }),
  ),
  at("The toll rose from 200 to 300 in a single day.", "200", count("[200]")),
  at("The toll rose from 200 to 300 in a single day.", "300", count("[300]")),
  // "by" names the change: "rose by 50 to 250" is 50 more, 250 in all; ends too close are a range of the change.
  at("The number of dead rose by 50 to 250.", "50", count("[50]")),
  at("The number of dead rose by 50 to 250.", "250", count("[250]")),
  at("Prices went up by 3 to 5 percent.", "3 to 5 percent", pct("[3, 5]")),
  // A part of a counted whole counts what the whole counts.
  at("In all, 12 of the 15 members voted in favour.", "12", count("[12]", { counted: "members" })),
];
