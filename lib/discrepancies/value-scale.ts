// A value axis zoomed to the claims, broken where one claim sits far from the
// others: on a plain axis from 800 to 6 700, 6 500 and 6 700 nearly touch and
// the disagreement cannot be seen. Pure geometry: values in, pixels out.

export type Extent = { lo: number; hi: number };

export type Segment = {
  /** Values shown by this piece of the axis. */
  from: number;
  to: number;
  /** Pixels it takes. */
  start: number;
  end: number;
};

export type ValueScale = {
  segments: Segment[];
  /** Value to pixel; values between two segments go to the middle of the break. */
  map: (value: number) => number;
  /** Pixel positions of the breaks, in the middle of the gap between two segments. */
  breaks: number[];
};

/** A gap this much wider than the whole detail of the claims is not drawn to scale. */
const BREAK_SHARE = 0.5;
/** …when the detail on either side would take less than this share of a plain axis. */
const SQUASHED = 0.15;
const BREAK_GAP = 22;
const MIN_SEGMENT = 64;

/** Claims' extents grouped where they sit close together, in order (at most three groups). */
export function clusterExtents(extents: Extent[]): Extent[] {
  const sorted = [...extents].sort((a, b) => a.lo - b.lo);
  if (sorted.length === 0) return [];
  // Overlapping extents always stay together.
  const merged: Extent[] = [];
  for (const e of sorted) {
    const last = merged[merged.length - 1];
    if (last && e.lo <= last.hi) last.hi = Math.max(last.hi, e.hi);
    else merged.push({ ...e });
  }
  const groups: Extent[][] = [];
  const split = (run: Extent[]) => {
    const found = widestGap(run);
    if (!found || groups.length + 2 > 3) return void groups.push(run);
    split(run.slice(0, found));
    split(run.slice(found));
  };
  split(merged);
  return groups.map((g) => ({ lo: (g[0] as Extent).lo, hi: Math.max(...g.map((e) => e.hi)) }));
}

/**
 * Where to break a run of extents: at its widest gap, when that gap is more
 * than half of the run and the detail left on both sides together (6 500 to
 * 6 700+ beside 800) would shrink to a sliver on a plain axis. Two lone values
 * far apart (200 and 286) need no break: each is a mark anyway.
 */
function widestGap(run: Extent[]): number | null {
  if (run.length < 2) return null;
  const lo = (run[0] as Extent).lo;
  const total = Math.max(...run.map((e) => e.hi)) - lo;
  let best = 0;
  let at = -1;
  for (let i = 1; i < run.length; i++) {
    const gap = (run[i] as Extent).lo - Math.max(...run.slice(0, i).map((e) => e.hi));
    if (gap > best) [best, at] = [gap, i];
  }
  const detail = total - best;
  return at > 0 && best > BREAK_SHARE * total && detail > 0 && detail / total < SQUASHED ? at : null;
}

/** Padding around a cluster: a tenth of its width, or of its value for a single value. */
function pad(c: Extent, isDate: boolean, whole: boolean): Extent {
  const width = c.hi - c.lo;
  if (width > 0) return { lo: c.lo - width * 0.1, hi: c.hi + width * 0.1 };
  const p = isDate || whole ? Math.max(isDate ? 3 : 1, Math.abs(c.lo) * 0.05) : Math.abs(c.lo) * 0.05 || 1;
  return { lo: c.lo - p, hi: c.hi + p };
}

/**
 * A scale over [start, end] pixels for the given extents. Each cluster of
 * claims gets a piece of the axis in proportion to its width (a lone value gets
 * a fixed minimum), with a visible break between pieces.
 */
export function buildValueScale(
  extents: Extent[],
  pixels: { start: number; end: number },
  isDate: boolean,
  whole = false,
): ValueScale {
  const clusters = clusterExtents(extents).map((c) => pad(c, isDate, whole));
  const length = pixels.end - pixels.start - BREAK_GAP * (clusters.length - 1);
  const widest = Math.max(...clusters.map((c) => c.hi - c.lo));
  const weights = clusters.map((c) => Math.max(c.hi - c.lo, widest * 0.25));
  const total = weights.reduce((s, w) => s + w, 0);
  let widths = weights.map((w) => (length * w) / total);
  // Keep every piece wide enough for its tick label, taking the room from the widest.
  const short = widths.reduce((s, w) => s + Math.max(0, MIN_SEGMENT - w), 0);
  if (short > 0 && clusters.length > 1) {
    const big = widths.indexOf(Math.max(...widths));
    widths = widths.map((w, i) => (i === big ? w - short : Math.max(w, MIN_SEGMENT)));
  }
  const segments: Segment[] = [];
  let at = pixels.start;
  clusters.forEach((c, i) => {
    const w = widths[i] as number;
    segments.push({ from: c.lo, to: c.hi, start: at, end: at + w });
    at += w + BREAK_GAP;
  });
  const breaks = segments.slice(1).map((s) => s.start - BREAK_GAP / 2);
  const map = (v: number): number => {
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i] as Segment;
      if (v <= s.to || i === segments.length - 1) {
        if (v < s.from && i > 0) return s.start - BREAK_GAP / 2;
        const span = s.to - s.from || 1;
        return s.start + ((v - s.from) / span) * (s.end - s.start);
      }
      const next = segments[i + 1] as Segment;
      if (v < next.from) return s.end + BREAK_GAP / 2;
    }
    return pixels.end;
  };
  return { segments, map, breaks };
}

function niceStep(span: number, target: number): number {
  const raw = span / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  return (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
}

/** Round values to mark on a numeric piece of axis, about one per `spacing` pixels (whole ones for counts). */
export function numberTicks(s: Segment, spacing = 90, whole = false): number[] {
  const target = Math.floor((s.end - s.start) / spacing) + 1;
  const step = Math.max(whole ? 1 : 0, niceStep(s.to - s.from, target));
  const ticks: number[] = [];
  for (let v = Math.ceil(s.from / step) * step; v <= s.to + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}
