import type { ClaimValue } from "@/lib/claims/value";
import type { UiLocale } from "@/lib/i18n/locales";
import { layoutTimeChart } from "./time-chart";
import { layoutValueRows } from "./value-rows";

// The picture of a fact: its claims on one axis zoomed to them, so that a
// disagreement shows at a glance. Two layouts:
// - value rows: one row per claim on a value axis (a number line, or a time line
//   for dates), when the claims are compared as given on the same day;
// - value over time: each claim a mark at the day it is compared at, when a
//   running total is given at several dates, so that a toll that grows (marks
//   rising left to right) and final tolls that disagree (marks apart in one
//   column) look different.
// Pure geometry: the component (app/_components/number-line.tsx) only draws.

export type PictureClaim = {
  id: string;
  outlet: string;
  /** The figure as written ("Plus de 6 700"). */
  figure: string;
  value: ClaimValue;
  /** The day the claim refers to (its as-of, else its publication), days since 1970. */
  refDay: number;
  /** The day it is compared at (ComparableClaim.at): null when time does not matter. */
  at: number | null;
  /** A final toll (reported after the counted event was over). */
  final: boolean;
};

export type End = "closed" | "open" | "arrow";
export type Line = { x1: number; y1: number; x2: number; y2: number };

export type Mark = Line & {
  id: string;
  /** Position among the claims, for the colour. */
  index: number;
  /** A single value: a dot at (x1, y1). */
  point: boolean;
  /** How each end is drawn: included, excluded, or unbounded (a short arrow whose tip is the end). */
  lower: End;
  upper: End;
  approximate: boolean;
  /** The values a round figure's rounding allows, drawn faintly around the mark. */
  band: Line | null;
};

export type Text = {
  x: number;
  y: number;
  text: string;
  anchor: "start" | "middle" | "end";
  role: "figure" | "row" | "tick" | "note";
};

export type Picture = {
  mode: "rows" | "time";
  width: number;
  height: number;
  axes: Line[];
  grid: Line[];
  /** Where an axis is broken: a zigzag across it. */
  breaks: { x: number; y: number; vertical: boolean }[];
  marks: Mark[];
  texts: Text[];
  /** Lines from a label moved away from its mark back to the mark. */
  leaders: Line[];
  /** A dashed line where final tolls begin (value over time only). */
  divider: Line | null;
  /** Brackets across the gap between two claims that conflict in one column, with its size. */
  gaps: (Line & { label: Text })[];
};

export type PictureOptions = {
  locale: UiLocale;
  /** The width laid out for (the SVG's viewBox): 760 on a wide screen, 360 on a phone. */
  width: number;
  /** Words of the interface the picture writes: a final toll's tag, the column of final tolls. */
  words: { final: string; finalColumn: string; gap: string };
  /** Pairs of claims (ids) that cannot both be true, to bracket the gap between them. */
  conflicts?: [string, string][];
};

/** Both ends of what a claim's value covers, on its axis (dates cover their whole last day). */
export function extentOf(v: ClaimValue, isDate: boolean): { lo: number; hi: number } | null {
  const lo = v.lower ?? v.upper;
  const hi = v.upper ?? v.lower;
  if (lo === null || hi === null) return null;
  const half = v.granularity && v.granularity > 0 ? v.granularity / 2 : 0;
  return { lo: lo - half, hi: (isDate ? hi + 1 : hi) + half };
}

export const isDateValue = (v: ClaimValue) => v.kind === "date" || v.kind === "date_range";

/** Whether the claims are best shown over time: a running total compared at two days or more. */
export function showsOverTime(claims: PictureClaim[]): boolean {
  if (!claims.every((c) => c.at !== null && !isDateValue(c.value))) return false;
  return new Set(claims.map((c) => c.at)).size > 1;
}

export function layoutPicture(claims: PictureClaim[], options: PictureOptions): Picture | null {
  const drawable = claims.filter((c) => extentOf(c.value, isDateValue(c.value)) !== null);
  if (drawable.length === 0) return null;
  return showsOverTime(drawable) ? layoutTimeChart(drawable, options) : layoutValueRows(drawable, options);
}
