// Every language Recoupe reads figures in: one lexicon per folder. Adding a language is adding a
// folder and a line here; the recognizers do not change.
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { compileLexicons, type Lex } from "./compile";
import { lexiconDe } from "./de";
import { lexiconEn } from "./en";
import { lexiconFr } from "./fr";
import type { Lexicon } from "./lexicon";

export const LEXICONS: Readonly<Record<Locale, Lexicon>> = { fr: lexiconFr, en: lexiconEn, de: lexiconDe };

const compiled = new Map<Locale | "any", Lex>();

/** The compiled lexicon of a language; without one, every lexicon at once (English first, then French, German). */
export function getLex(locale: Locale | null): Lex {
  const key = locale ?? "any";
  let lex = compiled.get(key);
  if (!lex) {
    const order: Locale[] = locale ? [locale] : ["en", ...LOCALES.filter((l) => l !== "en")];
    lex = compileLexicons(order.map((l) => LEXICONS[l]));
    compiled.set(key, lex);
  }
  return lex;
}

export type { Lex } from "./compile";
export type { Lexicon } from "./lexicon";
