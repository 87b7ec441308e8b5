// Bounds arithmetic shared by every kind: qualifiers turn the written amount into an interval.
import { roundValue } from "./amount";
import type { QualifierClass } from "./locales/lexicon";
import type { FigureKind } from "./types";

export type { QualifierClass } from "./locales/lexicon";

export type Interval = { lo: number | null; loInc: boolean; hi: number | null; hiInc: boolean; approx: boolean };

export function makeExact(x: number): Interval {
  return { lo: x, loInc: true, hi: x, hiInc: true, approx: false };
}

export function makeBetween(lo: number, hi: number, hiInc = true, approx = false): Interval {
  return { lo, loInc: true, hi, hiInc, approx };
}

/**
 * Half-width of an "about" band: 10 % of the amount, and for head counts at least one person,
 * so that "about five" is 4 to 6 rather than exactly 5.
 */
export function computeBandHalf(x: number, kind: FigureKind): number {
  return kind === "count" ? Math.max(0.1 * x, 1) : 0.1 * x;
}

function roundDown(x: number, kind: FigureKind): number {
  return kind === "count" ? Math.ceil(roundValue(x)) : roundValue(x);
}

function roundUp(x: number, kind: FigureKind): number {
  return kind === "count" ? Math.floor(roundValue(x)) : roundValue(x);
}

/**
 * A qualifier bounds what it qualifies: lower bounds come from the low end of the written amount,
 * upper bounds from its high end, so the result never excludes a value the text allows.
 * Quantities are never negative, so "fewer than" and "up to" start at 0.
 */
export function qualify(iv: Interval, cls: QualifierClass, kind: FigureKind): Interval {
  const lo = iv.lo ?? 0;
  const hi = iv.hi;
  switch (cls) {
    case "more_than":
      return { lo, loInc: false, hi: null, hiInc: false, approx: iv.approx };
    case "at_least":
      return { lo, loInc: true, hi: null, hiInc: false, approx: iv.approx };
    case "less_than":
      return { lo: 0, loInc: true, hi, hiInc: false, approx: iv.approx };
    case "up_to":
      return { lo: 0, loInc: true, hi, hiInc: hi === null ? false : iv.hiInc, approx: iv.approx };
    case "near":
      return {
        lo: Math.max(0, roundDown(lo - computeBandHalf(lo, kind), kind)),
        loInc: true,
        hi,
        hiInc: iv.hiInc,
        approx: true,
      };
    case "about":
      return {
        lo: Math.max(0, roundDown(lo - computeBandHalf(lo, kind), kind)),
        loInc: true,
        hi: hi === null ? null : roundUp(hi + computeBandHalf(hi, kind), kind),
        hiInc: hi === null ? false : true,
        approx: true,
      };
  }
}
