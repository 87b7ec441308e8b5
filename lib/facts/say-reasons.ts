import { countedLabel } from "@/lib/figures";
import { translator } from "@/lib/i18n/translator";
import type { UiLocale } from "@/lib/i18n/locales";
import type { ProposalReason } from "./rank-facts";

/** A fact proposal's reasons, said in the reader's language (counted things by their names, not their keys). */
export function sayReasons(reasons: ProposalReason[], locale: UiLocale): string[] {
  const t = translator(locale, "reader");
  const counted = (key: string) => countedLabel(key, locale) ?? key;
  return reasons.map((r) => {
    switch (r.code) {
      case "sameCounted":
        return t("proposalReason.sameCounted", { detail: counted(r.detail) });
      case "relatedCounted":
        return t("proposalReason.relatedCounted", { detail: counted(r.detail), other: counted(r.other) });
      case "datesApart":
        return t("proposalReason.datesApart", { detail: r.detail });
      case "sharedWords":
      case "sameNames":
        return t(`proposalReason.${r.code}`, { detail: r.detail });
      case "sameDate":
      case "closeValues":
        return t(`proposalReason.${r.code}`);
    }
  });
}
