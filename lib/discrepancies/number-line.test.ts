import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import { toEpochDay } from "@/lib/figures";
import { factVerdict, type ClaimLike } from "./fact-verdict";
import { layoutPicture, type Picture, type PictureClaim, type PictureOptions } from "./number-line";
import { textWidth } from "./place-labels";
import { clusterExtents } from "./value-scale";

const v = (lower: number | null, upper: number | null, extra: Partial<ClaimValue> = {}): ClaimValue => ({
  kind: "count",
  lower,
  upper,
  lowerInclusive: lower !== null,
  upperInclusive: upper !== null,
  approximate: false,
  granularity: null,
  qualifier: null,
  unit: null,
  counted: "personnes",
  countedKey: "people",
  ...extra,
});
const words = { final: "final", finalColumn: "final figures", gap: "gap" };
const conflicts: [string, string][] = [["eu", "ap"]];
const wide: PictureOptions = { locale: "en", width: 760, words, conflicts };
const narrow: PictureOptions = { locale: "en", width: 360, words, conflicts };

/** Claims as the fact page passes them: through the verdict, for their days. */
function claims(list: (ClaimLike & { figure: string })[], label?: string): PictureClaim[] {
  const verdict = factVerdict(list, { label });
  return list.map((c, i) => {
    const cc = verdict.claims[i] as (typeof verdict.claims)[number];
    return {
      id: c.id,
      outlet: c.outlet,
      figure: c.figure,
      value: c.value,
      refDay: cc.refDay,
      at: cc.at,
      final: cc.final,
    };
  });
}

const toll2020 = claims(
  [
    {
      id: "rt",
      outlet: "RT France",
      figure: "plus de 800",
      value: v(800, null, { lowerInclusive: false }),
      asOf: "2020-10-21",
      publishedAt: "2020-10-21",
    },
    { id: "eu", outlet: "Euronews", figure: "6 500", value: v(6500, 6500), asOf: null, publishedAt: "2022-10-31" },
    {
      id: "ap",
      outlet: "AP (traduction française)",
      figure: "Plus de 6 700",
      value: v(6700, null, { lowerInclusive: false }),
      asOf: null,
      publishedAt: "2022-10-31",
    },
  ],
  "People killed in the 2020 Nagorno-Karabakh war",
);

const figureText = (p: Picture, text: string) => p.texts.find((t) => t.role === "figure" && t.text === text);
const mark = (p: Picture, id: string) => p.marks.find((m) => m.id === id);

/** Boxes of all texts (estimated as the layout estimates them), to check none overlaps another. */
function overlapping(p: Picture): string[] {
  const size = { figure: 13, row: 12, note: 11.5, tick: 11.5 } as const;
  const boxes = p.texts.map((t) => {
    const w = textWidth(t.text, size[t.role], t.role === "figure");
    const x = t.anchor === "start" ? t.x : t.anchor === "end" ? t.x - w : t.x - w / 2;
    return { t: t.text, x, y: t.y - size[t.role], w, h: size[t.role] + 2 };
  });
  const clashes: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) clashes.push(`${a.t} × ${b.t}`);
    }),
  );
  return clashes;
}

