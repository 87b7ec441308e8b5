import { dateTicks, formatAxisDay, formatAxisValue, type Tick } from "./axis-ticks";
import type { End, Line, Mark, Picture, PictureClaim, PictureOptions, Text } from "./number-line";
import { extentOf, isDateValue } from "./number-line";
import { textWidth } from "./place-labels";
import { buildValueScale, numberTicks, type Segment } from "./value-scale";

// One row per claim on one value axis: the row's outlet and date above, the mark
// below with the figure as written beside it.

const MARGIN = 12;
const ARROW = 26;
const ROW = 46;
const TOP = 6;
const FIGURE_SIZE = 13;
const TICK_SIZE = 11.5;

/** Row names that tell rows apart: outlet and date, numbered when both repeat. */
export function nameRows(claims: PictureClaim[], locale: PictureOptions["locale"]): string[] {
  const names = claims.map((c) => `${c.outlet} · ${formatAxisDay(c.refDay, locale)}`);
  const seen = new Map<string, number>();
  const total = new Map<string, number>();
  for (const n of names) total.set(n, (total.get(n) ?? 0) + 1);
  return names.map((n) => {
    if ((total.get(n) ?? 0) < 2) return n;
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return `${n} · ${k}`;
  });
}

/** Ticks whose labels would overlap a neighbour's are dropped, keeping the first. */
export function thinTicks(ticks: { x: number; label: string }[], size: number): { x: number; label: string }[] {
  const kept: { x: number; label: string; half: number }[] = [];
  for (const t of ticks) {
    const half = textWidth(t.label, size) / 2 + 6;
    const last = kept[kept.length - 1];
    if (!last || t.x - half >= last.x + last.half) kept.push({ ...t, half });
  }
  return kept.map(({ x, label }) => ({ x, label }));
}

const endOf = (bound: number | null, inclusive: boolean): End =>
  bound === null ? "arrow" : inclusive ? "closed" : "open";

export function layoutValueRows(claims: PictureClaim[], options: PictureOptions): Picture {
  const { width, locale } = options;
  const isDate = claims.every((c) => isDateValue(c.value));
  const first = claims[0] as PictureClaim;
  const extents = claims.map((c) => extentOf(c.value, isDate)).filter((e) => e !== null);
  // Room on the right for the figure written beside the rightmost marks (and an arrow).
  const reserve = Math.min(
    width * 0.35,
    Math.max(...claims.map((c) => (c.value.upper === null ? ARROW : 0) + textWidth(c.figure, FIGURE_SIZE, true) + 16)),
  );
  const scale = buildValueScale(
    extents,
    { start: MARGIN + ARROW + 6, end: width - MARGIN - Math.max(reserve, ARROW + 6) },
    isDate,
    first.value.kind === "count",
  );
  const x = scale.map;
  const names = nameRows(claims, locale);
  const texts: Text[] = [];
  const marks: Mark[] = claims.map((c, k) => {
    const v = c.value;
    const top = TOP + k * ROW;
    const y = top + 32;
    texts.push({ x: MARGIN, y: top + 14, text: names[k] as string, anchor: "start", role: "row" });
    // A date covers its whole day: a single day is a point in its middle, a
    // range runs from the start of its first day to the end of its last.
    const point = v.lower !== null && v.lower === v.upper;
    const lowerPos = v.lower === null ? null : x(isDate && point ? v.lower + 0.5 : v.lower);
    const upperPos = v.upper === null ? null : x(isDate ? (point ? v.upper + 0.5 : v.upper + 1) : v.upper);
    const x1 = lowerPos ?? (upperPos as number) - ARROW;
    const x2 = upperPos ?? (lowerPos as number) + ARROW;
    const half = v.granularity && v.granularity > 0 ? v.granularity / 2 : 0;
    const band =
      half > 0 && v.lower !== null && v.upper !== null
        ? { x1: x(v.lower - half), y1: y, x2: x(v.upper + half), y2: y }
        : null;
    // The figure beside the mark: right of it, else left of it, else on the row's line.
    const w = textWidth(c.figure, FIGURE_SIZE, true);
    const right = Math.max(x2, band?.x2 ?? x2) + 10;
    const left = Math.min(x1, band?.x1 ?? x1) - 10;
    if (right + w <= width - MARGIN)
      texts.push({ x: right, y: y + 4.5, text: c.figure, anchor: "start", role: "figure" });
    else if (left - w >= MARGIN) texts.push({ x: left, y: y + 4.5, text: c.figure, anchor: "end", role: "figure" });
    else texts.push({ x: width - MARGIN, y: top + 14, text: c.figure, anchor: "end", role: "figure" });
    return {
      id: c.id,
      index: k,
      point,
      x1,
      y1: y,
      x2: point ? x1 : x2,
      y2: y,
      lower: endOf(v.lower, v.lowerInclusive),
      upper: endOf(v.upper, v.upperInclusive),
      approximate: v.approximate,
      band,
    } satisfies Mark;
  });

  const axisY = TOP + claims.length * ROW + 6;
  const axes: Line[] = scale.segments.map((s) => ({ x1: s.start, y1: axisY, x2: s.end, y2: axisY }));
  const format = (value: number) => formatAxisValue(value, first.value.kind, first.value.unit, locale);
  const spacing = width < 500 ? 72 : 96;
  const ticks = scale.segments.flatMap((s: Segment): Tick[] =>
    isDate
      ? dateTicks(s.from, s.to, s.end - s.start, spacing, locale)
      : numberTicks(s, spacing, first.value.kind === "count").map((value) => ({ value, label: format(value) })),
  );
  const shown = thinTicks(
    ticks.map((t) => ({ x: x(t.value), label: t.label })),
    TICK_SIZE,
  );
  const grid: Line[] = shown.map((t) => ({ x1: t.x, y1: TOP, x2: t.x, y2: axisY }));
  for (const t of shown) texts.push({ x: t.x, y: axisY + 17, text: t.label, anchor: "middle", role: "tick" });
  return {
    mode: "rows",
    width,
    height: axisY + 28,
    axes,
    grid,
    breaks: scale.breaks.map((bx) => ({ x: bx, y: axisY, vertical: false })),
    marks,
    texts,
    leaders: [],
    divider: null,
    gaps: [],
  };
}
