import type { Lexicon } from "../lexicon";
import { calendarFr } from "./calendar";
import { numbersFr } from "./numbers";
import { wordsFr } from "./words";

export const lexiconFr: Lexicon = { locale: "fr", ...numbersFr, ...calendarFr, ...wordsFr };
