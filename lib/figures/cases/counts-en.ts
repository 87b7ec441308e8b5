// English head counts: every thousands separator, decimals with scale words, numbers in words.
import { count, type FigureCase } from "./case-types";
import type { FigureValue } from "../types";

const at = (text: string, figure: string, ...expect: FigureValue[]): FigureCase => ({
  lang: "en",
  publishedAt: "2022-10-31",
  text,
  figure,
  expect,
});

export const countsEn: FigureCase[] = [
  // Digits and separators
  at(
    "The clashes killed at least 286 people, officials said.",
    "at least 286",
    count("[286, ∞)", { q: "at least", counted: "people", key: "people" }),
  ),
  at(
    "More than 6,700 people have died in the fighting.",
    "More than 6,700",
    count("(6700, ∞)", { q: "More than", counted: "people", key: "people" }),
  ),
  at(
    "Moscow deployed about 2,000 Russian troops to the region.",
    "about 2,000",
    count("[1800, 2200]", { approx: true, q: "about", counted: "troops", key: "soldiers" }),
  ),
  at(
    "The army says it lost 1,280 soldiers since September.",
    "1,280",
    count("[1280]", { counted: "soldiers", key: "soldiers" }),
  ),
  at(
    "A Swiss agency counted 2’500 troops on the border.",
    "2’500",
    count("[2500]", { counted: "troops", key: "soldiers" }),
  ),
  at(
    "Officials registered 10\u00a0000 refugees at the border crossing.",
    "10\u00a0000",
    count("[10000]", { counted: "refugees", key: "refugees" }),
  ),
  at("The UN says 1,000,000 people need aid.", "1,000,000", count("[1000000]", { counted: "people", key: "people" })),
  at(
    "Nearly 1.28 million people live in the region.",
    "Nearly 1.28 million",
    count("[1152000, 1280000]", { approx: true, q: "Nearly", counted: "people", key: "people" }),
  ),
  at("The war displaced 6.5 million people.", "6.5 million", count("[6500000]", { counted: "people", key: "people" })),
  at("Health officials delivered 1.2 billion doses.", "1.2 billion", count("[1200000000]", { counted: "doses" })),
  at(
    "Some 100,000 Armenians fled Nagorno-Karabakh in a week.",
    "Some 100,000",
    count("[90000, 110000]", { approx: true, q: "Some", counted: "Armenians" }),
  ),
  // Numbers in words
  at(
    "Two hundred soldiers were stationed near the line of contact.",
    "Two hundred",
    count("[200]", { counted: "soldiers", key: "soldiers" }),
  ),
  at(
    "Twenty-five civilians were evacuated on Tuesday.",
    "Twenty-five",
    count("[25]", { counted: "civilians", key: "civilians" }),
  ),
  at(
    "Baku released one thousand two hundred prisoners.",
    "one thousand two hundred",
    count("[1200]", { counted: "prisoners", key: "prisoners" }),
  ),
  // "one" counts before a counted noun of the lexicon, as French "un" does where the grammar says.
  at("The blast injured four people, including one child.", "one", count("[1]", { counted: "child", key: "children" })),
  at("Only one person is still missing.", "one", count("[1]", { counted: "person", key: "people" })),
  at(
    "A hundred people gathered outside parliament.",
    "A hundred",
    count("[100]", { counted: "people", key: "people" }),
  ),
  at(
    "Three hundred and fifty troops crossed the river.",
    "Three hundred and fifty",
    count("[350]", { counted: "troops", key: "soldiers" }),
  ),
  at(
    "A thousand refugees arrived in Goris overnight.",
    "A thousand",
    count("[1000]", { counted: "refugees", key: "refugees" }),
  ),
  at(
    "Two million people were left without power.",
    "Two million",
    count("[2000000]", { counted: "people", key: "people" }),
  ),
  at(
    "Half a million refugees crossed into Poland.",
    "Half a million",
    count("[500000]", { counted: "refugees", key: "refugees" }),
  ),
  at(
    "Seventy-seven servicemen were buried on Sunday.",
    "Seventy-seven",
    count("[77]", { counted: "servicemen", key: "soldiers" }),
  ),
  at("Ninety-nine fighters surrendered.", "Ninety-nine", count("[99]", { counted: "fighters", key: "soldiers" })),
  at(
    "Officials said four civilians were killed in Ganja.",
    "four",
    count("[4]", { counted: "civilians", key: "civilians" }),
  ),
];
