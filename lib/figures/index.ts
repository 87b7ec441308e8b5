// Figures read as a person reads them: counts, dates, durations, percentages and money in
// French and English news copy, with their bounds. Pure code, safe in the browser.
export type { DatePrecision, ExtractedFigure, FigureContext, FigureKind, FigureValue } from "./types";
export { parseFigure } from "./parse";
export { extractFigures } from "./extract";
export { describeValue } from "./describe";
export { fromEpochDay, toEpochDay } from "./calendar";
export { classifyCounted, COUNTED_CLASSES, isCountedSubset } from "./counted";
