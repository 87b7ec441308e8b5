import { IntlMessageFormat, type Formatters } from "intl-messageformat";
import type { VerdictTranslator } from "@/lib/discrepancies/explain";
import { CATALOGS, type Messages } from "@/lib/i18n/catalogs";
import { keptIntl } from "@/lib/i18n/kept-intl";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

// The report's words, from the "reports" and "verdicts" catalogs. An export
// says the same few phrases once per fact or claim, tens of thousands of times:
// translators are made once per language, and a message that is plain text
// with {name} slots (no plural, no select, no quoting) is filled in directly
// (a number as its plain digits, as next-intl writes a simple argument) instead
// of going through the message formatter and its cache's key serialisation
// every time. Any other message (plurals, quoting) is compiled once into an
// IntlMessageFormat, as next-intl would make it, and formatted with it: next-intl
// builds the formats and serialises them into a cache key on every call (a
// third of an export's time went there). report-messages.test.ts holds both
// ways to the same text.

type Namespace = keyof Messages;
type Values = Record<string, string | number | Date>;
type Say = (key: string, values?: Values) => string;

const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

export const reportsTranslator = (locale: UiLocale) => once(`t:reports:${locale}`, () => translator(locale, "reports"));

const PLAIN = /^(?:[^{}']|\{\w+\})*$/;

function compile(locale: UiLocale, namespace: Namespace, key: string): Say {
  let message: unknown = CATALOGS[locale][namespace];
  for (const part of key.split(".")) message = (message as Record<string, unknown> | undefined)?.[part];
  const slow = () => {
    const t = once(`t:${namespace}:${locale}`, () => translator(locale, namespace)) as unknown as Say;
    return (_: string, values?: Values) => t(key, values);
  };
  if (typeof message !== "string") return slow();
  if (!PLAIN.test(message)) {
    const format = compiled(message, locale);
    return (_, values = {}) => {
      if (!format || Object.values(values).some((v) => v instanceof Date)) return slow()(key, values);
      const out = format.format(values);
      return typeof out === "string" ? out : String(out);
    };
  }
  const text = message;
  return (_, values = {}) => {
    if (Object.values(values).some((v) => v instanceof Date)) return slow()(key, values);
    return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
      const v = values[name];
      return typeof v === "number" || typeof v === "string" ? String(v) : slot;
    });
  };
}

/** Intl objects made once per language and options, for every compiled message. */
function cachedIntl<T>(kind: string, locales: Intl.LocalesArgument, options: object | undefined, make: () => T): T {
  return keptIntl(`messages|${kind}|${String(locales)}|${options === undefined ? "" : JSON.stringify(options)}`, make);
}
/** IntlMessageFormat hands over what it was given: one language tag here. */
const tags = (locales: Intl.LocalesArgument) => locales as string | string[] | undefined;
const FORMATTERS: Formatters = {
  getNumberFormat: (locales, options) =>
    cachedIntl("n", locales, options, () => new Intl.NumberFormat(locales, options)),
  getDateTimeFormat: (locales, options) =>
    cachedIntl(
      "d",
      locales,
      options,
      () => new Intl.DateTimeFormat(tags(locales), { ...options, timeZone: options?.timeZone ?? "UTC" }),
    ),
  getPluralRules: (locales, options) =>
    cachedIntl("p", locales, options, () => new Intl.PluralRules(tags(locales), options)),
};

/** What next-intl gives IntlMessageFormat for a translator in UTC (use-intl's convertFormatsToIntlMessageFormat). */
function utcFormats() {
  const inUtc = (formats: Record<string, Intl.DateTimeFormatOptions>) =>
    Object.fromEntries(Object.entries(formats).map(([k, v]) => [k, { timeZone: "UTC", ...v }]));
  return { date: inUtc(IntlMessageFormat.formats.date), time: inUtc(IntlMessageFormat.formats.time), number: {} };
}

/** A message compiled once; null when it does not compile (next-intl then says why). */
function compiled(message: string, locale: UiLocale): IntlMessageFormat | null {
  try {
    return new IntlMessageFormat(message, locale, utcFormats(), { formatters: FORMATTERS });
  } catch {
    return null;
  }
}

/** Messages of a namespace by key, each compiled once per language. */
export function fastMessages(locale: UiLocale, namespace: Namespace): Say {
  return once(`fast:${namespace}:${locale}`, () => {
    const compiled = new Map<string, Say>();
    return (key: string, values?: Values) => {
      let say = compiled.get(key);
      if (!say) compiled.set(key, (say = compile(locale, namespace, key)));
      return say(key, values);
    };
  });
}

/**
 * A page's translator for what it says once per row of a list (the verdicts'
 * explanations, a row's labels): the same messages as getTranslations(namespace),
 * compiled once per language and kept (catalogs never change while the process
 * runs), instead of next-intl's per-request formatter cache, whose key is every
 * call's arguments serialised. Only for t(key, values): no t.rich, t.markup or t.has.
 */
export function rowTranslator<N extends Namespace>(locale: UiLocale, namespace: N) {
  return fastMessages(locale, namespace) as unknown as ReturnType<typeof translator<N>>;
}

/** One message of the reports catalog as a function of its values (dotted key, e.g. "markdown.claim"). */
export function reportMessage(locale: UiLocale, key: string): (values?: Values) => string {
  const say = fastMessages(locale, "reports");
  return (values) => say(key, values);
}

/**
 * The verdicts catalog for explanations (lib/discrepancies/explain.ts), which
 * only ever calls t(key, values): the fast messages stand in for next-intl's.
 */
export const verdictsTranslator = (locale: UiLocale): VerdictTranslator =>
  fastMessages(locale, "verdicts") as unknown as VerdictTranslator;
