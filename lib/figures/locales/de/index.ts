import type { Lexicon } from "../lexicon";
import { calendarDe } from "./calendar";
import { numbersDe } from "./numbers";
import { wordsDe } from "./words";

export const lexiconDe: Lexicon = { locale: "de", ...numbersDe, ...calendarDe, ...wordsDe };
