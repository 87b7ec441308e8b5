import type { UiLocale } from "@/lib/i18n/locales";

// Names of the classes of counted things in explanations. The one table of them
// in lib/discrepancies: lib/figures is turning its classes into per-language data
// with display labels, which will replace this table.

const COUNTED: Record<UiLocale, Record<string, string>> = {
  en: {
    people: "people (all the dead or victims)",
    soldiers: "soldiers",
    civilians: "civilians",
    peacekeepers: "peacekeepers",
    wounded: "wounded",
    prisoners: "prisoners",
    children: "children",
    ceasefires: "ceasefires",
    agreements: "agreements",
    refugees: "refugees",
    displaced: "displaced people",
  },
  fr: {
    people: "personnes (l'ensemble des morts ou victimes)",
    soldiers: "soldats",
    civilians: "civils",
    peacekeepers: "soldats de la paix",
    wounded: "blessés",
    prisoners: "prisonniers",
    children: "enfants",
    ceasefires: "cessez-le-feu",
    agreements: "accords",
    refugees: "réfugiés",
    displaced: "déplacés",
  },
};

/** What a claim counts, in the reader's language: its class when known, else the noun as written. */
export function labelCounted(value: { countedKey: string | null; counted: string | null }, locale: UiLocale): string {
  if (value.countedKey) return COUNTED[locale][value.countedKey] ?? value.countedKey;
  return value.counted ?? "";
}
