import type { Locale } from "@/lib/i18n/locales";

export type FigureKind = "count" | "date" | "date_range" | "duration" | "percentage" | "money" | "quantity";

export type DatePrecision = "day" | "month" | "year" | "decade" | "part_of_decade" | "part_of_month";

export type FigureValue = {
  kind: FigureKind;
  lower: number | null;
  lowerInclusive: boolean;
  upper: number | null;
  upperInclusive: boolean;
  approximate: boolean;
  qualifier: string | null;
  unit: string | null;
  counted: string | null;
  countedKey: string | null;
  precision?: DatePrecision;
  /**
   * The step a round figure was rounded to, in the value's unit: "six semaines" is
   * 42 days rounded to weeks (7), "a decade" 10 years rounded to years. Comparisons
   * allow half of it either side. Null or absent: the figure is as precise as written.
   */
  granularity?: number | null;
};

export type FigureContext = {
  /** The article's language; without it, each sentence's is guessed from its function words. */
  lang?: Locale;
  publishedAt?: string;
  sentence?: string;
};

export type ExtractedFigure = {
  start: number;
  end: number;
  text: string;
  value: FigureValue;
  sentenceStart: number;
  sentenceEnd: number;
};
