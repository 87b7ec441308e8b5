import type { ClaimValue } from "@/lib/claims/value";
import { fromEpochDay } from "@/lib/figures";

// Lays out claims' intervals on one axis (numbers, or days for dates), one row
// per claim, for the picture on a fact page. Pure geometry: the component only
// draws what this returns.

export type LineItem = { id: string; label: string; value: ClaimValue };
export type LineRow = {
  id: string;
  label: string;
  y: number;
  x1: number;
  x2: number;
  lowerOpen: boolean;
  upperOpen: boolean;
  lowerUnbounded: boolean;
  upperUnbounded: boolean;
  approximate: boolean;
  point: boolean;
};
export type NumberLine = {
  width: number;
  height: number;
  left: number;
  right: number;
  axisY: number;
  ticks: { x: number; label: string }[];
  rows: LineRow[];
};

const WIDTH = 720;
const LEFT = 170;
const RIGHT = 24;
const ROW = 30;
const TOP = 16;

function niceStep(span: number, target: number): number {
  const raw = span / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  return (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
}

function numberTicks(min: number, max: number): { value: number; label: string }[] {
  const step = niceStep(max - min, 5);
  const ticks = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) {
    ticks.push({ value: v, label: v.toLocaleString("en-GB", { maximumFractionDigits: 2 }) });
  }
  return ticks;
}

function dateTicks(min: number, max: number): { value: number; label: string }[] {
  const span = max - min;
  const ticks: { value: number; label: string }[] = [];
  const start = new Date(`${fromEpochDay(Math.floor(min))}T00:00:00Z`);
  const fmt = (d: Date, opts: Intl.DateTimeFormatOptions) =>
    d.toLocaleDateString("en-GB", { ...opts, timeZone: "UTC" });
  if (span <= 45) {
    const step = span <= 10 ? 1 : 7;
    for (let day = Math.ceil(min); day <= max; day += step) {
      ticks.push({ value: day, label: fmt(new Date(day * 86_400_000), { day: "numeric", month: "short" }) });
    }
    return ticks;
  }
  const yearly = span > 900;
  const stepMonths = yearly ? 12 * Math.max(1, Math.round(span / 365 / 6)) : span > 400 ? 3 : 1;
  const d = new Date(Date.UTC(start.getUTCFullYear(), yearly ? 0 : start.getUTCMonth() + 1, 1));
  while (d.getTime() / 86_400_000 <= max) {
    const day = d.getTime() / 86_400_000;
    if (day >= min)
      ticks.push({ value: day, label: fmt(d, yearly ? { year: "numeric" } : { month: "short", year: "numeric" }) });
    d.setUTCMonth(d.getUTCMonth() + stepMonths);
  }
  return ticks;
}

export function layoutNumberLine(items: LineItem[]): NumberLine | null {
  const finite = items.flatMap((i) => [i.value.lower, i.value.upper]).filter((v): v is number => v !== null);
  if (items.length === 0 || finite.length === 0) return null;
  const isDate = items.every((i) => i.value.kind === "date" || i.value.kind === "date_range");
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    const pad = isDate ? 3 : Math.max(1, Math.abs(min) * 0.1);
    min -= pad;
    max += pad;
  }
  const pad = (max - min) * 0.1;
  // Unbounded ends need room to run off the chart.
  if (items.some((i) => i.value.lower === null)) min -= pad;
  if (items.some((i) => i.value.upper === null)) max += pad;
  min -= pad / 2;
  max += pad / 2;
  const scale = (v: number) => LEFT + ((v - min) / (max - min)) * (WIDTH - LEFT - RIGHT);
  const rows: LineRow[] = items.map((item, k) => {
    const v = item.value;
    // A date at day precision covers the whole day: draw to the end of it.
    const upper = v.upper === null ? max : isDate ? v.upper + 1 : v.upper;
    const x1 = scale(v.lower ?? min);
    const x2 = scale(upper);
    return {
      id: item.id,
      label: item.label,
      y: TOP + k * ROW + ROW / 2,
      x1,
      x2: Math.max(x2, x1 + 2),
      lowerOpen: v.lower !== null && !v.lowerInclusive,
      upperOpen: v.upper !== null && !v.upperInclusive,
      lowerUnbounded: v.lower === null,
      upperUnbounded: v.upper === null,
      approximate: v.approximate,
      point: v.lower !== null && v.lower === v.upper && !isDate,
    };
  });
  const axisY = TOP + items.length * ROW + 6;
  const ticks = (isDate ? dateTicks(min, max) : numberTicks(min, max)).map((t) => ({
    x: scale(t.value),
    label: t.label,
  }));
  return { width: WIDTH, height: axisY + 28, left: LEFT, right: WIDTH - RIGHT, axisY, ticks, rows };
}
