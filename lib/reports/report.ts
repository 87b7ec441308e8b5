import type { ClaimValue } from "@/lib/claims/value";
import type { Relation } from "@/lib/discrepancies/classify";
import type { UiLocale } from "@/lib/i18n/locales";

// The discrepancy report as data: what the Markdown, CSV and JSON exports all
// render, so that every format holds the same facts, claims and notes. A report
// is a header and then facts, batch after batch: it is never held whole.

export type ReportNote = { author: string; createdAt: string; body: string };

export type ReportClaim = {
  id: string;
  articleId: string;
  outlet: string;
  articleTitle: string;
  articleUrl: string | null;
  publishedAt: string;
  quote: string;
  figure: string;
  value: ClaimValue;
  valueText: string;
  attributedTo: string | null;
  asOf: string | null;
  link: string;
  notes: ReportNote[];
};

export type ReportFact = {
  id: string;
  label: string;
  kind: string;
  kindLabel: string;
  status: string;
  statusLabel: string;
  resolutionNote: string | null;
  classification: Relation | "single" | "none";
  classificationLabel: string;
  explanation: string;
  link: string;
  claims: ReportClaim[];
  notes: ReportNote[];
};

export type ReportHeader = { title: string; generatedAt: string; scope: string; locale: UiLocale };

/** A whole report in memory: for tests and small callers; exports stream instead. */
export type Report = ReportHeader & { facts: ReportFact[] };
