import { explainFact, RELATION_LABELS, type Locale } from "@/lib/discrepancies/explain";
import { factVerdict } from "@/lib/discrepancies/fact-verdict";
import { describeValue } from "@/lib/figures";
import type { Report, ReportClaim, ReportNote } from "./report";

export type FactInput = {
  id: string;
  label: string;
  kind: string;
  status: string;
  resolutionNote: string | null;
  notes: ReportNote[];
  /** A report claim before its value is put in words and its link is made. */
  claims: (Omit<ReportClaim, "valueText" | "link"> & { articleId: string })[];
};

/** Facts and their claims as the report all three formats render. */
export function buildReport(
  facts: FactInput[],
  options: { baseUrl: string; scope: string; now: Date; locale?: Locale },
): Report {
  const locale = options.locale ?? "en";
  const base = options.baseUrl.replace(/\/$/, "");
  return {
    title: "Recoupe discrepancy report",
    generatedAt: options.now.toISOString(),
    scope: options.scope,
    facts: facts.map((fact) => {
      const verdict = factVerdict(fact.claims);
      return {
        id: fact.id,
        label: fact.label,
        kind: fact.kind,
        status: fact.status,
        resolutionNote: fact.resolutionNote,
        classification: verdict.relation,
        classificationLabel: RELATION_LABELS[locale][verdict.relation],
        explanation: explainFact(verdict, locale),
        link: `${base}/facts/${fact.id}`,
        notes: fact.notes,
        claims: fact.claims.map((c) => ({
          id: c.id,
          outlet: c.outlet,
          articleTitle: c.articleTitle,
          articleUrl: c.articleUrl,
          publishedAt: c.publishedAt,
          quote: c.quote,
          figure: c.figure,
          value: c.value,
          valueText: describeValue(c.value, locale),
          attributedTo: c.attributedTo,
          asOf: c.asOf,
          link: `${base}/articles/${c.articleId}?claim=${c.id}`,
          notes: c.notes,
        })),
      };
    }),
  };
}