describe("the picture of the 2020 toll: a running total, then two final tolls that disagree", () => {
  for (const options of [wide, narrow]) {
    const p = layoutPicture(toll2020, options) as Picture;

    it(`at ${options.width}: the value over time, final tolls in one column, every mark labelled`, () => {
      expect(p.mode).toBe("time");
      expect(mark(p, "eu")?.x1).toBeCloseTo(mark(p, "ap")?.x1 ?? 0, -1.5);
      expect(mark(p, "rt")?.x1).toBeLessThan(mark(p, "eu")?.x1 ?? 0);
      for (const f of ["plus de 800", "6 500", "Plus de 6 700"]) expect(figureText(p, f)).toBeDefined();
      for (const o of ["RT France", "Euronews", "AP (traduction française)"])
        expect(p.texts.some((t) => t.text === o)).toBe(true);
      expect(p.divider).not.toBeNull();
    });

    it(`at ${options.width}: the axis is zoomed and broken, so 6 500 and 6 700 stand far apart`, () => {
      expect(p.breaks).toHaveLength(1);
      const eu = mark(p, "eu")?.y1 ?? 0;
      const ap = mark(p, "ap")?.y1 ?? 0;
      expect(eu - ap).toBeGreaterThan(60); // 6 700 above 6 500, well clear
      expect(p.texts.some((t) => t.role === "tick" && t.text === "0")).toBe(false);
    });

    it(`at ${options.width}: the gap between the two final tolls is bracketed and measured`, () => {
      expect(p.gaps).toHaveLength(1);
      const gap = p.gaps[0];
      expect(gap?.label.text).toBe("gap 200");
      expect(gap?.y1).toBeCloseTo(mark(p, "eu")?.y1 ?? 0, 0);
      expect(gap?.y2).toBeCloseTo(mark(p, "ap")?.y1 ?? 0, 0);
    });

    it(`at ${options.width}: open ends are short arrows, and nothing runs off the picture or overlaps`, () => {
      const ap = mark(p, "ap");
      expect(ap?.upper).toBe("arrow");
      expect(Math.abs((ap?.y2 ?? 0) - (ap?.y1 ?? 0))).toBeLessThanOrEqual(30);
      expect(ap?.lower).toBe("open");
      for (const t of p.texts) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x).toBeLessThanOrEqual(p.width);
      }
      expect(overlapping({ ...p, texts: [...p.texts, ...p.gaps.map((g) => g.label)] })).toEqual([]);
    });
  }

  it("writes the axis in the interface's language", () => {
    const fr = layoutPicture(toll2020, { ...wide, locale: "fr" }) as Picture;
    expect(fr.texts.some((t) => t.role === "tick" && t.text === "6\u202f500")).toBe(true);
    expect(fr.texts.some((t) => t.role === "tick" && t.text === "21 oct. 2020")).toBe(true);
    const en = layoutPicture(toll2020, wide) as Picture;
    expect(en.texts.some((t) => t.role === "tick" && t.text === "6,500")).toBe(true);
  });
});

describe("value rows: claims compared as given on one day", () => {
  const sept = claims([
    {
      id: "eu",
      outlet: "Euronews",
      figure: "286",
      value: v(286, 286, { counted: "morts" }),
      asOf: null,
      publishedAt: "2022-10-31",
    },
    {
      id: "ap",
      outlet: "AP",
      figure: "plus de 200",
      value: v(200, null, { lowerInclusive: false, counted: "soldats", countedKey: "soldiers" }),
      asOf: null,
      publishedAt: "2022-10-31",
    },
  ]);

  it("one row per claim, zoomed to the values, an open end a short arrow with its figure beside it", () => {
    const p = layoutPicture(sept, wide) as Picture;
    expect(p.mode).toBe("rows");
    expect(p.texts.filter((t) => t.role === "row").map((t) => t.text)).toEqual([
      "Euronews · 31 Oct 2022",
      "AP · 31 Oct 2022",
    ]);
    const ticks = p.texts.filter((t) => t.role === "tick").map((t) => Number(t.text.replace(/,/g, "")));
    expect(Math.min(...ticks)).toBeGreaterThanOrEqual(180);
    const ap = mark(p, "ap");
    expect(ap?.upper).toBe("arrow");
    expect((ap?.x2 ?? 0) - (ap?.x1 ?? 0)).toBeLessThanOrEqual(30);
    expect(figureText(p, "plus de 200")?.x).toBeGreaterThan(ap?.x2 ?? 0);
    expect(overlapping(p)).toEqual([]);
  });

  it("counts get whole ticks", () => {
    const truces = layoutPicture(
      claims([
        { id: "a", outlet: "A", figure: "deux", value: v(2, 2), asOf: null, publishedAt: "2020-10-21" },
        { id: "b", outlet: "B", figure: "trois", value: v(3, 3), asOf: null, publishedAt: "2020-10-21" },
      ]),
      wide,
    ) as Picture;
    expect(truces.texts.filter((t) => t.role === "tick").every((t) => Number.isInteger(Number(t.text)))).toBe(true);
  });

  it("rows with the same outlet and date are told apart", () => {
    const day = toEpochDay("2022-10-31");
    const date = v(day, day, { kind: "date", counted: null, countedKey: null });
    const p = layoutPicture(
      claims([
        { id: "a", outlet: "AP", figure: "lundi", value: date, asOf: null, publishedAt: "2022-10-31" },
        { id: "b", outlet: "AP", figure: "lundi", value: date, asOf: null, publishedAt: "2022-10-31" },
      ]),
      wide,
    ) as Picture;
    const rows = p.texts.filter((t) => t.role === "row").map((t) => t.text);
    expect(new Set(rows).size).toBe(2);
  });
});

