// Splits a text into runs covered by the same set of highlights, so that
// overlapping claims can be drawn as nested marks. Offsets are code points.

export type Highlight = { id: string; start: number; end: number };
export type Segment = { start: number; end: number; ids: string[] };

export function segmentText(length: number, highlights: Highlight[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const h of highlights) {
    if (h.start < h.end && h.start >= 0 && h.end <= length) {
      cuts.add(h.start);
      cuts.add(h.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: highlights sorted by start enter as we pass them, leave at their end.
  const byStart = [...highlights].filter((h) => h.start < h.end).sort((a, b) => a.start - b.start);
  const active: Highlight[] = [];
  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    while (next < byStart.length && (byStart[next] as Highlight).start <= start)
      active.push(byStart[next++] as Highlight);
    for (let k = active.length - 1; k >= 0; k--) if ((active[k] as Highlight).end <= start) active.splice(k, 1);
    segments.push({ start, end, ids: active.map((h) => h.id) });
  }
  return segments;
}
