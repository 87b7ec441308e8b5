import { describeValue, fromEpochDay } from "@/lib/figures";
import type { ComparableClaim, FactVerdict, PairVerdict, Relation } from "./classify";

// Sentences an editor can paste into a note, in English or French.

export type Locale = "en" | "fr";

export const RELATION_LABELS: Record<Locale, Record<Relation | "single" | "none", string>> = {
  en: {
    agree: "Agree",
    compatible: "Compatible",
    conflict: "Conflict",
    evolving: "Evolving",
    not_comparable: "Not comparable",
    single: "Single claim",
    none: "No claims",
  },
  fr: {
    agree: "Concordent",
    compatible: "Compatibles",
    conflict: "Contradiction",
    evolving: "Évolution",
    not_comparable: "Non comparables",
    single: "Une seule affirmation",
    none: "Aucune affirmation",
  },
};

const COUNTED: Record<Locale, Record<string, string>> = {
  en: {
    people: "people (all the dead or victims)",
    soldiers: "soldiers",
    civilians: "civilians",
    peacekeepers: "peacekeepers",
    wounded: "wounded",
    prisoners: "prisoners",
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
    ceasefires: "cessez-le-feu",
    agreements: "accords",
    refugees: "réfugiés",
    displaced: "déplacés",
  },
};

function day(locale: Locale, epochDay: number): string {
  return new Date(`${fromEpochDay(epochDay)}T00:00:00Z`).toLocaleDateString(locale === "fr" ? "fr-FR" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

const says = (locale: Locale, c: ComparableClaim) =>
  locale === "fr" ? `${c.outlet} : ${describeValue(c.value, "fr")}` : `${c.outlet}: ${describeValue(c.value, "en")}`;

const counted = (locale: Locale, key: string | null) => (key ? (COUNTED[locale][key] ?? key) : "");

export function explainPair(p: PairVerdict, locale: Locale): string {
  const { a, b, reason } = p;
  const fr = locale === "fr";
  const both = `${says(locale, a)}${fr ? " ; " : "; "}${says(locale, b)}.`;
  switch (reason.type) {
    case "same":
      return fr ? `Même valeur. ${both}` : `Same value. ${both}`;
    case "overlap":
      return fr
        ? `${both} Les deux peuvent être vrais : les intervalles se recoupent, mais la précision diffère.`
        : `${both} Both can be true: the intervals overlap, but one is more precise than the other.`;
    case "disjoint":
      return fr ? `${both} Les deux ne peuvent pas être vrais en même temps.` : `${both} They cannot both be true.`;
    case "grows":
      return fr
        ? `${both} Les chiffres portent sur des dates différentes (${day("fr", reason.earlier.refDay)} et ${day("fr", reason.later.refDay)}) et le plus récent n'est pas plus bas, comme un bilan qui s'alourdit.`
        : `${both} The figures refer to different dates (${day("en", reason.earlier.refDay)} and ${day("en", reason.later.refDay)}), and the later one is not lower, as with a toll that grows over time.`;
    case "shrinks":
      return fr
        ? `${both} Le chiffre le plus récent (${day("fr", reason.later.refDay)}) est plus bas que celui du ${day("fr", reason.earlier.refDay)} : un bilan cumulé ne devrait pas baisser.`
        : `${both} The later figure (${day("en", reason.later.refDay)}) is lower than the one of ${day("en", reason.earlier.refDay)}: a running total should not go down.`;
    case "kind":
      return fr
        ? `${both} Ce ne sont pas le même genre de valeurs (${a.value.kind} et ${b.value.kind}).`
        : `${both} These are different kinds of value (${a.value.kind} and ${b.value.kind}).`;
    case "unit":
      return fr
        ? `${both} Les unités diffèrent (${a.value.unit ?? "aucune"} et ${b.value.unit ?? "aucune"}) : convertir avant de comparer.`
        : `${both} The units differ (${a.value.unit ?? "none"} and ${b.value.unit ?? "none"}): convert before comparing.`;
    case "counted": {
      const what = fr
        ? `${a.outlet} compte des ${counted("fr", a.value.countedKey)}, ${b.outlet} des ${counted("fr", b.value.countedKey)}.`
        : `${a.outlet} counts ${counted("en", a.value.countedKey)}; ${b.outlet} counts ${counted("en", b.value.countedKey)}.`;
      if (!reason.subset) return `${both} ${what}`;
      const { narrow, broad } = reason.subset;
      const impossible =
        broad.value.upper !== null && narrow.value.lower !== null && narrow.value.lower > broad.value.upper;
      const sub = fr
        ? `Les ${counted("fr", narrow.value.countedKey)} font partie des ${counted("fr", broad.value.countedKey)} : ${impossible ? "le sous-ensemble dépasse pourtant le total, les deux ne peuvent pas être vrais." : "les deux chiffres peuvent être vrais ensemble, sans mesurer la même chose."}`
        : `${capitalise(counted("en", narrow.value.countedKey))} are among ${counted("en", broad.value.countedKey)}: ${impossible ? "yet the part exceeds the whole, so they cannot both be true." : "both figures can be true together, but they do not measure the same thing."}`;
      return `${both} ${what} ${sub}`;
    }
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One paragraph for the whole fact: its relation, then the most serious pair. */
export function explainFact(verdict: FactVerdict, locale: Locale): string {
  const fr = locale === "fr";
  if (verdict.relation === "none")
    return fr ? "Aucune affirmation n'est rattachée à ce fait." : "No claim is attached to this fact yet.";
  if (verdict.relation === "single")
    return fr ? "Une seule affirmation : rien à comparer." : "Only one claim: nothing to compare yet.";
  const top = verdict.pairs[0];
  const label = RELATION_LABELS[locale][verdict.relation];
  const counts = verdict.pairs.reduce<Record<string, number>>(
    (acc, p) => ({ ...acc, [p.relation]: (acc[p.relation] ?? 0) + 1 }),
    {},
  );
  const summary = Object.entries(counts)
    .map(([r, n]) => `${n} ${RELATION_LABELS[locale][r as Relation].toLowerCase()}`)
    .join(", ");
  const pairsWord = fr ? `paire${verdict.pairs.length > 1 ? "s" : ""}` : `pair${verdict.pairs.length > 1 ? "s" : ""}`;
  return `${label}. ${top ? explainPair(top, locale) : ""} (${verdict.pairs.length} ${pairsWord}: ${summary}.)`;
}
