import { describeValue, fromEpochDay } from "@/lib/figures";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { keptIntl } from "@/lib/i18n/kept-intl";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { ComparableClaim, FactVerdict, PairVerdict, Relation } from "./classify";
import { labelCounted } from "./counted-labels";
import { finalFrom, SETTLING_DAYS, type EventPeriod } from "./event-period";
import { tolerance } from "./intervals";

// Sentences an editor can paste into a note, from the "verdicts" message
// catalog: pages pass the request's translator (getTranslations("verdicts")),
// exports and jobs call explainFact / explainPair with a locale.

/** The languages explanations are written in (the interface's). */
export type Locale = UiLocale;
export type VerdictTranslator = ReturnType<typeof translator<"verdicts">>;
type Label = Relation | "single" | "none";

/** Relation names per language, straight from the catalogs (for exports and lists). */
export const RELATION_LABELS: Record<Locale, Record<Label, string>> = {
  en: CATALOGS.en.verdicts.relation,
  fr: CATALOGS.fr.verdicts.relation,
};

// toLocaleDateString makes a formatter every call (a list's explanations spent
// 3-4 ms a page there): one per language, kept.
const longDay = (locale: Locale) =>
  keptIntl(
    `explain|longDay|${locale}`,
    () =>
      new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }),
  );

export function formatLongDay(epochDay: number, locale: Locale): string {
  return longDay(locale).format(new Date(`${fromEpochDay(epochDay)}T00:00:00Z`));
}

function says(t: VerdictTranslator, locale: Locale, c: ComparableClaim): string {
  return t("pair.says", { outlet: c.outlet, value: describeValue(c.value, locale) });
}

/** The round figure of a pair whose compatibility rests on rounding, with its tolerance. */
function roundFigure(t: VerdictTranslator, locale: Locale, p: PairVerdict): { figure: string; tolerance: string } {
  const round = tolerance(p.a.value) >= tolerance(p.b.value) ? p.a : p.b;
  const half = tolerance(round.value);
  const text = round.value.unit === "day" ? t("tolerance.day", { n: half }) : t("tolerance.plain", { n: half });
  return { figure: round.figure ?? describeValue(round.value, locale), tolerance: text };
}

export function explainPairWith(t: VerdictTranslator, locale: Locale, p: PairVerdict, period?: EventPeriod): string {
  const { a, b, reason } = p;
  const both = t("pair.both", { a: says(t, locale, a), b: says(t, locale, b) });
  const day = (d: number) => formatLongDay(d, locale);
  const text = (() => {
    switch (reason.type) {
      case "same":
        return t("pair.same", { both });
      case "overlap":
        return reason.rounding
          ? t("pair.rounding", { both, ...roundFigure(t, locale, p) })
          : t("pair.overlap", { both });
      case "disjoint":
        return t("pair.disjoint", { both });
      case "grows":
        return t("pair.grows", { both, earlier: day(reason.earlier.refDay), later: day(reason.later.refDay) });
      case "shrinks":
        return t("pair.shrinks", { both, earlier: day(reason.earlier.refDay), later: day(reason.later.refDay) });
      case "kind":
        return t("pair.kind", { both, kindA: t(`kind.${a.value.kind}`), kindB: t(`kind.${b.value.kind}`) });
      case "unit":
        return t("pair.unit", { both, unitA: a.value.unit ?? t("noUnit"), unitB: b.value.unit ?? t("noUnit") });
      case "counted":
        return t("pair.counted", {
          both,
          outletA: a.outlet,
          outletB: b.outlet,
          countedA: labelCounted(a.value, locale),
          countedB: labelCounted(b.value, locale),
        });
      case "narrower":
      case "partExceeds":
        return t(`pair.${reason.type}`, {
          both,
          narrow: labelCounted(reason.narrow.value, locale),
          narrowOutlet: reason.narrow.outlet,
          broad: labelCounted(reason.broad.value, locale),
          broadOutlet: reason.broad.outlet,
        });
    }
  })();
  const end = period?.mode === "running" ? period.end : null;
  return p.final && end !== null ? `${text} ${t("pair.final", { end: day(end) })}` : text;
}

export function explainFactWith(t: VerdictTranslator, locale: Locale, verdict: FactVerdict, period?: EventPeriod) {
  if (verdict.relation === "none") return t("fact.none");
  if (verdict.relation === "single") return t("fact.single");
  const counts = new Map<Relation, number>();
  for (const p of verdict.pairs) counts.set(p.relation, (counts.get(p.relation) ?? 0) + 1);
  const summary = [...counts].map(([relation, count]) => t(`relationCount.${relation}`, { count })).join(", ");
  const top = verdict.pairs[0];
  return t("fact.summary", {
    relation: t(`relation.${verdict.relation}`),
    top: top ? explainPairWith(t, locale, top, period) : "",
    pairs: verdict.pairs.length,
    counts: summary,
  });
}

/** One pair in words, for exports (outside a request). */
export function explainPair(p: PairVerdict, locale: Locale, period?: EventPeriod): string {
  return explainPairWith(translator(locale, "verdicts"), locale, p, period);
}

/** One paragraph for the whole fact: its relation, then the most serious pair, then the count of pairs. */
export function explainFact(verdict: FactVerdict & { period?: EventPeriod }, locale: Locale): string {
  return explainFactWith(translator(locale, "verdicts"), locale, verdict, verdict.period);
}

/** The date a claim's figure is taken at, in words ("as of 31 October 2022, the publication date"). */
export function explainAsOf(t: VerdictTranslator, locale: Locale, c: ComparableClaim): string {
  const date = formatLongDay(c.refDay, locale);
  if (c.final) return t("asOf.final", { date });
  return c.refSource === "asOf" ? t("asOf.given", { date }) : t("asOf.published", { date });
}

/** How the fact treats time: a running total (until when) or not. */
export function explainPeriod(t: VerdictTranslator, locale: Locale, period: EventPeriod): string {
  if (period.mode === "fixed") return t("period.fixed");
  if (period.end === null) return t(period.source === "setting" ? "period.running" : "period.none");
  const end = formatLongDay(period.end, locale);
  return t(period.source === "setting" ? "period.settingEnd" : "period.labelEnd", { end, days: SETTLING_DAYS });
}

export { finalFrom };
