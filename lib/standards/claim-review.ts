import type { ClaimReview, CreativeWork, Rating, WithContext } from "schema-dts";
import type { ClaimValue } from "@/lib/claims/value";
import { factVerdict } from "@/lib/discrepancies/fact-verdict";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

// A fact as schema.org ClaimReview, the markup fact-checkers publish for
// search engines. Recoupe reviews whether outlets agree on a figure, not
// whether one sentence is true, so the rating is a scale of agreement:
//
//   5 agree            the outlets give the same value
//   4 compatible       their intervals overlap; they differ in precision
//   3 evolving         a running figure given at different dates
//   2 not comparable   they count different things (or in other units)
//   1 conflict         they cannot all be right
//
// with the relation's name as alternateName and the editors' resolution note
// as the explanation. A rating is given only once the fact is resolved (an
// open fact is still being checked), and only when at least two claims can be
// compared. Orphaned claims (their passage is gone from the article) are left
// out, as in every verdict.

export type ReviewClaim = {
  figure: string;
  value: ClaimValue;
  asOf: string | null;
  anchorStatus: string;
  article: { id: string; title: string; url: string | null; publishedAt: string; outlet: string };
};

export type ReviewFact = {
  id: string;
  label: string;
  status: "open" | "resolved";
  resolutionNote: string | null;
  updatedAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  claims: ReviewClaim[];
};

export type ReviewOptions = { baseUrl: string; organization: string; locale: UiLocale };

const SCALE = { agree: 5, compatible: 4, evolving: 3, not_comparable: 2, conflict: 1 } as const;

function rating(fact: ReviewFact, claims: ReviewClaim[], locale: UiLocale): Rating | undefined {
  if (fact.status !== "resolved") return undefined;
  const verdict = factVerdict(
    claims.map((c, i) => ({
      id: String(i),
      outlet: c.article.outlet,
      value: c.value,
      asOf: c.asOf,
      publishedAt: c.article.publishedAt,
    })),
  );
  if (verdict.relation === "single" || verdict.relation === "none") return undefined;
  const t = translator(locale, "standards");
  return {
    "@type": "Rating",
    ratingValue: SCALE[verdict.relation],
    bestRating: 5,
    worstRating: 1,
    alternateName: t(`claimReview.rating.${verdict.relation}`),
    ...(fact.resolutionNote ? { ratingExplanation: fact.resolutionNote } : {}),
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function buildClaimReview(fact: ReviewFact, options: ReviewOptions): WithContext<ClaimReview> {
  const claims = fact.claims.filter((c) => c.anchorStatus !== "orphan");
  const articles = new Map<string, ReviewClaim["article"]>();
  for (const c of claims) articles.set(c.article.id, c.article);
  const appearances: CreativeWork[] = [...articles.values()]
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
    .map((a) => ({
      "@type": "CreativeWork",
      url: a.url ?? `${options.baseUrl}/articles/${a.id}`,
      headline: a.title,
      datePublished: a.publishedAt,
      publisher: { "@type": "Organization", name: a.outlet },
    }));
  const figures = claims.map((c) => `${c.figure} (${c.article.outlet})`).join(", ");
  const reviewRating = rating(fact, claims, options.locale);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${options.baseUrl}/facts/${fact.id}`,
    claimReviewed: figures ? `${fact.label}: ${figures}` : fact.label,
    itemReviewed: {
      "@type": "Claim",
      name: fact.label,
      appearance: appearances,
      ...(appearances[0] ? { firstAppearance: appearances[0] } : {}),
    },
    author: { "@type": "Organization", name: options.organization, url: options.baseUrl },
    ...(fact.resolvedBy ? { editor: { "@type": "Person", name: fact.resolvedBy } } : {}),
    datePublished: day(fact.resolvedAt ?? fact.updatedAt),
    inLanguage: options.locale,
    ...(reviewRating ? { reviewRating } : {}),
    ...(fact.status === "resolved" && fact.resolutionNote ? { reviewBody: fact.resolutionNote } : {}),
  };
}
