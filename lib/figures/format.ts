// Numbers and dates for an editor's note, through Intl in the interface's language:
// "6 500" (narrow no-break space, as Intl writes French), "31 octobre 2022", "2,5 %".
import { keptIntl } from "@/lib/i18n/kept-intl";
import type { UiLocale } from "@/lib/i18n/locales";
import { splitEpochDay } from "./calendar";
import { DESCRIBE_WORDS } from "./describe-words";

export type Locale = UiLocale;

/** "one" or another plural category of x in the interface's language. */
export function pluralCategory(x: number, locale: UiLocale): Intl.LDMLPluralRule {
  return keptIntl(`figures|p|${locale}`, () => new Intl.PluralRules(DESCRIBE_WORDS[locale].intl)).select(x);
}

function numberFormat(locale: UiLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return keptIntl(
    `figures|n|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(DESCRIBE_WORDS[locale].intl, options),
  );
}

function dateFormat(locale: UiLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return keptIntl(
    `figures|d|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(DESCRIBE_WORDS[locale].intl, { ...options, timeZone: "UTC" }),
  );
}

export function formatNumber(x: number, locale: UiLocale, decimals = 6): string {
  return numberFormat(locale, { maximumFractionDigits: decimals }).format(x);
}

export function formatPercent(x: number, locale: UiLocale): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(x / 100);
}

/** "six" for small whole numbers, digits otherwise. */
export function spellSmallNumber(n: number, locale: UiLocale): string {
  const words = DESCRIBE_WORDS[locale].small;
  return Number.isInteger(n) && n >= 0 && n < words.length ? (words[n] as string) : formatNumber(n, locale);
}

/** "6.5 million", "2 milliards", "1,2 milliard": a round multiple of a million or more in words; digits otherwise. */
export function formatLarge(x: number, locale: UiLocale): { text: string; scaleWord: boolean } {
  for (const s of [1e9, 1e6]) {
    const m = x / s;
    if (x >= s && Math.abs(m * 100 - Math.round(m * 100)) < 1e-9) {
      return {
        text: numberFormat(locale, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }).format(x),
        scaleWord: true,
      };
    }
  }
  return { text: formatNumber(x, locale), scaleWord: false };
}

const toDate = (day: number): Date => new Date(Math.round(day) * 86_400_000);

export function formatDay(day: number, locale: UiLocale, withYear = true): string {
  const { day: d } = splitEpochDay(day);
  const parts = dateFormat(
    locale,
    withYear ? { day: "numeric", month: "long", year: "numeric" } : { day: "numeric", month: "long" },
  ).formatToParts(toDate(day));
  // French writes the first of the month "1er".
  return parts.map((p) => (p.type === "day" ? DESCRIBE_WORDS[locale].dayNumber(d) : p.value)).join("");
}

export function nameMonth(month: number, locale: UiLocale): string {
  return dateFormat(locale, { month: "long" }).format(toDate(Date.UTC(2001, month - 1, 15) / 86_400_000));
}

export function formatMonth(day: number, locale: UiLocale): string {
  return dateFormat(locale, { month: "long", year: "numeric" }).format(toDate(day));
}
