// Durations were stored in days; say them again in the unit the text most likely used:
// 42 -> "six weeks", [273, 276] -> "nine months", [7305, 36525) -> "several decades".
import { measureMonths } from "./calendar";
import { spellSmallNumber, type Locale } from "./format";
import type { FigureValue } from "./types";

type UnitName = { en: [string, string]; fr: [string, string]; months?: number; days?: number };

const UNITS: UnitName[] = [
  { en: ["day", "days"], fr: ["jour", "jours"], days: 1 },
  { en: ["week", "weeks"], fr: ["semaine", "semaines"], days: 7 },
  { en: ["month", "months"], fr: ["mois", "mois"], months: 1 },
  { en: ["year", "years"], fr: ["an", "ans"], months: 12 },
  { en: ["decade", "decades"], fr: ["décennie", "décennies"], months: 120 },
];

function computeSpan(u: UnitName, n: number): [number, number] {
  if (u.days) return [n * u.days, n * u.days];
  return measureMonths(n * (u.months ?? 1));
}

function nameCount(u: UnitName, n: number, locale: Locale): string {
  const [one, many] = u[locale];
  return `${spellSmallNumber(n, locale)} ${n === 1 ? one : many}`;
}

export function nameDuration(v: FigureValue, locale: Locale): string | null {
  const { lower: lo, upper: hi } = v;
  if (lo !== null && hi !== null && lo === hi && lo < 1) {
    const hours = Math.round(lo * 24 * 1000) / 1000;
    return `${spellSmallNumber(hours, locale)} ${locale === "en" ? (hours === 1 ? "hour" : "hours") : hours <= 1 ? "heure" : "heures"}`;
  }
  // Vague plurals: at least two units, fewer than ten (several) or six (a few).
  if (v.approximate && lo !== null && hi !== null && !v.upperInclusive) {
    for (const u of UNITS) {
      if (computeSpan(u, 2)[0] !== lo) continue;
      if (computeSpan(u, 10)[1] === hi) return `${locale === "en" ? "several" : "plusieurs"} ${u[locale][1]}`;
      if (computeSpan(u, 6)[1] === hi) return `${locale === "en" ? "a few" : "quelques"} ${u[locale][1]}`;
    }
  }
  if (v.approximate) return null;
  for (const u of [...UNITS].reverse()) {
    for (let n = 1; n <= 100; n++) {
      const [a, b] = computeSpan(u, n);
      if (lo !== null && hi !== null && a === lo && b === hi && (u.days !== 7 || lo >= 7))
        return nameCount(u, n, locale);
      if (hi === null && lo !== null && a === lo && u.days !== 1) return nameCount(u, n, locale);
      if ((lo === null || lo === 0) && hi !== null && b === hi && u.days !== 1) return nameCount(u, n, locale);
      if (a > (hi ?? lo ?? 0)) break;
    }
  }
  return null;
}
