import type { VerdictTranslator } from "@/lib/discrepancies/explain";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

// The report's words, from the "reports" and "verdicts" catalogs. An export
// says the same few phrases once per fact or claim, tens of thousands of times:
// translators are made once per language, and a message that is plain text
// with {name} slots (no plural, no select, no quoting) is filled in directly
// (a number as its plain digits, as next-intl writes a simple argument) instead
// of going through the message formatter and its cache's key serialisation
// every time. report-messages.test.ts holds both ways to the same text.

type Namespace = "reports" | "verdicts";
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
  if (typeof message !== "string" || !PLAIN.test(message)) return slow();
  const text = message;
  return (_, values = {}) => {
    if (Object.values(values).some((v) => v instanceof Date)) return slow()(key, values);
    return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
      const v = values[name];
      return typeof v === "number" || typeof v === "string" ? String(v) : slot;
    });
  };
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
