import { keptIntl } from "@/lib/i18n/kept-intl";
import { DEFAULT_UI_LOCALE, type UiLocale } from "@/lib/i18n/locales";

// Display formats shared by pages and exports, through Intl in the interface's
// language: "31 octobre 2022" / "31 October 2022", "6 500" / "6,500",
// "2,5 %" / "2.5%". Dates are calendar days (no time zone games: an ISO
// "YYYY-MM-DD" is that day everywhere); times are shown in UTC, the same on the
// server and in the browser. Pure: server code passes the request's locale
// (getFormats() in lib/i18n/formats.ts binds it), client components use
// useFormats() (app/_components/use-formats.ts).

type DayInput = string | Date;

const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  keptIntl(`format|d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  keptIntl(`format|n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

const isoOf = (day: DayInput) => (typeof day === "string" ? day.slice(0, 10) : day.toISOString().slice(0, 10));

/** A calendar day: "31 October 2022", "31 octobre 2022" ("31 Oct 2022" with month "short"). */
export function formatDay(
  day: DayInput,
  locale: UiLocale = DEFAULT_UI_LOCALE,
  { month = "long" }: { month?: "long" | "short" } = {},
): string {
  return dateTimeFormat(locale === "en" ? "en-GB" : locale, {
    day: "numeric",
    month,
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoOf(day)}T00:00:00Z`));
}

/** A moment: "31 October 2022, 14:05 UTC", "31 octobre 2022 à 14:05 UTC". */
export function formatDateTime(date: Date | string, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  return dateTimeFormat(locale === "en" ? "en-GB" : locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(new Date(date));
}

/** A number as the language writes it: 6 500 / 6,500; 2,5 / 2.5. */
export function formatNumber(
  value: number,
  locale: UiLocale = DEFAULT_UI_LOCALE,
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 },
): string {
  return numberFormat(locale, options).format(value);
}

/** A percentage given in percent (2.5 means 2.5 %): "2,5 %" / "2.5%". */
export function formatPercent(
  percent: number,
  locale: UiLocale = DEFAULT_UI_LOCALE,
  maximumFractionDigits = 2,
): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits }).format(percent / 100);
}

/** A list: "a, b and c" / "a, b et c". */
export function formatList(
  items: string[],
  locale: UiLocale = DEFAULT_UI_LOCALE,
  type: Intl.ListFormatType = "conjunction",
): string {
  return keptIntl(`format|l|${locale}|${type}`, () => new Intl.ListFormat(locale, { style: "long", type })).format(
    items,
  );
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/** How long ago or how soon, in the largest whole unit: "il y a 3 heures", "yesterday", "in 2 days". */
export function formatRelative(
  date: Date | string,
  locale: UiLocale = DEFAULT_UI_LOCALE,
  now: Date = new Date(),
): string {
  const seconds = (new Date(date).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === "second") return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, "second");
}

/** The name of a language in the interface's language: "fr" → "French" / "français". */
export function formatLanguage(code: string, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A language as a choice in a form, capitalised as a list item starts:
 * "French", "English" / "Français", "Anglais".
 */
export function formatLanguageChoice(code: string, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  const name = formatLanguage(code, locale);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** A size: "221 bytes", "12 kB", "5.0 MB" / "221 octets", "12 ko", "5,0 Mo". */
export function formatBytes(bytes: number, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  const [unit, value, digits, unitDisplay] =
    bytes < 1024
      ? (["byte", bytes, 0, "long"] as const)
      : bytes < 1024 * 1024
        ? (["kilobyte", Math.round(bytes / 1024), 0, "short"] as const)
        : (["megabyte", bytes / (1024 * 1024), 1, "short"] as const);
  return numberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Every format bound to one locale, for a page or component. */
export function formatsFor(locale: UiLocale) {
  return {
    locale,
    day: (day: DayInput, options?: { month?: "long" | "short" }) => formatDay(day, locale, options),
    dateTime: (date: Date | string) => formatDateTime(date, locale),
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, locale, options),
    percent: (percent: number, digits?: number) => formatPercent(percent, locale, digits),
    list: (items: string[], type?: Intl.ListFormatType) => formatList(items, locale, type),
    relative: (date: Date | string, now?: Date) => formatRelative(date, locale, now),
    language: (code: string) => formatLanguage(code, locale),
    languageChoice: (code: string) => formatLanguageChoice(code, locale),
    bytes: (bytes: number) => formatBytes(bytes, locale),
  };
}

export type Formats = ReturnType<typeof formatsFor>;
