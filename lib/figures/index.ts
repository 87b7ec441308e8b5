// Figures read as a person reads them: counts, dates, durations, percentages, money and quantities
// in news copy, in every language of lib/figures/locales, with their bounds. Pure code, safe in the browser.
export type { DatePrecision, ExtractedFigure, FigureContext, FigureKind, FigureValue } from "./types";
export { parseFigure } from "./parse";
export { extractFigures } from "./extract";
export { describeValue } from "./describe";
export { fromEpochDay, toEpochDay } from "./calendar";
export { classifyCounted, COUNTED_CLASSES, isCountedSubset } from "./counted";
export { countedLabel } from "./counted-labels";
