// The news-sentence set: French, English and German sentences written for measuring the figure
// reader, kept apart from the reader's case table (lib/figures/cases), which tunes it.
import type { NonFigureCase, SentenceCase } from "./expect";
import { nonFiguresDe, sentencesDe } from "./news-sentences-de";
import { nonFiguresEn, sentencesEn } from "./news-sentences-en";
import { nonFiguresFr, sentencesFr } from "./news-sentences-fr";

export const newsSentences: SentenceCase[] = [...sentencesFr, ...sentencesEn, ...sentencesDe];
export const newsNonFigures: NonFigureCase[] = [...nonFiguresFr, ...nonFiguresEn, ...nonFiguresDe];

export type { Expected, NonFigureCase, SentenceCase, SentenceLang } from "./expect";
