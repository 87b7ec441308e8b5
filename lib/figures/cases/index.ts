import type { FigureCase, NegativeCase } from "./case-types";
import { countsEn } from "./counts-en";
import { countsEnQualified } from "./counts-en-qualified";
import { countsFr } from "./counts-fr";
import { countsFrQualified } from "./counts-fr-qualified";
import { datesEn } from "./dates-en";
import { datesFr } from "./dates-fr";
import { durations } from "./durations";
import { figureClasses, figureClassNegatives } from "./figure-classes";
import { german, germanNegatives } from "./german";
import { negatives } from "./negatives";
import { newsEn } from "./news-en";
import { moneyCases, percentages } from "./percent-money";
import { seeds } from "./seeds";

export const figureCases: FigureCase[] = [
  ...seeds,
  ...countsFr,
  ...countsFrQualified,
  ...countsEn,
  ...countsEnQualified,
  ...datesFr,
  ...datesEn,
  ...newsEn,
  ...durations,
  ...percentages,
  ...moneyCases,
  ...figureClasses,
  ...german,
];

export const negativeCases: NegativeCase[] = [...negatives, ...figureClassNegatives, ...germanNegatives];

export type { Category, FigureCase, NegativeCase } from "./case-types";
export { categoryOf } from "./case-types";
