// The counted noun in the note's language: as written when the article used that language,
// otherwise the class's name ("personnes" in an English note becomes "people").
import { classifyCountedForm } from "./counted";
import type { Locale } from "./format";
import type { FigureValue } from "./types";

const LABELS: Record<string, Record<Locale, string>> = {
  people: { en: "people", fr: "personnes" },
  soldiers: { en: "soldiers", fr: "soldats" },
  civilians: { en: "civilians", fr: "civils" },
  peacekeepers: { en: "peacekeepers", fr: "soldats de la paix" },
  prisoners: { en: "prisoners", fr: "prisonniers" },
  refugees: { en: "refugees", fr: "réfugiés" },
  displaced: { en: "displaced people", fr: "déplacés" },
  wounded: { en: "wounded", fr: "blessés" },
  children: { en: "children", fr: "enfants" },
  ceasefires: { en: "ceasefires", fr: "cessez-le-feu" },
  agreements: { en: "agreements", fr: "accords" },
};

export function labelCounted(value: FigureValue, locale: Locale): string | null {
  if (!value.counted) return null;
  const form = classifyCountedForm(value.counted);
  if (form && form.locale !== locale) return LABELS[form.key]?.[locale] ?? value.counted;
  if (!form && value.countedKey) return LABELS[value.countedKey]?.[locale] ?? value.counted;
  return value.counted;
}
