// French function words, counted nouns and what is not a figure.
import type { Lexicon } from "../lexicon";

export const wordsFr = {
  functionWords:
    "le la les des du de et est sont une dans pour par sur au aux qui que ont été avec selon ce cette ses leur ne pas " +
    "il elle ils se ou mais lors après avant depuis entre était avait sera très aussi leurs cet",
  abbreviations:
    "m mm mme mmes mlle dr st pr prof gén col lt sgt cpt etc cf env approx janv févr fév avr juil sept " +
    "oct nov déc no nos art vol ch p pp av bd min max fig éd ibid op",
  stopwords:
    "le la les l un une des du de d au aux à a et ou ni mais donc or car que qu qui quoi dont en dans sur sous par " +
    "pour avec sans chez vers entre depuis pendant durant selon après avant lors contre ce cet cette ces c son sa " +
    "ses leur leurs notre nos votre vos mon ma mes il elle ils elles on se s y n ne pas plus moins très déjà " +
    "encore aussi ainsi alors est sont était étaient été être ont avait avaient aura auront sera seront fut serait " +
    "seraient avoir fait font faisait dit environ près quelque quelques plusieurs tous toutes tout toute même " +
    "autant chacun chacune certains certaines aucun aucune ayant étant dits dites soit voire puis ensuite enfin " +
    "seulement notamment dernier dernière prochain prochaine passé passée ci là-bas ici hier demain aujourd " +
    "rapporté indiqué affirmé annoncé déclaré précisé estimé lundi mardi mercredi jeudi vendredi samedi dimanche " +
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre jour jours semaine " +
    "semaines mois an ans année années heure heures minute minutes décennie décennies siècle siècles fois " +
    "pourcent euros euro dollars dollar roubles drams manats million millions milliard milliards mille",

  ageAfter: "",
  ageBefore: "âgé âgée âgés âgées",
  agePersonNouns:
    "âgé âgée âgés âgées homme femme garçon fille enfant adolescent adolescente bébé jeune soldat militaire",
  ageLink: "de",
  ordinalWords: [
    ...(
      "premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième " +
      "treizième quatorzième quinzième seizième dix-septième dix-huitième dix-neuvième vingtième"
    )
      .split(" ")
      .map((w, k): [string, number] => [w, k + 1]),
    ["première", 1],
    ["second", 2],
    ["seconde", 2],
    ["trentième", 30],
  ],
  ordinalSuffixes: "e ème er re",

  countedForms: {
    people: ["personne", "gens", "mort", "victime", "tué", "habitant", "individu", "homme", "femme", "décès", "âme"],
    soldiers: ["soldat", "militaire", "combattant", "troupe", "conscrit", "réserviste", "mercenaire"],
    civilians: ["civil"],
    peacekeepers: [
      "casque bleu",
      "soldat de la paix",
      "soldat de maintien de la paix",
      "force de maintien de la paix",
      "militaire de maintien de la paix",
    ],
    prisoners: ["prisonnier", "prisonnier de guerre", "détenu", "otage", "captif"],
    refugees: ["réfugié"],
    displaced: ["déplacé", "personne déplacée", "déplacé interne", "évacué"],
    wounded: ["blessé"],
    children: ["enfant", "mineur"],
    ceasefires: ["trêve", "cessez-le-feu", "accord de cessez-le-feu", "accord de trêve"],
    agreements: ["accord", "traité", "accord de paix"],
  },
  countedLabels: {
    people: ["personne", "personnes"],
    soldiers: ["soldat", "soldats"],
    civilians: ["civil", "civils"],
    peacekeepers: ["soldat de la paix", "soldats de la paix"],
    prisoners: ["prisonnier", "prisonniers"],
    refugees: ["réfugié", "réfugiés"],
    displaced: ["déplacé", "déplacés"],
    wounded: ["blessé", "blessés"],
    children: ["enfant", "enfants"],
    ceasefires: ["cessez-le-feu", "cessez-le-feu"],
    agreements: ["accord", "accords"],
  },
  invariantNouns: "paix pays gens mois fois décès corps",
  singularEndings: [
    ["aux", "al"],
    ["s", ""],
    ["x", ""],
    ["ée", "é"],
    ["e", ""],
  ],
  irregularPlurals: [],
  prenominalAdjectives:
    "nouveaux nouvelles nouveau nouvelle jeunes jeune autres autre grands grandes petits petites anciens anciennes " +
    "derniers dernières vieux vieilles principaux principales seuls seules vrais véritables hauts hautes bons bonnes " +
    "pauvres simples",
  headNounLast: false,
  countedReach: 2,
  participleEndings: "",
  pluralNouns: "gens",

  streetWordsAfter: "rue avenue av boulevard bd place allée impasse quai chemin cours square passage",
  streetWordsLast: "",
  streetNumberSuffixes: "bis ter",
  references:
    "résolution résolutions article articles numéro numéros page pages chapitre chapitres section sections alinéa " +
    "paragraphe loi décret tome volume vol ligne autoroute protocole amendement décision épisode épisodes partie " +
    "saison photo photos diapositive image vidéo acte copyright",
  abbreviatedReferences: "no n p pp art vol ch",
  clockWords: "h",
  clockWordsAfterPreposition: "heure heures",
  timePrepositions: "à vers dès avant après jusqu",
  clockPhrases: [],
  capitalisedOk: "plus moins près environ quelque quelques pas jusqu exactement seulement",
  readingTimeWords: "lecture",
  furnitureNouns: "commentaire commentaires partage partages réaction réactions vue vues abonné abonnés j'aime",
} satisfies Partial<Lexicon>;
