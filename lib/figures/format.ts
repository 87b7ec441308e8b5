// Numbers and dates written for an editor's note, in English or French typography.
import { splitEpochDay } from "./calendar";

export type Locale = "en" | "fr";

const NBSP = "\u00a0";

const MONTHS: Record<Locale, string[]> = {
  en: "January February March April May June July August September October November December".split(" "),
  fr: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" "),
};

const SMALL: Record<Locale, string[]> = {
  en: "zero one two three four five six seven eight nine ten eleven twelve".split(" "),
  fr: "zéro un deux trois quatre cinq six sept huit neuf dix onze douze".split(" "),
};

/** "six" for small whole numbers, digits otherwise. */
export function spellSmallNumber(n: number, locale: Locale): string {
  return Number.isInteger(n) && n >= 0 && n <= 12 ? (SMALL[locale][n] as string) : formatNumber(n, locale);
}

function groupDigits(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export function formatNumber(x: number, locale: Locale, decimals = 6): string {
  const neg = x < 0 ? "-" : "";
  const f = 10 ** decimals;
  const [intPart = "0", dec] = String(Math.abs(Math.round(x * f) / f)).split(".");
  // French typography groups thousands with a no-break space so a number never wraps.
  const grouped = groupDigits(intPart, locale === "en" ? "," : NBSP);
  return neg + (dec ? `${grouped}${locale === "en" ? "." : ","}${dec}` : grouped);
}

/** "6.5 million", "2 milliards", or plain digits when the number is not a round multiple. */
export function formatLarge(x: number, locale: Locale): { text: string; scaleWord: boolean } {
  const scales: [number, string, string, string][] = [
    [1e9, "billion", "milliard", "milliards"],
    [1e6, "million", "million", "millions"],
  ];
  for (const [s, en, frOne, frMany] of scales) {
    const m = x / s;
    if (x >= s && Math.abs(m * 100 - Math.round(m * 100)) < 1e-9) {
      const word = locale === "en" ? en : m >= 2 ? frMany : frOne;
      return { text: `${formatNumber(m, locale)} ${word}`, scaleWord: true };
    }
  }
  return { text: formatNumber(x, locale), scaleWord: false };
}

export function formatDay(day: number, locale: Locale, withYear = true): string {
  const { year, month, day: d } = splitEpochDay(day);
  const name = MONTHS[locale][month - 1] as string;
  const dd = locale === "fr" && d === 1 ? "1er" : String(d);
  return withYear ? `${dd} ${name} ${year}` : `${dd} ${name}`;
}

export function nameMonth(month: number, locale: Locale): string {
  return MONTHS[locale][month - 1] as string;
}

export function formatMonth(day: number, locale: Locale): string {
  const { year, month } = splitEpochDay(day);
  return `${nameMonth(month, locale)} ${year}`;
}
