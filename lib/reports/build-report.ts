import type { ClaimValue, Kind } from "@/lib/claims/value";
import { explainFactWith, RELATION_LABELS } from "@/lib/discrepancies/explain";
import { factVerdict, type FactVerdictDetails, type Tally } from "@/lib/discrepancies/fact-verdict";
import { describeValue } from "@/lib/figures";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { UiLocale } from "@/lib/i18n/locales";
import { reportsTranslator, verdictsTranslator } from "./report-messages";
import type { Report, ReportClaim, ReportFact, ReportHeader, ReportNote } from "./report";

export type FactInput = {
  id: string;
  label: string;
  kind: string;
  status: string;
  resolutionNote: string | null;
  /** What the fact says about time, as its page reads it (lib/discrepancies/event-period.ts). */
  tally?: Tally;
  eventEnd?: string | null;
  notes: ReportNote[];
  /** A report claim before its value is put in words and its link is made. */
  claims: Omit<ReportClaim, "valueText" | "link">[];
};

export type ReportContext = {
  baseUrl: string;
  locale: UiLocale;
  /** A claim's value in words; describeValue unless a report brings its own (valueWords). */
  describe?: (value: ClaimValue) => string;
};

/** At most this many values in words are remembered by one report. */
const REMEMBERED_VALUES = 20_000;

/**
 * describeValue, remembered for one report: the same figures come back claim
 * after claim ("1 000", "between 180 and 220"), and putting one in words costs
 * more than looking it up. A pure function of the value, so the text is the same.
 */
export function valueWords(locale: UiLocale): (value: ClaimValue) => string {
  const said = new Map<string, string>();
  return (v) => {
    const key = JSON.stringify([
      v.kind,
      v.lower,
      v.lowerInclusive,
      v.upper,
      v.upperInclusive,
      v.approximate,
      v.qualifier,
      v.unit,
      v.counted,
      v.countedKey,
      v.granularity,
      (v as { precision?: unknown }).precision,
    ]);
    let text = said.get(key);
    if (text === undefined) {
      if (said.size >= REMEMBERED_VALUES) said.clear();
      said.set(key, (text = describeValue(v, locale)));
    }
    return text;
  };
}

function labelOf(table: Record<string, string>, key: string): string {
  return table[key] ?? key;
}

/** A fact's verdict as its page computes it: the pure factVerdict, with what the fact says about time. */
export function reportVerdict(fact: FactInput): FactVerdictDetails {
  return factVerdict(fact.claims, { label: fact.label, tally: fact.tally ?? null, eventEnd: fact.eventEnd });
}

/** One fact as every format renders it, in the report's language. */
export function buildReportFact(fact: FactInput, context: ReportContext, verdict = reportVerdict(fact)): ReportFact {
  const { locale } = context;
  const base = context.baseUrl.replace(/\/$/, "");
  const words = CATALOGS[locale].reports;
  const describe = context.describe ?? ((v: ClaimValue) => describeValue(v, locale));
  return {
    id: fact.id,
    label: fact.label,
    kind: fact.kind,
    kindLabel: labelOf(words.kind, fact.kind),
    status: fact.status,
    statusLabel: labelOf(words.status, fact.status),
    resolutionNote: fact.resolutionNote,
    classification: verdict.relation,
    classificationLabel: labelOf(RELATION_LABELS[locale], verdict.relation),
    explanation: explainFactWith(verdictsTranslator(locale), locale, verdict, verdict.period),
    link: `${base}/facts/${fact.id}`,
    notes: fact.notes,
    claims: fact.claims.map((c) => ({
      id: c.id,
      articleId: c.articleId,
      outlet: c.outlet,
      articleTitle: c.articleTitle,
      articleUrl: c.articleUrl,
      publishedAt: c.publishedAt,
      quote: c.quote,
      figure: c.figure,
      value: c.value,
      valueText: describe(c.value),
      attributedTo: c.attributedTo,
      asOf: c.asOf,
      link: `${base}/articles/${c.articleId}?claim=${c.id}`,
      notes: c.notes,
    })),
  };
}

export type ReportScopeText = {
  chosen?: number;
  only: "discrepancies" | "all";
  status: "open" | "resolved" | "all";
  /** The list filters the export followed (lib/reports/load-report.ts ReportFilters). */
  filters?: { verdict?: string; kind?: Kind; outlet?: string; notes?: "with" | "without"; q?: string };
};

/** The report's title and what it covers, in its language: its scope, status and every filter it followed. */
export function buildReportHeader(scope: ReportScopeText, options: { now: Date; locale: UiLocale }): ReportHeader {
  const t = reportsTranslator(options.locale);
  const base =
    scope.chosen !== undefined
      ? t("scope.chosen", { count: scope.chosen })
      : scope.only === "all"
        ? t("scope.all")
        : t("scope.discrepancies");
  const withStatus =
    scope.status === "all" ? base : t("scope.withStatus", { scope: base, status: t(`status.${scope.status}`) });
  const f = scope.filters ?? {};
  const filters = [
    f.verdict && t("filters.verdict", { verdict: f.verdict }),
    f.kind && t("filters.kind", { kind: t(`kind.${f.kind}`) }),
    f.outlet && t("filters.outlet", { outlet: f.outlet }),
    f.q && t("filters.words", { words: f.q }),
    f.notes && t(f.notes === "with" ? "filters.withNotes" : "filters.withoutNotes"),
  ].filter((part): part is string => Boolean(part));
  return {
    title: t("title"),
    generatedAt: options.now.toISOString(),
    scope:
      filters.length === 0
        ? withStatus
        : t("scope.filtered", { scope: withStatus, filters: filters.join(t("filters.separator")) }),
    locale: options.locale,
  };
}

/** A whole report from facts already in memory (tests, small sets). */
export function buildReport(
  facts: FactInput[],
  options: { baseUrl: string; scope: string; now: Date; locale?: UiLocale },
): Report {
  const locale = options.locale ?? "en";
  const t = reportsTranslator(locale);
  return {
    title: t("title"),
    generatedAt: options.now.toISOString(),
    scope: options.scope,
    locale,
    facts: facts.map((f) => buildReportFact(f, { baseUrl: options.baseUrl, locale })),
  };
}
