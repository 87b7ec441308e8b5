import type { ClaimValue } from "@/lib/claims/value";
import { keptIntl } from "@/lib/i18n/kept-intl";
import type { UiLocale } from "@/lib/i18n/locales";
import { numberTicks, type Segment } from "./value-scale";

// Tick marks and their labels, in the interface's language (Intl): "6 500" and
// "9 oct." in French, "6,500" and "9 Oct" in English.

export type Tick = { value: number; label: string };

const MS_PER_DAY = 86_400_000;
const intlLocale = (locale: UiLocale) => (locale === "fr" ? "fr-FR" : "en-GB");

// A fact's picture labels dozens of ticks: each formatter is made once per
// language and options, and kept (toLocaleDateString and a new NumberFormat
// per label made one each time, ~2 ms of a fact page).
const numbers = (locale: UiLocale, options: Intl.NumberFormatOptions) =>
  keptIntl(`axis|n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocale(locale), options));
const dates = (locale: UiLocale, options: Intl.DateTimeFormatOptions) =>
  keptIntl(`axis|d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intlLocale(locale), options));
const DAY = { day: "numeric", month: "short", timeZone: "UTC" } as const;
const DAY_YEAR = { ...DAY, year: "numeric" } as const;
const MONTH_YEAR = { month: "short", year: "numeric", timeZone: "UTC" } as const;

/** A value as an axis shows it: a number, days, a share or a sum, in the locale. */
export function formatAxisValue(value: number, kind: ClaimValue["kind"], unit: string | null, locale: UiLocale) {
  if (kind === "duration")
    return numbers(locale, { style: "unit", unit: "day", unitDisplay: "short", maximumFractionDigits: 1 }).format(
      value,
    );
  if (kind === "percentage") return numbers(locale, { maximumFractionDigits: 2 }).format(value) + " %";
  if (kind === "money" && unit && /^[A-Z]{3}$/.test(unit)) {
    try {
      return numbers(locale, { style: "currency", currency: unit, notation: "compact" }).format(value);
    } catch {
      // An unknown currency code: the plain number below.
    }
  }
  return numbers(locale, { maximumFractionDigits: 2 }).format(value);
}

export function valueTicks(segment: Segment, format: (value: number) => string, spacing: number): Tick[] {
  return numberTicks(segment, spacing).map((value) => ({ value, label: format(value) }));
}

const utc = (day: number) => new Date(day * MS_PER_DAY);

/** A day as a date axis names it ("9 Oct 2020", "9 oct. 2020"). */
export function formatAxisDay(day: number, locale: UiLocale, withYear = true): string {
  return dates(locale, withYear ? DAY_YEAR : DAY).format(utc(day));
}

type DateStep = { days?: number; months?: number };
const DATE_STEPS: DateStep[] = [
  { days: 1 },
  { days: 2 },
  { days: 7 },
  { days: 14 },
  { months: 1 },
  { months: 3 },
  { months: 6 },
  { months: 12 },
  { months: 24 },
  { months: 60 },
  { months: 120 },
  { months: 240 },
  { months: 600 },
  { months: 1200 },
];

/**
 * Ticks on a time axis from `from` to `to` (days since 1970), about one per
 * `spacing` pixels over `pixels`. Day ticks stand in the middle of their day
 * (a single day is drawn as a point there); month and year ticks at their first
 * day, where a month-long range starts.
 */
export function dateTicks(from: number, to: number, pixels: number, spacing: number, locale: UiLocale): Tick[] {
  const most = Math.max(2, Math.floor(pixels / spacing));
  const span = to - from;
  const step =
    DATE_STEPS.find((s) => (s.days ? span / s.days : span / 30.44 / (s.months as number)) <= most) ??
    (DATE_STEPS[DATE_STEPS.length - 1] as DateStep);
  const ticks: Tick[] = [];
  if (step.days) {
    const sameYear = utc(from).getUTCFullYear() === utc(to).getUTCFullYear();
    for (let d = Math.ceil(from - 0.5); d + 0.5 <= to; d += step.days) {
      if (d + 0.5 >= from) ticks.push({ value: d + 0.5, label: formatAxisDay(d, locale, !sameYear) });
    }
    return ticks;
  }
  const months = step.months as number;
  const start = utc(Math.floor(from));
  const d = new Date(Date.UTC(start.getUTCFullYear(), months >= 12 ? 0 : start.getUTCMonth(), 1));
  if (months >= 12) d.setUTCFullYear(Math.ceil(d.getUTCFullYear() / (months / 12)) * (months / 12));
  for (; d.getTime() / MS_PER_DAY <= to; d.setUTCMonth(d.getUTCMonth() + months)) {
    const day = d.getTime() / MS_PER_DAY;
    if (day < from) continue;
    const label = months >= 12 ? String(d.getUTCFullYear()) : dates(locale, MONTH_YEAR).format(d);
    ticks.push({ value: day, label });
  }
  return ticks;
}
