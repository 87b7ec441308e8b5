import { formatAxisDay, formatAxisValue } from "./axis-ticks";
import type { End, Line, Mark, Picture, PictureClaim, PictureOptions, Text } from "./number-line";
import { extentOf } from "./number-line";
import { placeLabels, textWidth, type Box } from "./place-labels";
import { buildValueScale, numberTicks } from "./value-scale";
import { thinTicks } from "./value-rows";

// A running total over time: days left to right, values bottom to top, each
// claim a mark at the day it is compared at. Final tolls share one column (they
// are compared as simultaneous), so that they visibly agree or not.

const MARGIN = 12;
const ARROW = 22;
const TOP = 12;
const DODGE = 14;
const FIGURE_SIZE = 13;
const NOTE_SIZE = 11.5;
const TICK_SIZE = 11.5;
const LINE = 14;

const endOf = (bound: number | null, inclusive: boolean): End =>
  bound === null ? "arrow" : inclusive ? "closed" : "open";

export function layoutTimeChart(claims: PictureClaim[], options: PictureOptions): Picture {
  const { width, locale, words } = options;
  const narrow = width < 500;
  const plotHeight = narrow ? 250 : 270;
  const bottom = TOP + plotHeight;
  const first = claims[0] as PictureClaim;

  // Values, bottom to top, broken where one claim sits far from the others.
  const extents = claims.map((c) => extentOf(c.value, false)).filter((e) => e !== null);
  const whole = first.value.kind === "count";
  const scale = buildValueScale(extents, { start: 10, end: plotHeight - ARROW - 14 }, false, whole);
  const y = (v: number) => bottom - scale.map(v);
  const format = (v: number) => formatAxisValue(v, first.value.kind, first.value.unit, locale);
  const yTicks = scale.segments.flatMap((s) =>
    numberTicks(s, 46, whole).map((value) => ({ value, label: format(value) })),
  );
  const yLabelWidth = Math.max(...yTicks.map((t) => textWidth(t.label, TICK_SIZE)), 20);
  const plotLeft = MARGIN + yLabelWidth + 8;

  // Days, left to right, leaving room on the right for the last column's labels:
  // the figure as written, the outlet, and for a final toll the day it was printed.
  const label = (c: PictureClaim) => [
    c.figure,
    c.outlet,
    ...(c.final ? [`${formatAxisDay(c.refDay, locale)} · ${words.final}`] : []),
  ];
  const labelWidth = (c: PictureClaim) =>
    Math.max(...label(c).map((line, i) => textWidth(line, i === 0 ? FIGURE_SIZE : NOTE_SIZE, i === 0)));
  const days = claims.map((c) => c.at as number);
  const [minDay, maxDay] = [Math.min(...days), Math.max(...days)];
  const lastColumn = claims.filter((c) => c.at === maxDay);
  const dodged = ((lastColumn.length - 1) / 2) * DODGE;
  const room = Math.min(width * (narrow ? 0.55 : 0.36), Math.max(...lastColumn.map(labelWidth)) + dodged + 14);
  const xStart = plotLeft + 18;
  const xEnd = width - MARGIN - room;
  const x = (day: number) => xStart + ((day - minDay) / Math.max(1, maxDay - minDay)) * (xEnd - xStart);

  // Marks, side by side when several claims share a day.
  const columns = new Map<number, PictureClaim[]>();
  for (const c of claims) columns.set(c.at as number, [...(columns.get(c.at as number) ?? []), c]);
  const marks: Mark[] = [];
  const anchors = new Map<string, { x: number; y: number; column: number }>();
  claims.forEach((c, index) => {
    const column = columns.get(c.at as number) as PictureClaim[];
    const k = column.indexOf(c);
    const cx = x(c.at as number) + (k - (column.length - 1) / 2) * DODGE;
    const v = c.value;
    const lowerY = v.lower === null ? null : y(v.lower);
    const upperY = v.upper === null ? null : y(v.upper);
    const y1 = lowerY ?? (upperY as number) + ARROW;
    const y2 = upperY ?? (lowerY as number) - ARROW;
    const point = v.lower !== null && v.lower === v.upper;
    const half = v.granularity && v.granularity > 0 ? v.granularity / 2 : 0;
    const band =
      half > 0 && v.lower !== null && v.upper !== null
        ? { x1: cx, y1: y(v.lower - half), x2: cx, y2: y(v.upper + half) }
        : null;
    marks.push({
      id: c.id,
      index,
      point,
      x1: cx,
      y1,
      x2: cx,
      y2: point ? y1 : y2,
      lower: endOf(v.lower, v.lowerInclusive),
      upper: endOf(v.upper, v.upperInclusive),
      approximate: v.approximate,
      band,
    });
    // A label points at the finite end a reader reads first: the value, or the
    // bound an open interval starts from.
    const at = point ? y1 : v.lower !== null && v.upper !== null ? (y1 + y2) / 2 : ((lowerY ?? upperY) as number);
    const columnRight = x(c.at as number) + ((column.length - 1) / 2) * DODGE;
    anchors.set(c.id, { x: columnRight, y: at, column: c.at as number });
  });

  // Labels beside their column (right, or left when there is no room), moved
  // apart so that none overlaps another.
  const heightOf = (c: PictureClaim) => 4 + label(c).length * LINE;
  const wanted: Box[] = claims.map((c) => {
    const a = anchors.get(c.id) as { x: number; y: number };
    const w = labelWidth(c);
    const toRight = a.x + 10 + w <= width - MARGIN;
    const h = heightOf(c);
    return { x: toRight ? a.x + 10 : a.x - DODGE - 10 - w, y: a.y - LINE / 2 - 3, width: w, height: h };
  });
  const obstacles: Box[] = marks.map((m) => ({
    x: m.x1 - 6,
    y: Math.min(m.y1, m.y2) - 6,
    width: 12,
    height: Math.abs(m.y2 - m.y1) + 12,
  }));
  // The gap between two claims of one column that cannot both be true: a
  // bracket on the column's left, from one's upper end to the other's lower end.
  const gapLines: (Line & { text: string; day: number })[] = [];
  for (const [ia, ib] of options.conflicts ?? []) {
    const a = claims.find((c) => c.id === ia);
    const b = claims.find((c) => c.id === ib);
    if (!a || !b || a.at !== b.at) continue;
    const [low, high] = (a.value.upper ?? Infinity) <= (b.value.upper ?? Infinity) ? [a, b] : [b, a];
    if (low.value.upper === null || high.value.lower === null || high.value.lower <= low.value.upper) continue;
    const column = columns.get(a.at as number) as PictureClaim[];
    const gx = x(a.at as number) - ((column.length - 1) / 2) * DODGE - 14;
    const size = formatAxisValue(high.value.lower - low.value.upper, first.value.kind, first.value.unit, locale);
    const [y1, y2] = [y(low.value.upper), y(high.value.lower)];
    gapLines.push({ x1: gx, y1, x2: gx, y2, text: `${words.gap} ${size}`, day: a.at as number });
  }
  const gapBoxes: Box[] = gapLines.map((g) => {
    const w = textWidth(g.text, NOTE_SIZE, true);
    return { x: g.x1 - 8 - w, y: (g.y1 + g.y2) / 2 - 8, width: w, height: 15 };
  });
  const boxes = placeLabels([...wanted, ...gapBoxes], { top: 0, bottom: bottom + 2 }, obstacles);
  const texts: Text[] = [];
  const leaders: Line[] = [];
  claims.forEach((c, i) => {
    const box = boxes[i] as Box;
    const a = anchors.get(c.id) as { x: number; y: number };
    label(c).forEach((line, k) =>
      texts.push({
        x: box.x,
        y: box.y + 13 + k * LINE,
        text: line,
        anchor: "start",
        role: k === 0 ? "figure" : "note",
      }),
    );
    const mid = box.y + LINE / 2 + 3;
    if (Math.abs(mid - a.y) > 6) {
      const fromX = box.x > a.x ? box.x - 3 : box.x + box.width + 3;
      leaders.push({ x1: fromX, y1: mid, x2: a.x + (box.x > a.x ? 5 : -5), y2: a.y });
    }
  });

  // Axes: values on the left (one piece per segment), days below.
  const axes: Line[] = scale.segments.map((s) => ({
    x1: plotLeft,
    y1: bottom - s.start,
    x2: plotLeft,
    y2: bottom - s.end,
  }));
  axes.push({ x1: plotLeft, y1: bottom, x2: width - MARGIN, y2: bottom });
  const yShown = yTicks.map((t) => ({ y: y(t.value), label: t.label }));
  const grid: Line[] = yShown.map((t) => ({ x1: plotLeft, y1: t.y, x2: width - MARGIN, y2: t.y }));
  for (const t of yShown) texts.push({ x: plotLeft - 6, y: t.y + 4, text: t.label, anchor: "end", role: "tick" });
  // Where final tolls begin: their column, named, with no date tick over it.
  const finals = claims.filter((c) => c.final);
  let divider: Line | null = null;
  let ticksEnd = width;
  if (finals.length > 0) {
    const day = finals[0]?.at as number;
    // Left of the column, and of any gap bracketed in it.
    const inColumn = gapLines
      .map((g, i) => ({ g, box: boxes[claims.length + i] as Box }))
      .filter(({ g }) => g.day === day);
    const fx = Math.min(
      x(day) - ((columns.get(day)?.length ?? 1) / 2) * DODGE - 8,
      ...inColumn.map(({ box }) => box.x - 8),
    );
    divider = { x1: fx, y1: TOP, x2: fx, y2: bottom };
    texts.push({ x: fx + 4, y: bottom + 17, text: words.finalColumn, anchor: "start", role: "tick" });
    ticksEnd = fx - 4;
  }
  // Each column is named by its day (final tolls by the divider's name).
  const xTicks = thinTicks(
    [...columns.keys()]
      .filter((day) => !finals.some((c) => c.at === day))
      .sort((p, q) => p - q)
      .map((day) => ({ x: x(day), label: formatAxisDay(day, locale) }))
      .filter((t) => t.x + textWidth(t.label, TICK_SIZE) / 2 <= Math.min(ticksEnd, width - MARGIN)),
    TICK_SIZE,
  );
  for (const t of xTicks) {
    texts.push({ x: t.x, y: bottom + 17, text: t.label, anchor: "middle", role: "tick" });
    grid.push({ x1: t.x, y1: bottom, x2: t.x, y2: bottom + 4 });
  }
  return {
    mode: "time",
    width,
    height: bottom + 30,
    axes,
    grid,
    breaks: scale.breaks.map((b) => ({ x: plotLeft, y: bottom - b, vertical: true })),
    marks,
    texts,
    leaders,
    divider,
    gaps: gapLines.map(({ x1, y1, x2, y2, text }, i) => {
      const box = boxes[claims.length + i] as Box;
      return { x1, y1, x2, y2, label: { x: box.x + box.width, y: box.y + 12, text, anchor: "end", role: "note" } };
    }),
  };
}
