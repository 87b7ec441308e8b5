// Labels laid out so that none overlaps another: each wants a spot beside its
// mark and is moved up or down, the least possible, to the first free place.

export type Box = { x: number; y: number; width: number; height: number };

/** Width of a text in pixels, estimated (no fonts measured on the server). */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += /[\s.,:;'’·]/.test(ch) ? 0.3 : /[A-Z0-9]/.test(ch) ? 0.64 : 0.54;
  return units * size * (bold ? 1.06 : 1);
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Final boxes for labels given in order of priority, each starting at its
 * wanted position and moved vertically within [top, bottom] until it clears
 * every label placed before it and every obstacle.
 */
export function placeLabels(wanted: Box[], bounds: { top: number; bottom: number }, obstacles: Box[] = []): Box[] {
  const placed: Box[] = [];
  for (const box of wanted) {
    const step = Math.max(2, box.height / 4);
    let chosen: Box | null = null;
    for (let k = 0; k < 400 && !chosen; k++) {
      const offset = (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * step;
      const y = box.y + offset;
      if (y < bounds.top || y + box.height > bounds.bottom) continue;
      const candidate = { ...box, y };
      if (![...placed, ...obstacles].some((o) => intersects(candidate, o))) chosen = candidate;
    }
    placed.push(chosen ?? box);
  }
  return placed;
}