describe("dates on a time line", () => {
  const d = (iso: string) => toEpochDay(iso);
  const date = (lo: string, hi = lo) => v(d(lo), d(hi), { kind: "date", counted: null, countedKey: null });
  const p = layoutPicture(
    claims([
      {
        id: "day",
        outlet: "RT",
        figure: "27 septembre",
        value: date("2020-09-27"),
        asOf: null,
        publishedAt: "2020-10-21",
      },
      {
        id: "late",
        outlet: "RFE/RL",
        figure: "fin septembre",
        value: date("2020-09-21", "2020-09-30"),
        asOf: null,
        publishedAt: "2020-11-02",
      },
    ]),
    wide,
  ) as Picture;

  it("a single day is a point; a range runs from the start of its first day to the end of its last, inside the axis", () => {
    expect(mark(p, "day")?.point).toBe(true);
    const late = mark(p, "late");
    expect(late?.point).toBe(false);
    const axis = p.axes[0];
    expect(late?.x1).toBeGreaterThanOrEqual(axis?.x1 ?? Infinity);
    expect(late?.x2).toBeLessThanOrEqual(axis?.x2 ?? -Infinity);
    // 27 September sits inside late September, at the middle of its day.
    const perDay = ((late?.x2 ?? 0) - (late?.x1 ?? 0)) / 10;
    expect(mark(p, "day")?.x1).toBeCloseTo((late?.x1 ?? 0) + perDay * 6.5, 0);
    expect(p.texts.some((t) => t.role === "tick" && /Sept?/.test(t.text))).toBe(true);
  });
});

describe("a round figure's rounding", () => {
  it("is drawn as a band around the mark", () => {
    const p = layoutPicture(
      claims([
        {
          id: "w",
          outlet: "AP",
          figure: "six semaines",
          value: v(42, 42, { kind: "duration", unit: "day", granularity: 7, counted: null, countedKey: null }),
          asOf: null,
          publishedAt: "2022-10-31",
        },
      ]),
      wide,
    ) as Picture;
    const w = mark(p, "w");
    expect(w?.band).not.toBeNull();
    expect((w?.band?.x2 ?? 0) - (w?.band?.x1 ?? 0)).toBeGreaterThan(100);
    expect(figureText(p, "six semaines")?.y).toBeCloseTo((w?.y1 ?? 0) + 4.5, 0);
  });
});

describe("breaking the axis", () => {
  it("only where detail would be squashed next to a far value", () => {
    expect(
      clusterExtents([
        { lo: 800, hi: 800 },
        { lo: 6500, hi: 6500 },
        { lo: 6700, hi: 6700 },
      ]),
    ).toHaveLength(2);
    expect(
      clusterExtents([
        { lo: 200, hi: 200 },
        { lo: 286, hi: 286 },
      ]),
    ).toHaveLength(1);
    expect(
      clusterExtents([
        { lo: 6500, hi: 6500 },
        { lo: 6700, hi: 6700 },
      ]),
    ).toHaveLength(1);
  });

  it("draws nothing without a bound", () => {
    expect(layoutPicture([], wide)).toBeNull();
  });
});
