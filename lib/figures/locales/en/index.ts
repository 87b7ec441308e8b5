import type { Lexicon } from "../lexicon";
import { calendarEn } from "./calendar";
import { numbersEn } from "./numbers";
import { wordsEn } from "./words";

export const lexiconEn: Lexicon = { locale: "en", ...numbersEn, ...calendarEn, ...wordsEn };
