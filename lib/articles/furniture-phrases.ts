// The words of page furniture, per language: what news sites print around a
// story (buttons, bylines, banners, teasers, forms). Vocabulary is data: the
// rules in strip-boilerplate.ts are structural (a short line, not a sentence,
// at the edge of the story or in a block with other furniture) and only ask
// whether a line starts with, or is, one of these. Written folded: lower case,
// no accents, straight apostrophes.

export type FurniturePhrases = {
  /** Buttons and links that start a line: "Partager", "Share this article". */
  actions: string[];
  /** Button texts wherever they stand in a line: "Copy to clipboard". */
  buttons: string[];
  /** A line that is only this: "Publicité", "Back to top". */
  labels: string[];
  /** What starts a byline: "Par", "By", "Author:". */
  bylines: string[];
  /** What starts a date line: "Publié le", "Updated". */
  datelines: string[];
  /** What starts a reading-time line. */
  readingTime: string[];
  /** Rights notices, anywhere in a line. */
  rights: string[];
  /** Headings after which teasers for other stories follow. */
  related: string[];
  /** What starts a sign-in or subscription prompt. */
  accounts: string[];
  /** Where a caption says a person stands: "(au centre)". */
  positions: string[];
  /** Words of a consent banner, next to "cookie". */
  consent: string[];
  /** How a page names itself, next to "cookie": "ce site", "this website". */
  site: string[];
  /** Words of a comment section, next to "commentaire". */
  comments: string[];
  /** Words of a login form, next to "mot de passe". */
  loginForm: string[];
  /** "Source :", "With". */
  credit: string[];
};

export const FURNITURE_PHRASES: Record<"fr" | "en", FurniturePhrases> = {
  fr: {
    actions: ["partager", "copier/coller", "copier le lien", "imprimer", "envoyer"],
    buttons: ["lien copie"],
    labels: ["publicite", "annonce", "retour en haut", "fermer", "commentaires", "ok", "la redaction"],
    bylines: ["par", "auteur :", "article redige par"],
    datelines: ["publie", "publie le", "mis a jour"],
    readingTime: ["temps de lecture"],
    rights: ["tous droits reserves", "reproduit avec autorisation"],
    related: [
      "a decouvrir",
      "a decouvrir egalement",
      "a lire aussi",
      "lire aussi",
      "la redaction vous conseille",
      "sur le meme sujet",
      "voir aussi",
    ],
    accounts: ["connectez-vous", "se connecter", "s'inscrire", "s'abonner", "abonnez-vous"],
    positions: ["au centre", "a droite", "a gauche", "de gauche a droite"],
    consent: [
      "accept",
      "consent",
      "parametr",
      "navigation",
      "traceur",
      "bandeau",
      "preferen",
      "confidentialit",
      "autoris",
    ],
    site: ["ce site", "notre site", "site internet", "site web"],
    comments: ["auteur", "conversation", "participer", "opinion", "opinions"],
    loginForm: ["saisi", "oubli", "reinitialis", "e-mail", "lien"],
    credit: ["avec", "source :"],
  },
  en: {
    actions: ["share", "tweet", "print", "copy link", "email this"],
    buttons: ["copy to clipboard", "close button"],
    labels: ["advertisement", "sponsored", "back to top", "close", "comments", "ok"],
    bylines: ["by", "author:", "written by"],
    datelines: ["published", "updated", "published on"],
    readingTime: ["reading time", "min read"],
    rights: ["all rights reserved", "reprinted with permission", "copyright"],
    related: [
      "read more",
      "related",
      "related articles",
      "related stories",
      "more on this",
      "more on this story",
      "see also",
    ],
    accounts: ["log in", "login", "sign in", "signin", "sign up", "register", "subscribe"],
    positions: ["left", "right", "centre", "center"],
    consent: ["accept", "consent", "banner", "preferen", "privacy"],
    site: ["this site", "this website", "our site", "our website"],
    comments: ["author", "conversation", "opinion", "opinions"],
    loginForm: ["enter", "forgot", "reset", "email", "link", "username"],
    credit: ["with", "source:"],
  },
};

/** News agencies whose name alone, on a credit line, is furniture ("— avec AFP"). */
export const NEWS_AGENCIES = ["afp", "reuters", "ap", "ria novosti", "tass", "anadolu", "efe", "ansa", "dpa", "xinhua"];
