// Quantities are stored in SI units; say them in the unit a reader expects for their size:
// 5 000 m is "5 km", 140 000 000 m² "140 km²", 12 000 kg "12 t".
import type { UiLocale } from "@/lib/i18n/locales";
import { DESCRIBE_WORDS } from "./describe-words";
import { formatNumber } from "./format";
import type { FigureValue } from "./types";

/** `from`: the size from which the symbol is used (its factor unless said). */
type Display = { factor: number; symbol: string; from?: number };

// Symbols are the same in every language; the largest that keeps the number at 1 or more wins.
const DISPLAYS: Record<string, Display[]> = {
  m: [
    { factor: 1000, symbol: "km" },
    { factor: 1, symbol: "m" },
    { factor: 0.01, symbol: "cm" },
  ],
  m2: [
    // Up to ten square kilometres, land is counted in hectares.
    { factor: 1e6, symbol: "km²", from: 1e7 },
    { factor: 1e4, symbol: "ha" },
    { factor: 1, symbol: "m²" },
  ],
  m3: [
    { factor: 1, symbol: "m³" },
    { factor: 0.001, symbol: "l" },
  ],
  kg: [
    { factor: 1000, symbol: "t" },
    { factor: 1, symbol: "kg" },
    { factor: 0.001, symbol: "g" },
  ],
  "m/s": [{ factor: 1 / 3.6, symbol: "km/h" }],
  W: [
    { factor: 1e9, symbol: "GW" },
    { factor: 1e6, symbol: "MW" },
    { factor: 1e3, symbol: "kW" },
    { factor: 1, symbol: "W" },
  ],
  Wh: [
    { factor: 1e12, symbol: "TWh" },
    { factor: 1e9, symbol: "GWh" },
    { factor: 1e6, symbol: "MWh" },
    { factor: 1e3, symbol: "kWh" },
    { factor: 1, symbol: "Wh" },
  ],
  "°C": [{ factor: 1, symbol: "°C" }],
};

function pickDisplay(unit: string, size: number): Display {
  const list = DISPLAYS[unit] ?? [{ factor: 1, symbol: unit }];
  return list.find((d) => size >= (d.from ?? d.factor)) ?? (list[list.length - 1] as Display);
}

export function describeQuantity(v: FigureValue, locale: UiLocale): string {
  const w = DESCRIBE_WORDS[locale];
  const { lower: lo, upper: hi, lowerInclusive: loInc, upperInclusive: hiInc } = v;
  const d = pickDisplay(v.unit ?? "", Math.abs(hi ?? lo ?? 0));
  const f = (x: number): string => `${formatNumber(x / d.factor, locale, 3)}\u00a0${d.symbol}`;
  let main: string;
  if (lo !== null && hi !== null && lo === hi) main = f(lo);
  else if (hi === null) main = lo === null ? "" : `${loInc ? w.atLeast : w.moreThan} ${f(lo)}`;
  else if (lo === null || lo === 0) main = `${hiInc ? w.upTo : w.less} ${f(hi)}`;
  else if (loInc && hiInc) main = `${w.between} ${formatNumber(lo / d.factor, locale, 3)} ${w.and} ${f(hi)}`;
  else main = `${loInc ? w.atLeast : w.moreThan} ${f(lo)} ${w.andLess} ${f(hi)}`;
  if (v.approximate && lo !== null && hi !== null && hiInc && lo !== hi) {
    return `${main} (${w.about} ${f(Math.round(((lo + hi) / 2) * 1e6) / 1e6)})`;
  }
  return main;
}
