// German function words, counted nouns and what is not a figure.
import type { Lexicon } from "../lexicon";

const stems = (list: string, endings: string): string[] =>
  list.split(" ").flatMap((s, k) => endings.split(" ").map((e) => `${s}${e}|${k + 1}`));

export const wordsDe = {
  functionWords:
    "der die das und ist sind nicht mit von zu den dem ein eine einen einem einer auf für sich auch wurde wurden " +
    "hat haben nach bei aus wie noch nur werden wird sein seit oder aber im vom zum zur beim dass",
  abbreviations:
    "nr bzw ca mio mrd tsd min std abs art bd dr prof str vgl usw jan feb febr mär apr jun jul aug sep sept okt nov " +
    "dez mo di mi do fr sa so",
  stopwords:
    "der die das des dem den ein eine einer eines einem einen und oder aber in im an am auf aus bei mit nach seit " +
    "von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis ist sind war waren wird " +
    "werden wurde wurden hat haben hatte hatten sein nicht auch noch nur schon etwa rund fast knapp mehr weniger als " +
    "wie so sich es er sie wir ihr ihre seine dass jahr jahre jahren monat monate monaten woche wochen tag tage tagen " +
    "stunde stunden minute minuten prozent euro dollar millionen milliarden tausend hundert montag dienstag mittwoch " +
    "donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober november " +
    "dezember mal insgesamt bereits",

  ageAfter: "alt",
  ageBefore: "",
  agePersonNouns: "",
  ageLink: "",
  ordinalWords: stems("erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft", "e en er es em").map(
    (w): [string, number] => {
      const [word = "", n = "0"] = w.split("|");
      return [word, Number(n)];
    },
  ),
  ordinalSuffixes: "",
  ordinalDot: true,

  countedForms: {
    people: ["Mensch", "Person", "Toter", "Tote", "Todesopfer", "Opfer", "Einwohner", "Bewohner", "Leute"],
    soldiers: ["Soldat", "Kämpfer", "Militärangehöriger", "Militärangehörige", "Truppe", "Streitkräfte", "Söldner"],
    civilians: ["Zivilist", "Zivilperson"],
    peacekeepers: ["Blauhelm", "Blauhelmsoldat", "Friedenssoldat", "Friedenstruppe"],
    prisoners: ["Gefangener", "Gefangene", "Kriegsgefangener", "Kriegsgefangene", "Häftling", "Geisel"],
    refugees: ["Flüchtling"],
    displaced: ["Vertriebener", "Vertriebene", "Binnenvertriebene", "Geflüchtete", "Evakuierte"],
    wounded: ["Verletzter", "Verletzte", "Verwundeter", "Verwundete"],
    children: ["Kind", "Minderjähriger", "Minderjährige"],
    ceasefires: ["Waffenruhe", "Waffenstillstand", "Feuerpause"],
    agreements: ["Abkommen", "Vertrag", "Vereinbarung", "Friedensabkommen", "Friedensvertrag"],
  },
  invariantNouns: "Abkommen Opfer Leben Leute",
  singularEndings: [
    ["en", ""],
    ["n", ""],
    ["er", ""],
    ["e", ""],
    ["s", ""],
  ],
  irregularPlurals: [
    ["Waffenstillstände", "Waffenstillstand"],
    ["Verträge", "Vertrag"],
    ["Kinder", "Kind"],
  ],
  prenominalAdjectives: "",
  headNounLast: true,
  countedReach: 3,
  participleEndings: "",
  pluralNouns: "leute",

  streetWordsAfter: "",
  streetWordsLast: "",
  streetNumberSuffixes: "",
  references:
    "Artikel Absatz Seite Seiten Kapitel Nummer Resolution Resolutionen Paragraf Paragraph Teil Folge Staffel " +
    "Episode Foto Bild Video Flug Linie copyright",
  abbreviatedReferences: "nr abs art s",
  clockWords: "uhr h",
  clockWordsAfterPreposition: "",
  timePrepositions: "um gegen ab",
  clockPhrases: [],
  capitalisedNouns: true,
  capitalisedOk: "mehr über rund etwa fast knapp mindestens bis gut nur insgesamt zusätzlich neben",
  readingTimeWords: "Lesezeit Lesedauer",
  furnitureNouns: "Kommentar Kommentare teilen geteilt Likes Aufrufe",
} satisfies Partial<Lexicon>;
