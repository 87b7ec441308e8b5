// English function words, counted nouns and what is not a figure.
import type { Lexicon } from "../lexicon";

export const wordsEn = {
  functionWords:
    "the of and to is are was were an for with by from that this at as it its have has had been be will said says " +
    "which who their they he she after before since than would could there these those into while",
  abbreviations:
    "mr mrs ms dr st mt prof gen col lt sgt capt gov sen rep pres jr sr vs etc cf approx jan feb mar apr jun jul aug " +
    "sep sept oct nov dec no nos inc ltd co corp min max fig ed eds ibid op p pp",
  stopwords:
    "the a an and or but of in on at to for with by from as into onto over under about than that which who whom " +
    "whose this these those its it their his her our your my is are was were be been being have has had having " +
    "do does did will would shall should can could may might must not no yes so also just only even still " +
    "already more most less least some any each every all both either neither other another such there here then " +
    "when where while after before since until during per via up down out off again once said says say " +
    "according reported reportedly died die dies remain remained remains left fled including total altogether " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july " +
    "august september october november december day days week weeks month months year years decade decades " +
    "hour hours minutes times percent cent thousand thousands hundred hundreds billion billions trillion " +
    "between across among against within without toward towards upon ago later earlier",

  ageAfter: "old",
  ageBefore: "aged",
  agePersonNouns: "",
  ageLink: "",
  ordinalWords: [
    ...(
      "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth " +
      "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    )
      .split(" ")
      .map((w, k): [string, number] => [w, k + 1]),
    ["thirtieth", 30],
  ],
  ordinalSuffixes: "st nd rd th",

  countedForms: {
    people: [
      "people",
      "person",
      "dead",
      "death",
      "life",
      "killed",
      "victim",
      "resident",
      "inhabitant",
      "casualty",
      "fatality",
      "man",
      "woman",
      "soul",
      "dead people",
    ],
    soldiers: [
      "soldier",
      "troop",
      "serviceman",
      "service member",
      "fighter",
      "militant",
      "conscript",
      "reservist",
      "mercenary",
      "combatant",
    ],
    civilians: ["civilian"],
    peacekeepers: ["peacekeeper", "peacekeeping troop", "peacekeeping force", "peacekeeping soldier"],
    prisoners: ["prisoner", "prisoner of war", "pow", "detainee", "hostage", "captive"],
    refugees: ["refugee"],
    displaced: [
      "displaced",
      "displaced people",
      "displaced person",
      "internally displaced people",
      "internally displaced person",
      "idp",
      "evacuee",
    ],
    wounded: ["wounded", "injured", "wounded people", "injured people", "wounded soldier"],
    children: ["child", "minor"],
    ceasefires: ["ceasefire", "cease fire", "truce", "ceasefire agreement", "cease fire agreement", "truce agreement"],
    agreements: ["agreement", "treaty", "deal", "peace agreement", "peace deal"],
  },
  countedLabels: {
    people: ["person", "people"],
    soldiers: ["soldier", "soldiers"],
    civilians: ["civilian", "civilians"],
    peacekeepers: ["peacekeeper", "peacekeepers"],
    prisoners: ["prisoner", "prisoners"],
    refugees: ["refugee", "refugees"],
    displaced: ["displaced person", "displaced people"],
    wounded: ["wounded person", "wounded"],
    children: ["child", "children"],
    ceasefires: ["ceasefire", "ceasefires"],
    agreements: ["agreement", "agreements"],
  },
  invariantNouns: "people dead killed wounded injured displaced news",
  singularEndings: [
    ["men", "man"],
    ["ies", "y"],
    ["ees", "ee"],
    ["s", ""],
  ],
  irregularPlurals: [
    ["lives", "life"],
    ["children", "child"],
  ],
  prenominalAdjectives: "",
  headNounLast: true,
  countedReach: 3,
  participleEndings: "ed ing",
  pluralNouns: "people men women children dead killed wounded injured displaced police personnel",

  streetWordsAfter: "",
  streetNumberSuffixes: "",
  streetWordsLast:
    "street st avenue ave road rd boulevard blvd lane ln drive dr way place pl square sq court ct terrace parkway pkwy",
  references:
    "resolution resolutions article articles page pages chapter chapters section sections paragraph flight highway " +
    "amendment decision episode episodes part season photo photos slide image video act round copyright",
  abbreviatedReferences: "no nr p pp art vol ch",
  clockWords: "pm am",
  clockWordsAfterPreposition: "",
  timePrepositions: "at by around until",
  clockPhrases: ["p. m.", "a. m.", "p.m.", "a.m.", "o'clock"],
  capitalisedOk:
    "over about around some nearly almost more fewer less under up as at between from approximately roughly close " +
    "upwards no estimated exactly only just",
  readingTimeWords: "read reading",
  furnitureNouns: "comment comments share shares like likes view views reply replies follower followers",
} satisfies Partial<Lexicon>;
